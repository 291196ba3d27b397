import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../common/pagination/connection.type';
import { FollowUpStatus } from '../follow-up.enums';

@ArgsType()
export class FollowUpRequestsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  taskForceId?: string;

  @Field(() => FollowUpStatus, { nullable: true })
  @IsOptional()
  @IsEnum(FollowUpStatus)
  status?: FollowUpStatus;

  @Field({ nullable: true, description: 'Open and past the due date (or not).' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;
}
