import { DataSource, MoreThan } from 'typeorm';
import { ChainBreak, findChainBreak } from './audit-chain';
import { AuditEvent } from './audit-event.entity';

export interface ChainVerification {
  eventCount: number;
  firstBreak: ChainBreak | null;
}

const BATCH = 2000;

/** Walks the whole chain in sequence order, a batch at a time, carrying the last link over. */
export async function verifyAuditChain(dataSource: DataSource): Promise<ChainVerification> {
  const repository = dataSource.getRepository(AuditEvent);
  let previous: AuditEvent | null = null;
  let eventCount = 0;
  for (;;) {
    const batch = await repository.find({
      where: previous ? { sequence: MoreThan(previous.sequence) } : {},
      order: { sequence: 'ASC' },
      take: BATCH,
    });
    if (!batch.length) return { eventCount, firstBreak: null };
    const firstBreak = findChainBreak(batch, previous);
    if (firstBreak) {
      const verifiedInBatch = batch.findIndex((event) => event.id === firstBreak.id);
      return { eventCount: eventCount + verifiedInBatch, firstBreak };
    }
    eventCount += batch.length;
    previous = batch[batch.length - 1];
  }
}
