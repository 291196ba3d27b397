import { createHash } from 'node:crypto';

export interface ChainLink {
  id: string;
  sequence: number;
  occurredAt: Date;
  actorAccountId: string | null;
  operation: string;
  entityType: string;
  entityId: string;
  before: string | null;
  after: string | null;
  prevHash: string | null;
  hash: string;
}

/** The fields a hash covers, in a fixed order, so the same event always hashes the same. */
export function canonicalForm(event: Omit<ChainLink, 'hash'>): string {
  return JSON.stringify([
    event.id,
    event.sequence,
    event.occurredAt.toISOString(),
    event.actorAccountId,
    event.operation,
    event.entityType,
    event.entityId,
    event.before,
    event.after,
    event.prevHash,
  ]);
}

export function hashEvent(event: Omit<ChainLink, 'hash'>): string {
  return createHash('sha256').update(canonicalForm(event)).digest('hex');
}

export interface ChainBreak {
  sequence: number;
  id: string;
  reason: string;
}

/**
 * Checks events given in sequence order: no gaps (deletion), each links to the previous
 * hash (deletion, reordering) and each hash matches its content (editing). `previous` is
 * the already verified link before the first event, when checking the chain in batches.
 */
export function findChainBreak(
  events: Iterable<ChainLink>,
  previous: ChainLink | null = null,
): ChainBreak | null {
  for (const event of events) {
    const expectedSequence = previous ? previous.sequence + 1 : 1;
    const at = { sequence: event.sequence, id: event.id };
    if (event.sequence !== expectedSequence) {
      return {
        ...at,
        reason: `sequence ${event.sequence} follows ${expectedSequence - 1}: events are missing`,
      };
    }
    if (event.prevHash !== (previous?.hash ?? null)) {
      return {
        ...at,
        reason: 'does not link to the hash of the previous event (deleted or reordered)',
      };
    }
    if (hashEvent(event) !== event.hash) {
      return { ...at, reason: 'content does not match its hash (edited)' };
    }
    previous = event;
  }
  return null;
}
