import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { MAX_PAGE_SIZE } from '../../common/pagination/connection.type';

@InputType({ description: 'Either `ids` (at most a page of them) or `all: true`.' })
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayUnique()
  @ArrayMaxSize(MAX_PAGE_SIZE)
  ids?: string[];

  @Field({ nullable: true, description: 'Every notification of yours.' })
  @IsOptional()
  @IsBoolean()
  all?: boolean;
}

@ObjectType()
export class MarkNotificationsReadResult {
  @Field(() => Int, { description: 'How many were unread and are now read.' })
  marked: number;

  @Field(() => Int, { description: 'How many of yours are still unread.' })
  unreadCount: number;
}
