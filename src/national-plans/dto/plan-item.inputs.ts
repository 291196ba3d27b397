import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { VersionedInput } from '../../common/dto/versioned.input';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar';
import { IsLocalDate } from '../../common/validation/is-local-date.decorator';
import { PlanLevel } from '../plan-level.enum';

@InputType({ description: 'An item of the plan tree: its level, id and the version you read.' })
export class DeletePlanItemInput extends VersionedInput {
  @Field(() => PlanLevel)
  @IsEnum(PlanLevel)
  level: PlanLevel;
}

@InputType()
export class ClosePlanItemInput extends DeletePlanItemInput {
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'When it ended; default today, never later.',
  })
  @IsOptional()
  @IsLocalDate()
  closedOn?: string;
}
