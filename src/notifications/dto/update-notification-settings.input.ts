import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { MayOmit } from '../../common/dto/may-omit.decorator';
import { MailFrequency, NotificationKind } from '../notification.enums';
import { MAX_DUE_SOON_DAYS } from '../reminder-rules';

@InputType()
export class NotificationKindSettingInput {
  @Field(() => NotificationKind)
  @IsEnum(NotificationKind)
  kind: NotificationKind;

  @Field(() => MailFrequency)
  @IsEnum(MailFrequency)
  mail: MailFrequency;
}

@InputType({ description: 'Kinds left out keep their setting.' })
export class UpdateNotificationSettingsInput {
  @Field(() => Int, { description: 'The version you read (0 before the first change).' })
  @IsInt()
  version: number;

  @Field(() => Int, {
    nullable: true,
    description: `Days before a due date (0–${MAX_DUE_SOON_DAYS}).`,
  })
  @MayOmit()
  @IsInt()
  @Min(0)
  @Max(MAX_DUE_SOON_DAYS)
  dueSoonDays?: number;

  @Field(() => [NotificationKindSettingInput], { nullable: true })
  @MayOmit()
  @ArrayMaxSize(Object.keys(NotificationKind).length)
  @ValidateNested({ each: true })
  @Type(() => NotificationKindSettingInput)
  kinds?: NotificationKindSettingInput[];
}
