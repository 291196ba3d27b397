import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ContactEmail, PhoneNumber } from '../../common/validation/contact.decorators';
import { FreeText } from '../../common/validation/free-text.decorator';
import { MIN_DISTINCT_CHARACTERS } from '../password-rules';
import { SystemRole } from '../system-role.enum';

export const MIN_PASSWORD_LENGTH = 12;

@InputType()
export class CreateAccountInput {
  @Field()
  @ContactEmail()
  email: string;

  @Field({
    nullable: true,
    description: `At least ${MIN_PASSWORD_LENGTH} characters, ${MIN_DISTINCT_CHARACTERS} of them different, not containing the e-mail or name. Without it, the person is mailed an invitation (valid 7 days) to choose one; nobody else learns it.`,
  })
  @IsOptional()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(200)
  password?: string;

  @Field(() => SystemRole, { defaultValue: SystemRole.NONE })
  @IsEnum(SystemRole)
  systemRole: SystemRole = SystemRole.NONE;

  @Field(() => ID, {
    nullable: true,
    description:
      'An existing person (e.g. one already seated on a task force) to give this login; without it, a person known by the e-mail is linked, or a new one is recorded.',
  })
  @IsOptional()
  @IsUUID()
  personId?: string;

  @Field({ nullable: true, description: 'Required when a new person is recorded.' })
  @IsOptional()
  @FreeText(200)
  fullName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @FreeText(200)
  position?: string;

  @Field({ nullable: true })
  @IsOptional()
  @PhoneNumber()
  phone?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  institutionId?: string;
}
