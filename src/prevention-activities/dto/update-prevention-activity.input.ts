import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
} from 'class-validator';
import { FIGURE_LIMITS } from '../../common/dto/figure-limits';
import { MayOmit } from '../../common/dto/may-omit.decorator';
import { VersionedInput } from '../../common/dto/versioned.input';
import { MAX_PARTNERS } from '../../common/graphql/list-bounds';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar';
import { FreeText } from '../../common/validation/free-text.decorator';
import { IsLocalDate } from '../../common/validation/is-local-date.decorator';
import { MeasureIds } from '../../national-plans/measure-ids.decorator';
import { PreventionActivityKind, TargetGroup } from '../prevention-activity.enums';

@InputType({
  description:
    'Corrects the fields given (a list given replaces the stored one). A withdrawn activity cannot be changed.',
})
export class UpdatePreventionActivityInput extends VersionedInput {
  @Field(() => PreventionActivityKind, { nullable: true })
  @MayOmit()
  @IsEnum(PreventionActivityKind)
  kind?: PreventionActivityKind;

  @Field({ nullable: true })
  @MayOmit()
  @FreeText(300)
  title?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @MayOmit()
  @IsLocalDate()
  date?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @FreeText(300)
  place?: string | null;

  @Field(() => TargetGroup, { nullable: true })
  @MayOmit()
  @IsEnum(TargetGroup)
  targetGroup?: TargetGroup;

  @Field(() => Int, { nullable: true, description: `At most ${FIGURE_LIMITS.participants}.` })
  @MayOmit()
  @IsInt()
  @Min(0)
  @Max(FIGURE_LIMITS.participants)
  participants?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @FreeText(20000)
  description?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the partner institutions.' })
  @MayOmit()
  @IsUUID('all', { each: true })
  @ArrayUnique()
  @ArrayMaxSize(MAX_PARTNERS)
  partnerInstitutionIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Replaces the linked measures.' })
  @MayOmit()
  @MeasureIds()
  measureIds?: string[];

  @Field(() => ID, { nullable: true, description: 'The action item it carried out (null: none).' })
  @IsOptional()
  @IsUUID()
  originActionItemId?: string | null;
}

@InputType({
  description: 'Withdraws an activity recorded in error: it stays readable, uncounted.',
})
export class WithdrawPreventionActivityInput extends VersionedInput {
  @Field({ description: 'Why it is withdrawn.' })
  @FreeText(2000)
  reason: string;
}
