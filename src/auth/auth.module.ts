import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig, APP_CONFIG } from '../config/app-config';
import { AccessGuard } from './access.guard';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { LoginRateLimitGuard } from './login-rate-limit.guard';
import { PasswordService } from './password.service';
import { RateLimiter } from './rate-limiter';
import { AccountAdministrationResolver } from './account-administration.resolver';
import { AccountAdministrationService } from './account-administration.service';
import { PasswordTokensResolver } from './password-tokens.resolver';
import { PasswordTokensService } from './password-tokens.service';
import { SetPasswordController } from './set-password.controller';
import { SessionsResolver } from './sessions.resolver';
import { SessionsService } from './sessions.service';
import { TOKEN_ALGORITHM } from './token-payload';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        // A key object made once: given the string, jsonwebtoken first tries to read it as a
        // PEM public key on every check, and builds and throws an error before it falls back.
        const key = createSecretKey(Buffer.from(config.jwtSecret));
        return { secretOrKeyProvider: () => key, signOptions: { algorithm: TOKEN_ALGORITHM } };
      },
    }),
  ],
  controllers: [SetPasswordController],
  providers: [
    PasswordService,
    RateLimiter,
    LoginRateLimitGuard,
    AccountsService,
    AccountsResolver,
    AccountAdministrationService,
    AccountAdministrationResolver,
    PasswordTokensService,
    PasswordTokensResolver,
    SessionsService,
    SessionsResolver,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [PasswordService],
})
export class AuthModule {}
