import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar';
import { PageArgs } from '../../common/pagination/connection.type';
import { PlanStatus } from '../plan-status.enum';

@ArgsType()
export class NationalPlansArgs extends PageArgs {
  @Field(() => PlanStatus, { nullable: true })
  @IsOptional()
  @IsEnum(PlanStatus)
  status?: PlanStatus;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Only plans whose period includes this date (a rolling plan has no end).',
  })
  @IsOptional()
  activeOn?: string;
}
