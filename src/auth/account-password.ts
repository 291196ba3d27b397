import { MutationScope } from '../database/transaction.service';
import { Account } from './account.entity';

/**
 * Puts a new password hash on the account inside the caller's transaction and moves its token
 * version on, so every session from before ends; audited as `operation`.
 */
export async function replacePassword(
  { manager, audit }: MutationScope,
  accountId: string,
  passwordHash: string,
  operation: string,
): Promise<Account> {
  const current = await manager.findOneByOrFail(Account, { id: accountId });
  const before = { ...current };
  current.passwordHash = passwordHash;
  current.tokenVersion += 1;
  const saved = await manager.save(current);
  await audit({ operation, entityType: 'Account', entityId: saved.id, before, after: saved });
  return saved;
}
