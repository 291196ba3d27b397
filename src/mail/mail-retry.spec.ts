import { nextAttemptAt } from './mail-retry';

describe('nextAttemptAt', () => {
  const now = new Date('2026-03-01T10:00:00Z');
  const delay = (attempts: number) =>
    nextAttemptAt(now, attempts, 30_000).getTime() - now.getTime();

  it('doubles the base delay with each failure', () => {
    expect([1, 2, 3, 4].map(delay)).toEqual([30_000, 60_000, 120_000, 240_000]);
  });

  it('waits at most an hour', () => {
    expect(delay(14)).toBe(3_600_000);
  });
});
