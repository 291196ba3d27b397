/** HMAC-SHA256 keys shorter than the hash add nothing but guessability. */
export const MIN_AUDIT_KEY_BYTES = 32;

/**
 * Published with the code, so it protects nothing: only development and test use it, and the
 * same one everywhere, so `npm run audit:verify` checks what the dev server wrote.
 */
const DEV_AUDIT_KEY = 'dev-only-audit-key-do-not-use-in-production';

/**
 * The key the audit chain is signed with (HMAC-SHA256). It lives outside the database, so
 * whoever can write the database cannot recompute the chain. Like JWT_SECRET, it is required
 * unless NODE_ENV is exactly `development` or `test`.
 */
export function loadAuditKey(env: NodeJS.ProcessEnv): string {
  const key = env.AUDIT_KEY;
  if (key) {
    if (Buffer.byteLength(key, 'utf8') < MIN_AUDIT_KEY_BYTES) {
      throw new Error(`AUDIT_KEY must be at least ${MIN_AUDIT_KEY_BYTES} bytes long.`);
    }
    return key;
  }
  if (env.NODE_ENV === 'development' || env.NODE_ENV === 'test') return DEV_AUDIT_KEY;
  throw new Error(
    `AUDIT_KEY must be set (at least ${MIN_AUDIT_KEY_BYTES} bytes, e.g. \`openssl rand -hex 32\`) ` +
      'unless NODE_ENV is development or test.',
  );
}
