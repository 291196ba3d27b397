import { EntityManager } from 'typeorm';
import { BaseEntity } from '../common/entities/base.entity';
import { nextNumber } from '../database/next-number';
import { ActionUpdate } from './action-update.entity';

/**
 * Appends an update as the item's next one, at `createdAt` (the tool's clock: an item's
 * status at a past moment is read from these times); the caller holds the write lock.
 */
export async function appendUpdate(
  manager: EntityManager,
  update: Omit<ActionUpdate, Exclude<keyof BaseEntity, 'createdAt'> | 'sequence'>,
): Promise<ActionUpdate> {
  const where = { actionItemId: update.actionItemId };
  const sequence = await nextNumber(manager, ActionUpdate, 'sequence', where);
  return manager.save(manager.create(ActionUpdate, { ...update, sequence }));
}
