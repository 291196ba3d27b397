import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID } from 'class-validator';
import { FreeText } from '../../common/validation/free-text.decorator';

@InputType()
export class SaveMinutesInput {
  @Field(() => ID)
  @IsUUID()
  meetingId: string;

  @Field({ description: 'The full text of the minutes (draft).' })
  @FreeText(100000)
  text: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version of the minutes you read; leave out for the first draft.',
  })
  @IsOptional()
  @IsInt()
  version?: number;
}

@InputType()
export class ApproveMinutesInput {
  @Field(() => ID)
  @IsUUID()
  meetingId: string;

  @Field(() => Int, { description: 'The version of the minutes you read and approve.' })
  @IsInt()
  version: number;
}
