import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { FreeText } from '../../common/validation/free-text.decorator';
import { AttendanceStatus } from '../meeting.enums';
import { MAX_GUESTS } from '../../common/graphql/list-bounds';

@InputType()
export class AttendanceEntryInput {
  @Field(() => ID, { description: 'A member of the task force on the meeting date.' })
  @IsUUID()
  personId: string;

  @Field(() => AttendanceStatus)
  @IsEnum(AttendanceStatus)
  status: AttendanceStatus;
}

@InputType()
export class GuestInput {
  @Field()
  @FreeText(200)
  fullName: string;

  @Field({ nullable: true })
  @IsOptional()
  @FreeText(300)
  institution?: string;
}

@InputType({
  description:
    'Records attendance for many members at once; members not named keep what they had. `guests`, when given, replaces the guest list.',
})
export class RecordAttendanceInput {
  @Field(() => ID)
  @IsUUID()
  meetingId: string;

  @Field(() => [AttendanceEntryInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryInput)
  @ArrayMaxSize(200)
  entries: AttendanceEntryInput[] = [];

  @Field(() => [GuestInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => GuestInput)
  @ArrayMaxSize(MAX_GUESTS)
  guests?: GuestInput[];
}
