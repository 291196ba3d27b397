import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { badInput, conflict, failedPrecondition, notFound } from '../common/errors/domain-error';
import { MutationScope, TransactionService } from '../database/transaction.service';
import { Account } from './account.entity';
import {
  ChangeAccountEmailInput,
  ConfirmSystemRoleInput,
  GrantSystemRoleInput,
} from './dto/account-administration.inputs';
import { createPerson, normalizeEmail, personByEmail } from '../people/person-records';
import { Person } from '../people/person.entity';
import { PasswordService } from './password.service';
import { SetAccountActiveInput } from './dto/set-account-active.input';
import { roleRequest } from './system-role-grants';
import { SystemRole } from './system-role.enum';
import { Viewer } from './viewer';

/** What administrators change on accounts: active, e-mail, national roles; all audited. */
@Injectable()
export class AccountAdministrationService {
  constructor(
    private readonly tx: TransactionService,
    private readonly passwords: PasswordService,
  ) {}

  /** Lowers a role at once; asks for a privileged one, which another administrator confirms. */
  grantSystemRole(viewer: Viewer, input: GrantSystemRoleInput): Promise<Account> {
    if (input.accountId === viewer.accountId) {
      throw badInput([
        {
          field: 'accountId',
          rule: 'CONFLICTING_FIELDS',
          message: 'is your own account; another administrator must change it',
        },
      ]);
    }
    return this.change(viewer, input, 'grantSystemRole', (account) => {
      const request = roleRequest(input.systemRole, viewer.accountId);
      const lowered = request.systemRole !== account.systemRole;
      Object.assign(account, request);
      if (lowered) account.tokenVersion += 1;
    });
  }

  /** A second administrator, neither the one who asked nor the account's owner, confirms. */
  confirmSystemRole(viewer: Viewer, input: ConfirmSystemRoleInput): Promise<Account> {
    return this.change(viewer, input, 'confirmSystemRole', (account) => {
      if (!account.pendingSystemRole) {
        throw failedPrecondition(
          'NO_ROLE_PENDING',
          'No role is waiting for confirmation on this account.',
        );
      }
      if ([account.pendingRoleRequestedById, account.id].includes(viewer.accountId)) {
        throw failedPrecondition(
          'SECOND_ADMIN_REQUIRED',
          'A second administrator must confirm: not the one who asked, nor the account itself.',
        );
      }
      Object.assign(account, {
        systemRole: account.pendingSystemRole,
        pendingSystemRole: null,
        pendingRoleRequestedById: null,
        tokenVersion: account.tokenVersion + 1,
      });
    });
  }

  /** Disabling ends every session of the account at once; nobody disables their own. */
  setAccountActive(viewer: Viewer, input: SetAccountActiveInput): Promise<Account> {
    if (input.accountId === viewer.accountId && !input.active) {
      throw badInput([
        {
          field: 'accountId',
          rule: 'CONFLICTING_FIELDS',
          message: 'is your own account; another administrator must disable it',
        },
      ]);
    }
    return this.change(viewer, input, 'setAccountActive', (account) => {
      if (account.active && !input.active) account.tokenVersion += 1;
      account.active = input.active;
    });
  }

  /** The login and the person's e-mail change together; neither may name someone else. */
  changeAccountEmail(viewer: Viewer, input: ChangeAccountEmailInput): Promise<Account> {
    const email = normalizeEmail(input.email);
    return this.change(viewer, input, 'changeAccountEmail', async (account, manager, audit) => {
      const taken = await manager.findOneBy(Account, { email });
      const known = await personByEmail(manager, email);
      if ((taken && taken.id !== account.id) || (known && known.id !== account.personId)) {
        throw badInput([
          { field: 'email', rule: 'ALREADY_USED', message: 'already belongs to someone else' },
        ]);
      }
      account.email = email;
      const person = await manager.findOneByOrFail(Person, { id: account.personId });
      const before = { ...person };
      person.email = email;
      const after = await manager.save(person);
      await audit({
        operation: 'changeAccountEmail',
        entityType: 'Person',
        entityId: person.id,
        before,
        after,
      });
    });
  }

  /**
   * The out-of-band step (`npm run account:role`): whoever runs it holds the server and its
   * database, so it gives a role at once, e.g. the first administrators of a new deployment.
   */
  async setOnServer(
    email: string,
    role: SystemRole,
    newAccount?: { fullName: string; password: string },
  ): Promise<{ account: Account; created: boolean }> {
    const passwordHash = newAccount && (await this.passwords.hash(newAccount.password));
    return this.tx.run(null, async (scope) => {
      const { manager, audit } = scope;
      let account = await manager.findOneBy(Account, { email: normalizeEmail(email) });
      const created = !account && !!newAccount;
      if (!account && newAccount) {
        const fields = { fullName: newAccount.fullName, email };
        const person = await createPerson(scope, fields, 'setSystemRoleOnServer');
        account = manager.create(Account, {
          email: normalizeEmail(email),
          passwordHash,
          personId: person.id,
        });
      }
      if (!account) throw notFound('Account', email);
      const before = account.id ? { ...account } : null;
      Object.assign(account, {
        systemRole: role,
        pendingSystemRole: null,
        pendingRoleRequestedById: null,
        tokenVersion: (account.tokenVersion ?? 0) + 1,
      });
      const after = await manager.save(account);
      await audit({
        operation: 'setSystemRoleOnServer',
        entityType: 'Account',
        entityId: after.id,
        before,
        after,
      });
      return { account: after, created };
    });
  }

  private change(
    viewer: Viewer,
    input: { accountId: string; version: number },
    operation: string,
    apply: (account: Account, manager: EntityManager, audit: MutationScope['audit']) => unknown,
  ): Promise<Account> {
    return this.tx.run(viewer.accountId, async ({ manager, audit }: MutationScope) => {
      const account = await manager.findOneBy(Account, { id: input.accountId });
      if (!account) throw notFound('Account', input.accountId);
      if (account.version !== input.version) throw conflict('the account');
      const before = { ...account };
      await apply(account, manager, audit);
      const after = await manager.save(account);
      await audit({ operation, entityType: 'Account', entityId: account.id, before, after });
      return after;
    });
  }
}
