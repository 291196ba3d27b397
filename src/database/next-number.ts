import { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';

/**
 * The next number in a sequence kept per parent (meeting numbers per year, decision and
 * update numbers, agenda positions). The caller holds the write lock, so it stays unique.
 */
export async function nextNumber<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  column: keyof T & string,
  where: FindOptionsWhere<T>,
): Promise<number> {
  const last = await manager.findOne(entity, {
    where,
    order: { [column]: 'DESC' } as never,
  });
  return Number(last?.[column] ?? 0) + 1;
}
