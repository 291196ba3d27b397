import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, APP_CONFIG } from '../config/app-config';
import { badInput, notFound, unauthenticated } from '../common/errors/domain-error';
import { paginate } from '../common/pagination/paginate';
import { MutationScope, TransactionService } from '../database/transaction.service';
import { createPerson, normalizeEmail, personByEmail } from '../people/person-records';
import { Person } from '../people/person.entity';
import { Account } from './account.entity';
import { replacePassword } from './account-password';
import { AccountsArgs } from './dto/accounts.args';
import { AuthPayload } from './dto/auth-payload.type';
import { ChangePasswordInput } from './dto/change-password.input';
import { CreateAccountInput } from './dto/create-account.input';
import { LoginInput } from './dto/login.input';
import { passwordProblem } from './password-rules';
import { roleRequest } from './system-role-grants';
import { PasswordService } from './password.service';
import { PasswordTokenPurpose } from './password-token.entity';
import { PasswordTokensService } from './password-tokens.service';
import { Allowance, RateLimiter } from './rate-limiter';
import { SessionsService } from './sessions.service';
import { Language } from '../common/i18n/language';
import { Viewer } from './viewer';
import { searchPattern, searchTextMatches } from '../database/like-pattern';

/** Also for a disabled account: a different message would confirm the password was right. */
const BAD_CREDENTIALS = 'The e-mail or password is wrong, or the account is disabled.';

