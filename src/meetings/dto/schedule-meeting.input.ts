import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsDate, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { FreeText } from '../../common/validation/free-text.decorator';
import { MeetingFormat } from '../meeting.enums';

@InputType()
export class ScheduleMeetingInput {
  @Field(() => ID)
  @IsUUID()
  taskForceId: string;

  @Field()
  @FreeText(300)
  title: string;

  @Field({ description: 'Start as an ISO instant, e.g. 2026-03-12T08:00:00Z or …T10:00:00+02:00.' })
  @IsDate()
  startsAt: Date;

  @Field()
  @IsDate()
  endsAt: Date;

  @Field({ nullable: true })
  @IsOptional()
  @FreeText(300)
  location?: string;

  @Field(() => MeetingFormat, { defaultValue: MeetingFormat.IN_PERSON })
  @IsEnum(MeetingFormat)
  format: MeetingFormat = MeetingFormat.IN_PERSON;

  @Field({ defaultValue: false })
  @IsBoolean()
  confidential: boolean = false;
}
