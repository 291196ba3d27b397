import { EntityTarget } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { BaseEntity } from '../common/entities/base.entity';
import { conflict, notFound } from '../common/errors/domain-error';
import { MutationScope } from '../database/transaction.service';
import { TaskForceAccessService } from './task-force-access.service';

export interface RecordStep<T, R> {
  entity: EntityTarget<T>;
  /** Entity type in errors and the audit trail, e.g. `AnnualReport`. */
  type: string;
  /** How a CONFLICT names it, e.g. `The annual report`. */
  name: string;
  input: { id: string; version: number };
  operation: string;
  /** Checks the caller's rights and the record's state, then changes it. */
  apply(record: T): Promise<R>;
  /** Whether the record is confidential (hidden, as NOT_FOUND, from those who may not read it). */
  confidential?(record: T): Promise<boolean>;
}

/**
 * One step in the life of a task force's versioned record (a follow-up request, an annual
 * report): load it, let readers of its task force past, apply the change, refuse a stale
 * version, save and audit — inside the caller's transaction.
 */
export async function stepTaskForceRecord<T extends BaseEntity & { taskForceId: string }, R>(
  { manager, audit }: MutationScope,
  access: TaskForceAccessService,
  viewer: Viewer,
  step: RecordStep<T, R>,
): Promise<{ saved: T; result: R }> {
  const record = await manager.findOneBy(step.entity, { id: step.input.id } as never);
  if (!record) throw notFound(step.type, step.input.id);
  const confidential = (await step.confidential?.(record)) ?? false;
  await access.require(
    viewer,
    'read',
    { taskForceId: record.taskForceId, confidential },
    { type: step.type, id: step.input.id },
  );
  const before = { ...record };
  const result = await step.apply(record);
  if (record.version !== step.input.version) throw conflict(step.name.replace(/^The /, 'the '));
  const saved = await manager.save(record);
  await audit({
    operation: step.operation,
    entityType: step.type,
    entityId: saved.id,
    before,
    after: saved,
  });
  return { saved, result };
}
