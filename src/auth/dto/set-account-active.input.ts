import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsUUID } from 'class-validator';

@InputType()
export class SetAccountActiveInput {
  @Field(() => ID)
  @IsUUID()
  accountId: string;

  @Field({ description: 'False disables the account and ends its sessions at once.' })
  @IsBoolean()
  active: boolean;

  @Field(() => Int, { description: 'The version of the account you read.' })
  @IsInt()
  version: number;
}
