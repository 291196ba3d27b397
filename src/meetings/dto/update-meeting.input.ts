import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsDate, IsEnum, IsOptional } from 'class-validator';
import { VersionedInput } from '../../common/dto/versioned.input';
import { FreeText } from '../../common/validation/free-text.decorator';
import { MeetingFormat } from '../meeting.enums';

@InputType({ description: 'Changes the fields given; the others stay.' })
export class UpdateMeetingInput extends VersionedInput {
  @Field({ nullable: true })
  @IsOptional()
  @FreeText(300)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsDate()
  startsAt?: Date;

  @Field({ nullable: true })
  @IsOptional()
  @IsDate()
  endsAt?: Date;

  @Field({ nullable: true })
  @IsOptional()
  @FreeText(300)
  location?: string;

  @Field(() => MeetingFormat, { nullable: true })
  @IsOptional()
  @IsEnum(MeetingFormat)
  format?: MeetingFormat;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  confidential?: boolean;
}
