import { DataSource, MoreThan } from 'typeorm';
import { ChainBreak, ChainHead, ChainWalk } from './audit-chain';
import { AuditEvent } from './audit-event.entity';

export interface ChainVerification {
  /** Events verified before the first break, or all of them. */
  eventCount: number;
  /** Of those, events hashed before the chain had a key (sealed by a later keyed event). */
  unkeyedEventCount: number;
  firstBreak: ChainBreak | null;
  /** The newest event, to keep outside the database; null when the chain is broken. */
  head: ChainHead | null;
}

const BATCH = 2000;

/**
 * Walks the whole chain in sequence order, a batch at a time, with the audit key; with an
 * exported head, also checks that the chain still reaches it unchanged.
 */
export async function verifyAuditChain(
  dataSource: DataSource,
  key: string,
  exportedHead: ChainHead | null = null,
): Promise<ChainVerification> {
  const repository = dataSource.getRepository(AuditEvent);
  const walk = new ChainWalk(key, exportedHead);
  let last: AuditEvent | null = null;
  let firstBreak: ChainBreak | null = null;
  for (;;) {
    const batch = await repository.find({
      where: last ? { sequence: MoreThan(last.sequence) } : {},
      order: { sequence: 'ASC' },
      take: BATCH,
    });
    firstBreak = batch.length ? walk.next(batch) : walk.end();
    if (firstBreak || !batch.length) break;
    last = batch[batch.length - 1];
  }
  return {
    eventCount: walk.verified,
    unkeyedEventCount: walk.unkeyed,
    firstBreak,
    head: firstBreak ? null : walk.head,
  };
}
