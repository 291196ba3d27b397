import { ExecutionContext, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, APP_CONFIG } from '../config/app-config';
import { TransactionService } from '../database/transaction.service';
import { AccessGuard } from './access.guard';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService, normalizeEmail } from './accounts.service';
import { DatabaseThrottlerStorage } from './database-throttler.storage';
import { PasswordService } from './password.service';
import { SystemRolesResolver } from './system-roles.resolver';
import { SystemRolesService } from './system-roles.service';

/** Login attempts count per client address and, separately, per e-mail tried. */
function accountTracker(_req: Record<string, unknown>, context: ExecutionContext): string {
  const email = GqlExecutionContext.create(context).getArgs()?.input?.email;
  return typeof email === 'string' ? normalizeEmail(email) : 'unknown';
}

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.jwtSecret }),
    }),
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, getDataSourceToken(), TransactionService],
      useFactory: (config: AppConfig, dataSource: DataSource, tx: TransactionService) => ({
        // Counted in the database, so every instance behind a load balancer sees each attempt.
        storage: new DatabaseThrottlerStorage(dataSource, tx),
        errorMessage: 'Too many login attempts; wait a minute and try again.',
        throttlers: [
          {
            name: 'address',
            limit: config.loginLimitPerAddress.limit,
            ttl: config.loginLimitPerAddress.ttlMs,
          },
          {
            name: 'account',
            limit: config.loginLimitPerAccount.limit,
            ttl: config.loginLimitPerAccount.ttlMs,
            getTracker: accountTracker,
          },
        ],
      }),
    }),
  ],
  providers: [
    PasswordService,
    AccountsService,
    AccountsResolver,
    SystemRolesService,
    SystemRolesResolver,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [PasswordService],
})
export class AuthModule {}
