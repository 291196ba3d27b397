import { Field, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { MIN_DISTINCT_CHARACTERS } from '../password-rules';
import { MIN_PASSWORD_LENGTH } from './create-account.input';

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

  @Field({
    description: `At least ${MIN_PASSWORD_LENGTH} characters, ${MIN_DISTINCT_CHARACTERS} of them different, not containing your e-mail or name.`,
  })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(200)
  newPassword: string;
}
