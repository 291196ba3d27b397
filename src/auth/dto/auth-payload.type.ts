import { Field, ObjectType } from '@nestjs/graphql';
import { Account } from '../account.entity';

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <token>` on every later request.' })
  token: string;

  @Field()
  expiresAt: Date;

  @Field(() => Account)
  account: Account;
}
