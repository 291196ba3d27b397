import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { PageArgs } from '../../common/pagination/connection.type';
import { PlanStatus } from '../plan-status.enum';

@ArgsType()
export class NationalPlansArgs extends PageArgs {
  @Field(() => PlanStatus, { nullable: true })
  @IsOptional()
  @IsEnum(PlanStatus)
  status?: PlanStatus;
}
