import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { PageArgs } from '../../common/pagination/connection.type';

@ArgsType()
export class MyNotificationsArgs extends PageArgs {
  @Field({ nullable: true, description: 'Only those not yet marked read.' })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean;
}
