import { allocate, distinctSorted, namedUuid, scaleRandom, uuidFrom } from './scale-random';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('scale generator randomness', () => {
  it('gives the same stream for the same seed and a different one for another seed', () => {
    const draw = (seed: string) => {
      const random = scaleRandom(seed);
      return Array.from({ length: 1000 }, () => random());
    };
    expect(draw('thb-scale-1')).toEqual(draw('thb-scale-1'));
    expect(draw('thb-scale-1')).not.toEqual(draw('thb-scale-2'));
    expect(draw('x').every((v) => v >= 0 && v < 1)).toBe(true);
  });

  it('spreads draws evenly', () => {
    const random = scaleRandom('uniform');
    const buckets = Array(10).fill(0);
    for (let i = 0; i < 100_000; i++) buckets[Math.floor(random() * 10)]++;
    for (const n of buckets) expect(Math.abs(n - 10_000)).toBeLessThan(500);
  });

  it('draws UUID-shaped ids deterministically, without repeats', () => {
    const ids = (seed: string) => {
      const random = scaleRandom(seed);
      return Array.from({ length: 10_000 }, () => uuidFrom(random));
    };
    const first = ids('ids');
    expect(first).toEqual(ids('ids'));
    expect(new Set(first).size).toBe(first.length);
    for (const id of first.slice(0, 100)) expect(id).toMatch(UUID);
  });

  it('names reference ids by their key alone', () => {
    expect(namedUuid('municipality:13')).toBe(namedUuid('municipality:13'));
    expect(namedUuid('municipality:13')).not.toBe(namedUuid('municipality:19'));
    expect(namedUuid('plan:KPZ-2024')).toMatch(UUID);
  });

  it('allocates a total exactly in proportion to the weights', () => {
    const counts = allocate(2_500, [3, 1, 1, 0.5, 0]);
    expect(counts.reduce((s, n) => s + n, 0)).toBe(2_500);
    expect(counts[4]).toBe(0);
    expect(counts[0]).toBeGreaterThan(counts[1] * 2.9);
    expect(allocate(7, [1, 1, 1])).toEqual([3, 2, 2]);
  });

  it('samples distinct sorted days within the range', () => {
    const random = scaleRandom('days');
    const days = distinctSorted(random, 100, 160, 20);
    expect(days).toHaveLength(20);
    expect(new Set(days).size).toBe(20);
    expect([...days].sort((a, b) => a - b)).toEqual(days);
    expect(days[0]).toBeGreaterThanOrEqual(100);
    expect(days[19]).toBeLessThanOrEqual(160);
    expect(distinctSorted(random, 5, 7, 10)).toEqual([5, 6, 7]);
    expect(distinctSorted(random, 5, 4, 2)).toEqual([]);
  });
});
