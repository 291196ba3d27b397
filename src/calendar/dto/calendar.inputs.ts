import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { FreeText } from '../../common/validation/free-text.decorator';
import { CalendarToken } from '../calendar-token.entity';

@InputType()
export class CreateCalendarTokenInput {
  @Field({ nullable: true, description: 'Your note, e.g. "phone".' })
  @IsOptional()
  @FreeText(100)
  label?: string;
}

@InputType()
export class RevokeCalendarTokenInput {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@ObjectType()
export class CalendarSubscription {
  @Field({ description: 'The secret; shown only now. Keep it like a password.' })
  token: string;

  @Field({ description: 'Path of the feed on this server: /calendar/<token>.ics' })
  path: string;

  @Field(() => CalendarToken)
  calendarToken: CalendarToken;
}

@InputType()
export class RevokeCalendarFeedsInput {
  @Field(() => ID, { description: 'The account whose calendar addresses stop working.' })
  @IsUUID()
  accountId: string;
}
