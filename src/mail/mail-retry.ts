/** After this many failed attempts a mail is given up (FAILED, its error kept). */
export const MAX_ATTEMPTS = 15;

const MAX_DELAY_MS = 60 * 60 * 1000;

/** When to try again after `attempts` failures: the base delay doubling, at most an hour. */
export function nextAttemptAt(now: Date, attempts: number, baseMs: number): Date {
  const delay = Math.min(baseMs * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);
  return new Date(now.getTime() + delay);
}
