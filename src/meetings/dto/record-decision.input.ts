import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { VersionedInput } from '../../common/dto/versioned.input';
import { MeasureIds } from '../../national-plans/measure-ids.decorator';
import { FreeText } from '../../common/validation/free-text.decorator';
import { DecisionKind } from '../meeting.enums';
import { MayOmit } from '../../common/dto/may-omit.decorator';
import { FIGURE_LIMITS } from '../../common/dto/figure-limits';

@InputType({ description: 'Votes cast; their sum cannot exceed the voting members present.' })
export class VotesInput {
  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(FIGURE_LIMITS.votes)
  for: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(FIGURE_LIMITS.votes)
  against: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(FIGURE_LIMITS.votes)
  abstained: number;
}

@InputType()
export class RecordDecisionInput {
  @Field(() => ID)
  @IsUUID()
  meetingId: string;

  @Field(() => ID, { nullable: true, description: 'The agenda item it was taken under.' })
  @IsOptional()
  @IsUUID()
  agendaItemId?: string;

  @Field(() => DecisionKind)
  @IsEnum(DecisionKind)
  kind: DecisionKind;

  @Field()
  @FreeText(20000)
  text: string;

  @Field(() => VotesInput, { nullable: true, description: 'Only at a meeting with quorum.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => VotesInput)
  votes?: VotesInput;

  @Field(() => [ID], { defaultValue: [] })
  @MeasureIds()
  measureIds: string[] = [];

  @Field(() => ID, { nullable: true, description: 'An earlier decision of the same task force.' })
  @IsOptional()
  @IsUUID()
  amendsId?: string;
}

@InputType({ description: 'Changes the fields given while the minutes are not approved.' })
export class UpdateDecisionInput extends VersionedInput {
  @Field(() => DecisionKind, { nullable: true })
  @MayOmit()
  @IsEnum(DecisionKind)
  kind?: DecisionKind;

  @Field({ nullable: true })
  @MayOmit()
  @FreeText(20000)
  text?: string;

  @Field(() => VotesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => VotesInput)
  votes?: VotesInput;

  @Field(() => [ID], { nullable: true, description: 'Replaces the linked measures.' })
  @MayOmit()
  @MeasureIds()
  measureIds?: string[];
}