@Injectable()
export class AccountsService {
  private readonly logger = new Logger(AccountsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly passwords: PasswordService,
    private readonly tokens: PasswordTokensService,
    private readonly limiter: RateLimiter,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(input: LoginInput): Promise<AuthPayload> {
    const email = normalizeEmail(input.email);
    const found = await this.dataSource.getRepository(Account).findOneBy({ email });
    const valid = await this.passwords.verify(found?.passwordHash ?? null, input.password);
    if (!found || !valid || !found.active) {
      this.logger.warn({ email }, 'failed login');
      throw unauthenticated(BAD_CREDENTIALS);
    }

    return this.tx.run(found.id, async (scope) => {
      const { manager, audit } = scope;
      const after = { ...found, lastLoginAt: new Date() };
      // A login is not an edit: keeping `version` means it never makes an admin's change conflict.
      await manager.update(Account, found.id, {
        lastLoginAt: after.lastLoginAt,
        version: () => 'version',
      });
      await audit({
        operation: 'login',
        entityType: 'Account',
        entityId: found.id,
        before: found,
        after,
      });
      return this.sessions.open(scope, after);
    });
  }

  /**
   * Changes the caller's password and ends every session of the account (the token version
   * moves on); the answer opens a new session so the caller stays logged in.
   */
  async changePassword(viewer: Viewer, input: ChangePasswordInput): Promise<AuthPayload> {
    // A stolen token must not become unlimited guesses at the password behind it.
    const guesses: Allowance = {
      name: 'password-change',
      tracker: viewer.accountId,
      limit: this.config.passwordChangeLimit,
    };
    await this.limiter.take([guesses], 'Too many wrong passwords; wait a minute and try again.');
    const found = await this.dataSource
      .getRepository(Account)
      .findOneByOrFail({ id: viewer.accountId });
    if (!(await this.passwords.verify(found.passwordHash, input.currentPassword))) {
      throw badInput([
        {
          field: 'currentPassword',
          rule: 'WRONG_PASSWORD',
          message: 'is not your current password',
        },
      ]);
    }
    // Only wrong current passwords count: the attempt counted above is forgotten.
    await this.limiter.forget(guesses);
    const person = await this.dataSource
      .getRepository(Person)
      .findOneByOrFail({ id: found.personId });
    const problem =
      input.newPassword === input.currentPassword
        ? 'must differ from the current password'
        : passwordProblem(input.newPassword, found.email, person.fullName);
    if (problem)
      throw badInput([{ field: 'newPassword', rule: 'WEAK_PASSWORD', message: problem }]);
    const passwordHash = await this.passwords.hash(input.newPassword);
    return this.tx.run(viewer.accountId, async (scope) => {
      const account = await replacePassword(
        scope,
        viewer.accountId,
        passwordHash,
        'changePassword',
      );
      return this.sessions.open(scope, account);
    });
  }

  async me(viewer: Viewer): Promise<Account> {
    const account = await this.dataSource
      .getRepository(Account)
      .findOneBy({ id: viewer.accountId });
    if (!account) throw notFound('Account', viewer.accountId);
    return account;
  }

  setPreferredLanguage(viewer: Viewer, language: Language | null): Promise<Account> {
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const account = await manager.findOneByOrFail(Account, { id: viewer.accountId });
      const before = { ...account };
      account.preferredLanguage = language;
      const saved = await manager.save(account);
      await audit({
        operation: 'setPreferredLanguage',
        entityType: 'Account',
        entityId: saved.id,
        before,
        after: saved,
      });
      return saved;
    });
  }

  async createAccount(viewer: Viewer, input: CreateAccountInput): Promise<Account> {
    const email = normalizeEmail(input.email);
    const known = input.personId
      ? await this.dataSource.getRepository(Person).findOneBy({ id: input.personId })
      : await personByEmail(this.dataSource.manager, email);
    const name = input.fullName ?? known?.fullName ?? '';
    const problem = input.password ? passwordProblem(input.password, email, name) : null;
    if (problem) throw badInput([{ field: 'password', rule: 'WEAK_PASSWORD', message: problem }]);
    // Hash before taking the write lock: argon2 is deliberately slow. No password: none opens
    // the account until the person chooses one through the invitation.
    const passwordHash = input.password ? await this.passwords.hash(input.password) : '';
    return this.tx.run(viewer.accountId, async (scope) => {
      const { manager, audit } = scope;
      if (await manager.existsBy(Account, { email })) {
        throw badInput([
          { field: 'email', rule: 'ALREADY_USED', message: 'is already used by another account' },
        ]);
      }
      const person = await this.personOf(scope, input, email);
      const account = await manager.save(
        manager.create(Account, {
          email,
          passwordHash,
          // A national role waits for a second administrator's confirmation.
          ...roleRequest(input.systemRole, viewer.accountId),
          personId: person.id,
        }),
      );
      await audit({
        operation: 'createAccount',
        entityType: 'Account',
        entityId: account.id,
        after: account,
      });
      if (!input.password) {
        await this.tokens.issue(scope, account, PasswordTokenPurpose.INVITATION, 'createAccount');
      }
      return account;
    });
  }

  /**
   * The person the new login belongs to: the one named, or the one known by the e-mail, or a
   * new one. One person never exists twice for one e-mail, nor has two logins.
   */
  private async personOf(scope: MutationScope, input: CreateAccountInput, email: string) {
    const { manager, audit } = scope;
    const person = input.personId
      ? await manager.findOneBy(Person, { id: input.personId })
      : await personByEmail(manager, email);
    const field = input.personId ? 'personId' : 'email';
    if (input.personId && !person) {
      throw badInput([{ field, rule: 'UNKNOWN_ID', message: 'does not name a person' }]);
    }
    if (!person) {
      if (!input.fullName) {
        throw badInput([
          { field: 'fullName', rule: 'REQUIRED', message: 'is required for a new person' },
        ]);
      }
      return createPerson(scope, { ...input, fullName: input.fullName, email }, 'createAccount');
    }
    if (await manager.existsBy(Account, { personId: person.id })) {
      throw badInput([
        {
          field,
          rule: 'ALREADY_USED',
          message: `names ${person.fullName}, who has a login already`,
        },
      ]);
    }
    if (person.email && person.email !== email) {
      throw badInput([
        {
          field: 'email',
          rule: 'MISMATCH',
          message: `differs from the person's e-mail ${person.email}`,
        },
      ]);
    }
    if (!person.email) {
      const before = { ...person };
      person.email = email;
      await manager.save(person);
      await audit({
        operation: 'createAccount',
        entityType: 'Person',
        entityId: person.id,
        before,
        after: person,
      });
    }
    return person;
  }

  accounts(args: AccountsArgs) {
    const query = this.dataSource.getRepository(Account).createQueryBuilder('account');
    if (args.systemRole) query.andWhere('account.systemRole = :role', { role: args.systemRole });
    if (args.active !== undefined)
      query.andWhere('account.active = :active', { active: args.active });
    if (args.search) {
      query.andWhere(searchTextMatches('account', ':search'), {
        search: searchPattern(args.search),
      });
    }
    return paginate(query, args, { property: 'email', direction: 'ASC' });
  }
}
