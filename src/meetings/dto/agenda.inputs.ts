import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsOptional, IsUUID } from 'class-validator';
import { VersionedInput } from '../../common/dto/versioned.input';
import { MeasureIds } from '../../national-plans/measure-ids.decorator';
import { FreeText } from '../../common/validation/free-text.decorator';
import { MayOmit } from '../../common/dto/may-omit.decorator';
import { MAX_AGENDA_ITEMS } from '../../common/graphql/list-bounds';

@InputType()
export class AddAgendaItemInput {
  @Field(() => ID)
  @IsUUID()
  meetingId: string;

  @Field()
  @FreeText(300)
  title: string;

  @Field({ nullable: true, description: 'Who presents it (name, institution).' })
  @IsOptional()
  @FreeText(300)
  presenter?: string;

  @Field(() => [ID], { defaultValue: [], description: 'Measures of the national plan it serves.' })
  @MeasureIds()
  measureIds: string[] = [];
}

@InputType({ description: 'Changes the fields given; the others stay.' })
export class UpdateAgendaItemInput extends VersionedInput {
  @Field({ nullable: true })
  @MayOmit()
  @FreeText(300)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @FreeText(300)
  presenter?: string;

  @Field({ nullable: true, description: 'What was said, as recorded by the secretary.' })
  @IsOptional()
  @FreeText(20000)
  discussionSummary?: string;

  @Field(() => [ID], { nullable: true, description: 'Replaces the linked measures.' })
  @MayOmit()
  @MeasureIds()
  measureIds?: string[];
}

@InputType()
export class RemoveAgendaItemInput extends VersionedInput {}

@InputType()
export class ReorderAgendaInput {
  @Field(() => ID)
  @IsUUID()
  meetingId: string;

  @Field(() => [ID], { description: 'Every item of the agenda, in the new order.' })
  @IsUUID('all', { each: true })
  @ArrayUnique()
  @ArrayMaxSize(MAX_AGENDA_ITEMS)
  itemIds: string[];
}
