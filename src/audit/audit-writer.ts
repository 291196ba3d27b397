import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { hashEvent, isUnkeyed, SEAL_OPERATION } from './audit-chain';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  operation: string;
  entityType: string;
  entityId: string;
  before?: object | null;
  after?: object | null;
}

/** Fields that never reach the audit trail: secrets, and search text folded from other fields. */
const SECRET_FIELDS = new Set(['passwordHash', 'searchText']);

const isPrimitiveList = (value: unknown) =>
  Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object');

/**
 * A JSON snapshot of an entity's own columns (and lists of ids such as `measureIds`):
 * secrets and loaded relations left out.
 */
export function snapshot(value: object | null | undefined): string | null {
  if (!value) return null;
  const plain: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (SECRET_FIELDS.has(key)) continue;
    const relation = field !== null && typeof field === 'object' && !(field instanceof Date);
    if (relation && !isPrimitiveList(field)) continue;
    plain[key] = field instanceof Date ? field.toISOString() : field;
  }
  return JSON.stringify(plain, Object.keys(plain).sort());
}

/**
 * Appends one event to the chain, keyed with `key`. The caller holds the write lock and the
 * transaction. Only the seal may follow an unkeyed event: a keyed event after a chain that
 * someone rewrote without the key would otherwise vouch for it.
 */
export async function appendAuditEvent(
  manager: EntityManager,
  key: string,
  actorAccountId: string | null,
  entry: AuditEntry,
): Promise<AuditEvent> {
  const repository = manager.getRepository(AuditEvent);
  const [last] = await repository.find({ order: { sequence: 'DESC' }, take: 1 });
  if (last && entry.operation !== SEAL_OPERATION && isUnkeyed(last)) {
    throw new Error(
      `The newest audit event (#${last.sequence}) is not keyed: nothing is written until the ` +
        'server restarts and seals it, or the chain is restored (see npm run audit:verify).',
    );
  }
  const draft = {
    id: randomUUID(),
    sequence: (last?.sequence ?? 0) + 1,
    occurredAt: new Date(),
    actorAccountId,
    operation: entry.operation,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: snapshot(entry.before),
    after: snapshot(entry.after),
    prevHash: last?.hash ?? null,
  };
  return repository.save(repository.create({ ...draft, hash: hashEvent(draft, key) }));
}
