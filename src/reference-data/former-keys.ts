import { EntityManager } from 'typeorm';
import { FormerReferenceKey } from './former-reference-key.entity';

/** The reference rows the seeder fills, each with its natural key. */
export type ReferenceKind = 'Municipality' | 'Institution' | 'NationalPlan';

/**
 * Remembers a natural key a row is leaving (its old name or code), so the seeder never adds
 * the seed row of that key again: an edit survives every restart.
 */
export async function retireKey(
  manager: EntityManager,
  kind: ReferenceKind,
  rowId: string,
  before: string,
  after: string,
): Promise<void> {
  if (before === after) return;
  await manager.delete(FormerReferenceKey, { kind, key: before });
  await manager.insert(FormerReferenceKey, { kind, key: before, rowId });
}

/** The natural keys rows of `kind` once had, each with the id of the row that had it. */
export async function formerKeys(
  manager: EntityManager,
  kind: ReferenceKind,
): Promise<Map<string, string>> {
  const rows = await manager.findBy(FormerReferenceKey, { kind });
  return new Map(rows.map((row) => [row.key, row.rowId]));
}
