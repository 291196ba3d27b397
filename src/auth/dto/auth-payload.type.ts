import { Field, ObjectType } from '@nestjs/graphql';
import { Account } from '../account.entity';

@ObjectType({ description: 'A session: a short-lived token and the means to renew it.' })
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <token>` on every later request.' })
  token: string;

  @Field({ description: 'When the token stops working; renew the session before then.' })
  expiresAt: Date;

  @Field({
    description:
      'Give to `renewSession` for a new token and a new refresh token; each works once. Keep it out of addresses and logs.',
  })
  refreshToken: string;

  @Field({
    description:
      'When the session ends unless renewed before (the idle limit); renewals move it on, up to the session limit.',
  })
  sessionExpiresAt: Date;

  @Field(() => Account)
  account: Account;
}
