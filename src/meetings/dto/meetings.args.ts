import { ArgsType, Field, ID, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../common/pagination/connection.type';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar';
import { MeetingStatus } from '../meeting.enums';

export enum MeetingOrder {
  STARTS_AT_ASC = 'STARTS_AT_ASC',
  STARTS_AT_DESC = 'STARTS_AT_DESC',
}
registerEnumType(MeetingOrder, { name: 'MeetingOrder' });

@ArgsType()
export class MeetingsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  taskForceId?: string;

  @Field(() => MeetingStatus, { nullable: true })
  @IsOptional()
  @IsEnum(MeetingStatus)
  status?: MeetingStatus;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Meetings starting on or after this Vilnius date.',
  })
  @IsOptional()
  from?: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Meetings starting on or before this Vilnius date.',
  })
  @IsOptional()
  to?: string;

  @Field(() => MeetingOrder, { defaultValue: MeetingOrder.STARTS_AT_DESC })
  @IsEnum(MeetingOrder)
  order: MeetingOrder = MeetingOrder.STARTS_AT_DESC;
}
