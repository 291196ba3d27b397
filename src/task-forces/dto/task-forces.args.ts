import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../common/pagination/connection.type';
import { TaskForceStatus } from '../task-force.enums';

@ArgsType()
export class TaskForcesArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  municipalityId?: string;

  @Field(() => TaskForceStatus, { nullable: true })
  @IsOptional()
  @IsEnum(TaskForceStatus)
  status?: TaskForceStatus;
}
