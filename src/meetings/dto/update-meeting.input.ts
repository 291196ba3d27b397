import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsDate, IsEnum, IsOptional } from 'class-validator';
import { VersionedInput } from '../../common/dto/versioned.input';
import { FreeText } from '../../common/validation/free-text.decorator';
import { MeetingFormat } from '../meeting.enums';
import { MayOmit } from '../../common/dto/may-omit.decorator';

@InputType({ description: 'Changes the fields given; the others stay.' })
export class UpdateMeetingInput extends VersionedInput {
  @Field({ nullable: true })
  @MayOmit()
  @FreeText(300)
  title?: string;

  @Field({ nullable: true })
  @MayOmit()
  @IsDate()
  startsAt?: Date;

  @Field({ nullable: true })
  @MayOmit()
  @IsDate()
  endsAt?: Date;

  @Field({ nullable: true })
  @IsOptional()
  @FreeText(300)
  location?: string;

  @Field(() => MeetingFormat, { nullable: true })
  @MayOmit()
  @IsEnum(MeetingFormat)
  format?: MeetingFormat;

  @Field({ nullable: true })
  @MayOmit()
  @IsBoolean()
  confidential?: boolean;
}
