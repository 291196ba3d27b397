import { isDevelopment } from './environment';

/** HMAC-SHA256 keys shorter than the hash add nothing but guessability. */
export const MIN_AUDIT_KEY_BYTES = 32;

/**
 * Published with the code, so it protects nothing: only development and test use it, and the
 * same one everywhere, so `npm run audit:verify` checks what the dev server wrote.
 */
const DEV_AUDIT_KEY = 'dev-only-audit-key-do-not-use-in-production';

/**
 * The key the audit chain is signed with (HMAC-SHA256). It lives outside the database, so
 * whoever can write the database cannot recompute the chain. Empty when missing outside
 * development and test: `auditKeyProblem` then says why nothing may start with it.
 */
export function loadAuditKey(env: NodeJS.ProcessEnv): string {
  if (env.AUDIT_KEY) return env.AUDIT_KEY;
  return isDevelopment(env.NODE_ENV) ? DEV_AUDIT_KEY : '';
}

/** Why the server and the audit CLIs must not run with this key, or null. */
export function auditKeyProblem(key: string): string | null {
  if (Buffer.byteLength(key, 'utf8') >= MIN_AUDIT_KEY_BYTES) return null;
  return key
    ? `AUDIT_KEY must be at least ${MIN_AUDIT_KEY_BYTES} bytes long.`
    : `AUDIT_KEY must be set (at least ${MIN_AUDIT_KEY_BYTES} bytes, e.g. \`openssl rand -hex 32\`) ` +
        'unless NODE_ENV is development or test.';
}
