import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { VersionedInput } from '../../common/dto/versioned.input';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar';
import { FreeText } from '../../common/validation/free-text.decorator';
import { IsLocalDate } from '../../common/validation/is-local-date.decorator';
import { FollowUpSubject } from '../follow-up.enums';

@InputType()
export class CreateFollowUpRequestInput {
  @Field(() => ID)
  @IsUUID()
  taskForceId: string;

  @Field(() => FollowUpSubject, { defaultValue: FollowUpSubject.TASK_FORCE })
  @IsEnum(FollowUpSubject)
  subjectType: FollowUpSubject = FollowUpSubject.TASK_FORCE;

  @Field(() => ID, { nullable: true, description: 'The action item, meeting or annual report.' })
  @IsOptional()
  @IsUUID()
  subjectId?: string;

  @Field()
  @FreeText(5000)
  question: string;

  @Field(() => LocalDateScalar, { description: 'When the answer is due.' })
  @IsLocalDate()
  dueDate: string;
}

@InputType()
export class AnswerFollowUpRequestInput extends VersionedInput {
  @Field()
  @FreeText(20000)
  answer: string;
}

@InputType()
export class CloseFollowUpRequestInput extends VersionedInput {}

@InputType()
export class AskFollowUpAgainInput extends VersionedInput {
  @Field()
  @FreeText(5000)
  question: string;

  @Field(() => LocalDateScalar)
  @IsLocalDate()
  dueDate: string;
}
