import { ChainLink, findChainBreak, hashEvent } from './audit-chain';

function buildChain(length: number): ChainLink[] {
  const chain: ChainLink[] = [];
  for (let i = 1; i <= length; i++) {
    const draft = {
      id: `event-${i}`,
      sequence: i,
      occurredAt: new Date(Date.UTC(2026, 0, i)),
      actorAccountId: 'admin',
      operation: 'createAccount',
      entityType: 'Account',
      entityId: `account-${i}`,
      before: null,
      after: JSON.stringify({ email: `user${i}@demo.lt` }),
      prevHash: chain.length ? chain[chain.length - 1].hash : null,
    };
    chain.push({ ...draft, hash: hashEvent(draft) });
  }
  return chain;
}

describe('audit chain', () => {
  it('verifies an untouched chain', () => {
    expect(findChainBreak(buildChain(5))).toBeNull();
  });

  it('catches an edited event', () => {
    const chain = buildChain(5);
    chain[2] = { ...chain[2], after: JSON.stringify({ email: 'forged@demo.lt' }) };
    expect(findChainBreak(chain)).toMatchObject({
      sequence: 3,
      reason: expect.stringContaining('edited'),
    });
  });

  it('catches a deleted event', () => {
    const chain = buildChain(5);
    chain.splice(1, 1);
    expect(findChainBreak(chain)).toMatchObject({
      sequence: 3,
      reason: expect.stringContaining('missing'),
    });
  });

  it('catches reordered events even when their sequence numbers are swapped too', () => {
    const chain = buildChain(5);
    const [a, b] = [chain[1], chain[2]];
    chain[1] = { ...b, sequence: 2 };
    chain[2] = { ...a, sequence: 3 };
    expect(findChainBreak(chain)).toMatchObject({ sequence: 2 });
  });
});
