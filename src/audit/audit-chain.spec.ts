import {
  ChainLink,
  findChainBreak,
  formatHead,
  hashEvent,
  parseHead,
  SEAL_OPERATION,
  unkeyedHash,
} from './audit-chain';

const KEY = 'a-test-audit-key-of-at-least-32-bytes';

type Hasher = (event: Omit<ChainLink, 'hash'>) => string;
const keyed: Hasher = (event) => hashEvent(event, KEY);

function link(
  sequence: number,
  prevHash: string | null,
  hash: Hasher,
  operation = 'createAccount',
) {
  const draft = {
    id: `event-${sequence}`,
    sequence,
    occurredAt: new Date(Date.UTC(2026, 0, sequence)),
    actorAccountId: 'admin',
    operation,
    entityType: 'Account',
    entityId: `account-${sequence}`,
    before: null,
    after: JSON.stringify({ email: `user${sequence}@demo.lt` }),
    prevHash,
  };
  return { ...draft, hash: hash(draft) };
}

/** Events 1..length, the first `unkeyed` of them hashed as before the chain had a key. */
function buildChain(length: number, unkeyed = 0): ChainLink[] {
  const chain: ChainLink[] = [];
  for (let i = 1; i <= length; i++) {
    const hash = i <= unkeyed ? unkeyedHash : keyed;
    chain.push(link(i, chain.length ? chain[chain.length - 1].hash : null, hash));
  }
  return chain;
}

/** What someone who can write the database but has no key does: rehash from `from` on. */
function rehashFrom(chain: ChainLink[], from: number, hash: Hasher): ChainLink[] {
  const result = chain.slice(0, from - 1);
  for (const event of chain.slice(from - 1)) {
    const draft = { ...event, prevHash: result.length ? result[result.length - 1].hash : null };
    result.push({ ...draft, hash: hash(draft) });
  }
  return result;
}

describe('audit chain', () => {
  it('verifies an untouched chain', () => {
    expect(findChainBreak(buildChain(5), KEY)).toBeNull();
  });

  it('catches an edited event', () => {
    const chain = buildChain(5);
    chain[2] = { ...chain[2], after: JSON.stringify({ email: 'forged@demo.lt' }) };
    expect(findChainBreak(chain, KEY)).toMatchObject({
      sequence: 3,
      reason: expect.stringContaining('edited'),
    });
  });

  it('catches a deleted event', () => {
    const chain = buildChain(5);
    chain.splice(1, 1);
    expect(findChainBreak(chain, KEY)).toMatchObject({
      sequence: 3,
      reason: expect.stringContaining('missing'),
    });
  });

  it('catches reordered events even when their sequence numbers are swapped too', () => {
    const chain = buildChain(5);
    const [a, b] = [chain[1], chain[2]];
    chain[1] = { ...b, sequence: 2 };
    chain[2] = { ...a, sequence: 3 };
    expect(findChainBreak(chain, KEY)).toMatchObject({ sequence: 2 });
  });

  it('is not fooled by an edit whose hashes were all recomputed with plain SHA-256', () => {
    const chain = buildChain(5);
    chain[2] = { ...chain[2], after: JSON.stringify({ email: 'forged@demo.lt' }) };
    expect(findChainBreak(rehashFrom(chain, 3, unkeyedHash), KEY)).toMatchObject({
      sequence: 3,
      reason: expect.stringContaining('without the audit key'),
    });
    expect(findChainBreak(rehashFrom(chain, 1, unkeyedHash), KEY)).toMatchObject({
      sequence: 5,
      reason: expect.stringContaining('newest event is not keyed'),
    });
  });

  it('is not fooled by hashes recomputed with another key', () => {
    const chain = buildChain(5);
    const guessed: Hasher = (event) => hashEvent(event, 'dev-only-audit-key-guessed-by-someone');
    expect(findChainBreak(rehashFrom(chain, 2, guessed), KEY)).toMatchObject({
      sequence: 2,
      reason: expect.stringContaining('edited, or checked with another AUDIT_KEY'),
    });
  });

  describe('events hashed before the chain had a key', () => {
    const sealed = () => {
      const chain = buildChain(4, 4);
      const seal = link(5, chain[3].hash, keyed, SEAL_OPERATION);
      return [...chain, seal, link(6, seal.hash, keyed)];
    };

    it('verify once a keyed event seals them', () => {
      expect(findChainBreak(sealed(), KEY)).toBeNull();
    });

    it('are caught when rewritten, though their own hashes need no key', () => {
      const chain = sealed();
      chain[1] = { ...chain[1], after: JSON.stringify({ email: 'forged@demo.lt' }) };
      const rewritten = [...rehashFrom(chain.slice(0, 4), 2, unkeyedHash), ...chain.slice(4)];
      expect(findChainBreak(rewritten, KEY)).toMatchObject({
        sequence: 5,
        reason: expect.stringContaining('does not link'),
      });
    });

    it('are not enough on their own: the newest event must be keyed', () => {
      expect(findChainBreak(buildChain(3, 3), KEY)).toMatchObject({
        sequence: 3,
        reason: expect.stringContaining('start the server once with its AUDIT_KEY'),
      });
    });
  });

  describe('an exported head', () => {
    const chain = buildChain(5);
    const head = { sequence: 4, hash: chain[3].hash };

    it('is found in the chain it came from and in its continuation', () => {
      expect(findChainBreak(chain.slice(0, 4), KEY, head)).toBeNull();
      expect(findChainBreak(chain, KEY, head)).toBeNull();
    });

    it('shows that the newest events were removed', () => {
      expect(findChainBreak(chain.slice(0, 3), KEY, head)).toMatchObject({
        sequence: 4,
        id: null,
        reason: expect.stringContaining('newest events were removed'),
      });
      expect(findChainBreak([], KEY, head)).toMatchObject({ sequence: 4 });
    });

    it('shows a chain rebuilt with the key from another chain', () => {
      const other = buildChain(5).map((event) => ({ ...event }));
      other[0] = { ...other[0], entityId: 'someone-else' };
      expect(findChainBreak(rehashFrom(other, 1, keyed), KEY, head)).toMatchObject({
        sequence: 4,
        reason: expect.stringContaining('differs from the exported head'),
      });
    });

    it('is written and read as sequence:hash', () => {
      expect(parseHead(formatHead(head))).toEqual(head);
      expect(parseHead(`  ${formatHead(head)}\n`)).toEqual(head);
      for (const wrong of ['4', `4:${head.hash.slice(1)}`, `x:${head.hash}`, `-4:${head.hash}`]) {
        expect(parseHead(wrong)).toBeNull();
      }
    });
  });
});
