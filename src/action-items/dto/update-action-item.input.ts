import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { VersionedInput } from '../../common/dto/versioned.input';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar';
import { FreeText } from '../../common/validation/free-text.decorator';
import { IsLocalDate } from '../../common/validation/is-local-date.decorator';
import { MeasureIds } from '../../national-plans/measure-ids.decorator';
import { ActionItemStatus } from '../action-item.enums';
import { MayOmit } from '../../common/dto/may-omit.decorator';

@InputType({
  description:
    'Changes the fields given. The assignee may change only `status`; the chair, deputy and secretary change anything.',
})
export class UpdateActionItemInput extends VersionedInput {
  @Field({ nullable: true })
  @MayOmit()
  @FreeText(300)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @FreeText(20000)
  description?: string;

  @Field(() => ID, { nullable: true })
  @MayOmit()
  @IsUUID()
  assigneeId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  responsibleInstitutionId?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @MayOmit()
  @IsLocalDate()
  dueDate?: string;

  @Field(() => [ID], { nullable: true, description: 'Replaces the linked measures.' })
  @MayOmit()
  @MeasureIds()
  measureIds?: string[];

  @Field(() => ActionItemStatus, { nullable: true })
  @MayOmit()
  @IsEnum(ActionItemStatus)
  status?: ActionItemStatus;

  @Field({ nullable: true, description: 'Why a closed item is reopened (required then).' })
  @IsOptional()
  @FreeText(2000)
  reason?: string;
}
