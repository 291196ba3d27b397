import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { badInput } from '../common/errors/domain-error';

/**
 * Refuses with BAD_USER_INPUT on `field` when another row (not `exceptId`) already has `value`
 * there, within `scope` (e.g. the same plan) when given.
 */
export async function requireUnique<T extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  field: keyof T & string,
  value: unknown,
  options: { exceptId?: string; scope?: Partial<T>; message: string },
): Promise<void> {
  if (value === undefined || value === null) return;
  const taken = await manager.findOneBy(entity, { ...options.scope, [field]: value } as never);
  if (taken && taken.id !== options.exceptId) {
    throw badInput([{ field, rule: 'ALREADY_USED', message: options.message }]);
  }
}
