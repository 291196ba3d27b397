import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { normalizeIp } from '@nestjs/throttler';
import { DataSource, IsNull } from 'typeorm';
import { badInput, failedPrecondition, notFound } from '../common/errors/domain-error';
import { newSecret, secretHash } from '../common/secrets/one-time-secret';
import { Clock } from '../common/time/clock';
import { AppConfig, APP_CONFIG } from '../config/app-config';
import { MutationScope, TransactionService } from '../database/transaction.service';
import { enqueueMail } from '../mail/mail-outbox';
import { Person } from '../people/person.entity';
import { Account } from './account.entity';
import { replacePassword } from './account-password';
import { IssuePasswordResetInput, SetPasswordWithTokenInput } from './dto/password-token.inputs';
import { passwordProblem } from './password-rules';
import { PasswordToken, PasswordTokenPurpose } from './password-token.entity';
import { PasswordService } from './password.service';
import { RateLimiter } from './rate-limiter';
import { Viewer } from './viewer';

/** How long a link works: a reset is asked for now, an invitation may wait over a weekend. */
const VALID_HOURS: Record<PasswordTokenPurpose, number> = { RESET: 24, INVITATION: 7 * 24 };

const INVALID = 'is not valid: it was used, replaced by a newer link or has expired';

/**
 * One-time links to choose a password: an administrator's reset and a new account's
 * invitation. The token exists only in the mail; the database keeps its hash.
 */
@Injectable()
export class PasswordTokensService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly passwords: PasswordService,
    private readonly limiter: RateLimiter,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  issuePasswordReset(viewer: Viewer, input: IssuePasswordResetInput): Promise<Account> {
    return this.tx.run(viewer.accountId, async (scope) => {
      const account = await scope.manager.findOneBy(Account, { id: input.accountId });
      if (!account) throw notFound('Account', input.accountId);
      if (!account.active) {
        throw failedPrecondition(
          'ACCOUNT_DISABLED',
          'The account is disabled; enable it before sending a link.',
        );
      }
      await this.issue(scope, account, PasswordTokenPurpose.RESET, 'issuePasswordReset');
      return account;
    });
  }

  /**
   * Writes a new link for the account, ending any earlier unused one, and puts the mail that
   * carries it in the outbox of the same transaction.
   */
  async issue(
    { manager, audit }: MutationScope,
    account: Account,
    purpose: PasswordTokenPurpose,
    operation: string,
  ): Promise<void> {
    const now = this.clock.now();
    await manager.update(
      PasswordToken,
      { accountId: account.id, usedAt: IsNull() },
      { usedAt: now },
    );
    const secret = newSecret();
    const token = await manager.save(
      manager.create(PasswordToken, {
        accountId: account.id,
        tokenHash: secretHash(secret),
        purpose,
        expiresAt: new Date(now.getTime() + VALID_HOURS[purpose] * 3_600_000),
        usedAt: null,
      }),
    );
    const person = await manager.findOneByOrFail(Person, { id: account.personId });
    const params = { fullName: person.fullName, expiresAt: token.expiresAt.toISOString() };
    await enqueueMail(manager, {
      kind: purpose === PasswordTokenPurpose.RESET ? 'PASSWORD_RESET' : 'INVITATION',
      to: account.email,
      params,
      secret,
    });
    const { tokenHash: _hash, ...recorded } = token;
    await audit({ operation, entityType: 'PasswordToken', entityId: token.id, after: recorded });
  }

  /** Sets the password a valid link allows, once; every earlier session of the account ends. */
  async setPasswordWithToken(input: SetPasswordWithTokenInput, ip: string): Promise<Account> {
    // Guessing tokens is hopeless (256 bits), but each try costs a hash and a lookup.
    const address = normalizeIp(ip);
    const limit = this.config.loginLimitPerAddress;
    await this.limiter.take(
      [{ name: 'password-token-address', tracker: address, limit }],
      'Too many attempts; wait a minute and try again.',
    );
    const tokenHash = secretHash(input.token);
    const token = await this.dataSource.getRepository(PasswordToken).findOneBy({ tokenHash });
    const account =
      token && (await this.dataSource.getRepository(Account).findOneBy({ id: token.accountId }));
    if (!token || !account || !this.usable(token) || !account.active) {
      throw badInput([{ field: 'token', rule: 'INVALID_TOKEN', message: INVALID }]);
    }
    const person = await this.dataSource
      .getRepository(Person)
      .findOneByOrFail({ id: account.personId });
    const problem = passwordProblem(input.newPassword, account.email, person.fullName);
    if (problem)
      throw badInput([{ field: 'newPassword', rule: 'WEAK_PASSWORD', message: problem }]);
    const passwordHash = await this.passwords.hash(input.newPassword);
    return this.tx.run(account.id, async (scope) => {
      // Used once: a second request with the same link, even at the same moment, finds it used.
      const claimed = await scope.manager.update(
        PasswordToken,
        { id: token.id, usedAt: IsNull() },
        { usedAt: this.clock.now() },
      );
      if (!claimed.affected)
        throw badInput([{ field: 'token', rule: 'INVALID_TOKEN', message: INVALID }]);
      return replacePassword(scope, account.id, passwordHash, 'setPasswordWithToken');
    });
  }

  private usable(token: PasswordToken): boolean {
    return !token.usedAt && token.expiresAt > this.clock.now();
  }
}
