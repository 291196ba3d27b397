import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar';
import { IsLocalDate } from '../../common/validation/is-local-date.decorator';
import { MeasureIds } from '../../national-plans/measure-ids.decorator';
import { FreeText } from '../../common/validation/free-text.decorator';

@InputType()
export class CreateActionItemInput {
  @Field(() => ID)
  @IsUUID()
  taskForceId: string;

  @Field(() => ID, { nullable: true, description: 'The decision it carries out.' })
  @IsOptional()
  @IsUUID()
  originDecisionId?: string;

  @Field()
  @FreeText(300)
  title: string;

  @Field({ nullable: true })
  @IsOptional()
  @FreeText(20000)
  description?: string;

  @Field(() => ID, { description: 'A current member of the task force (not an observer).' })
  @IsUUID()
  assigneeId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  responsibleInstitutionId?: string;

  @Field(() => LocalDateScalar)
  @IsLocalDate()
  dueDate: string;

  @Field(() => [ID], { description: 'At least one measure of a plan active today.' })
  @MeasureIds()
  measureIds: string[];
}
