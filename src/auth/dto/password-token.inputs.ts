import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength } from 'class-validator';
import { NewPasswordField } from './new-password.decorator';

@InputType()
export class IssuePasswordResetInput {
  @Field(() => ID)
  @IsUUID()
  accountId: string;
}

@InputType()
export class SetPasswordWithTokenInput {
  @Field({ description: 'The token from the link in the mail.' })
  @IsString()
  @MaxLength(200)
  token: string;

  @NewPasswordField()
  newPassword: string;
}
