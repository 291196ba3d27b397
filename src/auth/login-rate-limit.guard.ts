import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { normalizeIp } from '@nestjs/throttler';
import type { Request } from 'express';
import { AppConfig, APP_CONFIG } from '../config/app-config';
import { normalizeEmail } from '../people/person-records';
import { RateLimiter } from './rate-limiter';

export const LOGIN_LIMIT_MESSAGE = 'Too many login attempts; wait a minute and try again.';

/**
 * Login attempts are counted per client address, per account from that address, and per
 * account from everywhere with a much higher limit: someone guessing one account's password
 * from their own address cannot lock its owner out, who logs in from another.
 */
@Injectable()
export class LoginRateLimitGuard implements CanActivate {
  constructor(
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const gql = GqlExecutionContext.create(context);
    const { req } = gql.getContext<{ req: Request }>();
    const email = gql.getArgs()?.input?.email;
    const account = typeof email === 'string' ? normalizeEmail(email) : 'unknown';
    // IPv6 clients are counted by their /64 network: one host can have billions of addresses.
    const address = normalizeIp(req.ip ?? 'unknown');
    await this.limiter.take(
      [
        { name: 'login-address', tracker: address, limit: this.config.loginLimitPerAddress },
        {
          name: 'login-address-account',
          tracker: `${address} ${account}`,
          limit: this.config.loginLimitPerAccount,
        },
        {
          name: 'login-account',
          tracker: account,
          limit: this.config.loginLimitPerAccountAllAddresses,
        },
      ],
      LOGIN_LIMIT_MESSAGE,
    );
    return true;
  }
}
