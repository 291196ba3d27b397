import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar';
import { IsLocalDate } from '../../common/validation/is-local-date.decorator';
import { FreeText } from '../../common/validation/free-text.decorator';
import { QuorumRule } from '../task-force.enums';

@InputType()
export class CreateTaskForceInput {
  @Field(() => ID)
  @IsUUID()
  municipalityId: string;

  @Field({ description: 'Unique name, e.g. "Vilniaus miesto THB darbo grupė".' })
  @FreeText(300)
  name: string;

  @Field(() => LocalDateScalar)
  @IsLocalDate()
  establishedOn: string;

  @Field({ nullable: true })
  @IsOptional()
  @FreeText(500)
  establishingAct?: string;

  @Field(() => QuorumRule, { defaultValue: QuorumRule.MORE_THAN_HALF })
  @IsEnum(QuorumRule)
  quorumRule: QuorumRule = QuorumRule.MORE_THAN_HALF;
}
