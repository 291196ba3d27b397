import { EntityManager, EntityTarget, In, ObjectLiteral } from 'typeorm';
import { badInput } from '../common/errors/domain-error';

/**
 * Loads the rows an input names by id (each once), refusing with BAD_USER_INPUT on `field`
 * for every id that names none.
 */
export async function requireAll<T extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  ids: string[],
  field: string,
  unknown: (id: string) => string,
): Promise<T[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const rows = await manager.findBy(entity, { id: In(unique) } as never);
  const found = new Set(rows.map((row) => row.id));
  const missing = unique.filter((id) => !found.has(id));
  if (missing.length)
    throw badInput(missing.map((id) => ({ field, rule: 'UNKNOWN_ID', message: unknown(id) })));
  return rows;
}
