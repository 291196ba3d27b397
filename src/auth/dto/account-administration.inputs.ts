import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsUUID } from 'class-validator';
import { ContactEmail } from '../../common/validation/contact.decorators';
import { SystemRole } from '../system-role.enum';

@InputType()
export class GrantSystemRoleInput {
  @Field(() => ID)
  @IsUUID()
  accountId: string;

  @Field(() => SystemRole, {
    description:
      'NONE applies at once; ADMIN, MINISTRY and COMMISSION wait for a second administrator.',
  })
  @IsEnum(SystemRole)
  systemRole: SystemRole;

  @Field(() => Int, { description: 'The version of the account you read.' })
  @IsInt()
  version: number;
}

@InputType()
export class ConfirmSystemRoleInput {
  @Field(() => ID)
  @IsUUID()
  accountId: string;

  @Field(() => Int, { description: 'The version of the account you read.' })
  @IsInt()
  version: number;
}

@InputType()
export class ChangeAccountEmailInput {
  @Field(() => ID)
  @IsUUID()
  accountId: string;

  @Field({ description: "The new login, also the person's e-mail." })
  @ContactEmail()
  email: string;

  @Field(() => Int, { description: 'The version of the account you read.' })
  @IsInt()
  version: number;
}
