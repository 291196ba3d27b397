import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsDate, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageArgs } from '../../common/pagination/connection.type';

@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field({ nullable: true, description: 'Entity type, e.g. "Account".' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityType?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityId?: string;

  @Field(() => ID, { nullable: true, description: 'Only changes made by this account.' })
  @IsOptional()
  @IsUUID()
  actorAccountId?: string;

  @Field({ nullable: true, description: 'From this instant (inclusive).' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field({ nullable: true, description: 'Until this instant (exclusive).' })
  @IsOptional()
  @IsDate()
  to?: Date;
}
