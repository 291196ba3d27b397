import { createHash } from 'node:crypto';
import type { Random } from '../../demo-data/demo-people';

export type { Random };

/**
 * cyrb128: spreads a text seed over the 128 bits of state sfc32 needs, so that nearby seeds
 * ("1", "2") still give unrelated streams.
 */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/**
 * sfc32, a small fast PRNG with 128 bits of state: millions of draws per run stay far from
 * its period, unlike mulberry32's 2^32. Returns floats in [0, 1) like Math.random.
 */
export function scaleRandom(seed: string): Random {
  let [a, b, c, d] = cyrb128(seed);
  return () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

const hex8 = (n: number) => (n >>> 0).toString(16).padStart(8, '0');

/** A version-4-shaped UUID drawn from `random`: the same seed gives the same ids. */
export function uuidFrom(random: Random): string {
  const a = hex8(random() * 4294967296);
  const b = hex8(random() * 4294967296);
  const c = hex8(random() * 4294967296);
  const d = hex8(random() * 4294967296);
  const variant = ((parseInt(c[0], 16) & 0x3) | 0x8).toString(16);
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`;
}

/**
 * A UUID-shaped id named by a stable key (v5-style, SHA-1): reference rows get the same id
 * on every run however many draws the generator made before them.
 */
export function namedUuid(key: string): string {
  const h = createHash('sha1').update(`thb-scale:${key}`).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export const chance = (random: Random, p: number) => random() < p;

/**
 * Splits `total` over `weights` in whole numbers that add up exactly (largest remainder):
 * the headline counts (2,500 meetings, 50,000 items, …) come out exact, not roughly.
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((s, c) => s + c, 0);
  const byRemainder = exact
    .map((value, i) => ({ i, rest: value - counts[i] }))
    .sort((x, y) => y.rest - x.rest || x.i - y.i);
  for (let k = 0; left > 0; k = (k + 1) % byRemainder.length, left--) counts[byRemainder[k].i]++;
  return counts;
}

/** `count` distinct whole numbers from [lo, hi], ascending (Floyd's sampling). */
export function distinctSorted(random: Random, lo: number, hi: number, count: number): number[] {
  const span = hi - lo + 1;
  if (count >= span) return Array.from({ length: Math.max(0, span) }, (_, i) => lo + i);
  const chosen = new Set<number>();
  for (let j = span - count; j < span; j++) {
    const t = Math.floor(random() * (j + 1));
    chosen.add(chosen.has(t) ? j : t);
  }
  return [...chosen].map((v) => v + lo).sort((x, y) => x - y);
}
