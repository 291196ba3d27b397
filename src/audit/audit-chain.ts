import { createHash, createHmac } from 'node:crypto';

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

/**
 * HMAC-SHA256 with the audit key: without the key nobody can recompute it, so rewriting an
 * event (and every hash after it) is caught even by someone who can write the database.
 */
export function hashEvent(event: Omit<ChainLink, 'hash'>, key: string): string {
  return createHmac('sha256', key).update(canonicalForm(event)).digest('hex');
}

/** How events were hashed before the chain had a key: plain SHA-256, which anyone can compute. */
export function unkeyedHash(event: Omit<ChainLink, 'hash'>): string {
  return createHash('sha256').update(canonicalForm(event)).digest('hex');
}

/** Whether an event carries a hash written without the key (before the key existed). */
export const isUnkeyed = (event: ChainLink) => event.hash === unkeyedHash(event);

/**
 * The operation that seals the events written before the key existed: it is keyed, and its
 * hash covers the plain hash of the newest of them, which covers all the earlier ones.
 */
export const SEAL_OPERATION = 'sealAuditChain';

/** The newest event of a verified chain; kept outside the database, it later shows truncation. */
export interface ChainHead {
  sequence: number;
  hash: string;
}

/** `sequence:hash`, the form `npm run audit:head` prints and `--head` takes. */
export const formatHead = (head: ChainHead) => `${head.sequence}:${head.hash}`;

export const HEAD_FORM = /^(\d{1,15}):([0-9a-f]{64})$/;

export function parseHead(text: string): ChainHead | null {
  const match = HEAD_FORM.exec(text.trim());
  return match ? { sequence: Number(match[1]), hash: match[2] } : null;
}

export interface ChainBreak {
  sequence: number;
  /** The broken event, or null when it is missing altogether. */
  id: string | null;
  reason: string;
}

/**
 * Walks the chain in sequence order, in as many batches as the caller likes: no gaps
 * (deletion), each links to the previous hash (deletion, reordering), each hash is the keyed
 * hash of its content (editing). Unkeyed events may only come first, from before the key
 * existed; the newest must be keyed, and an exported head must still be there, unchanged.
 */
export class ChainWalk {
  private previous: ChainLink | null = null;
  private previousUnkeyed = false;
  private keyedSeen = false;
  private headFound = false;
  /** Events checked so far without a break. */
  verified = 0;
  /** Of those, events hashed before the chain had a key. */
  unkeyed = 0;

  constructor(
    private readonly key: string,
    private readonly exportedHead: ChainHead | null = null,
  ) {}

  /** Checks the next events; the first break, or null. */
  next(events: Iterable<ChainLink>): ChainBreak | null {
    for (const event of events) {
      const broken = this.check(event);
      if (broken) return { sequence: event.sequence, id: event.id, reason: broken };
      this.verified++;
      this.previous = event;
    }
    return null;
  }

  /** After the last event: the break at the newest end, or null when the chain is whole. */
  end(): ChainBreak | null {
    const newest = this.previous;
    if (newest && this.previousUnkeyed) {
      this.verified--;
      this.unkeyed--;
      return {
        sequence: newest.sequence,
        id: newest.id,
        reason:
          'the newest event is not keyed: start the server once with its AUDIT_KEY to seal ' +
          'the events written before the key existed, or else they were rewritten without the key',
      };
    }
    const head = this.exportedHead;
    if (head && !this.headFound) {
      return {
        sequence: head.sequence,
        id: null,
        reason: `the exported head is gone: the chain ends at #${newest?.sequence ?? 0}, so its newest events were removed`,
      };
    }
    return null;
  }

  /** The newest verified event. */
  get head(): ChainHead | null {
    return this.previous && { sequence: this.previous.sequence, hash: this.previous.hash };
  }

  private check(event: ChainLink): string | null {
    const expectedSequence = this.previous ? this.previous.sequence + 1 : 1;
    if (event.sequence !== expectedSequence) {
      return `sequence ${event.sequence} follows ${expectedSequence - 1}: events are missing`;
    }
    if (event.prevHash !== (this.previous?.hash ?? null)) {
      return 'does not link to the hash of the previous event (deleted or reordered)';
    }
    this.previousUnkeyed = false;
    if (hashEvent(event, this.key) === event.hash) {
      this.keyedSeen = true;
    } else if (!isUnkeyed(event)) {
      return 'content does not match its hash (edited, or checked with another AUDIT_KEY)';
    } else if (this.keyedSeen) {
      return 'hashed without the audit key after keyed events: rewritten by someone without the key';
    } else {
      this.previousUnkeyed = true;
      this.unkeyed++;
    }
    if (this.exportedHead?.sequence === event.sequence) {
      if (this.exportedHead.hash !== event.hash) {
        return 'differs from the exported head: the chain was rewritten up to here';
      }
      this.headFound = true;
    }
    return null;
  }
}

/** Checks a whole chain held in memory. */
export function findChainBreak(
  events: Iterable<ChainLink>,
  key: string,
  exportedHead: ChainHead | null = null,
): ChainBreak | null {
  const walk = new ChainWalk(key, exportedHead);
  return walk.next(events) ?? walk.end();
}
