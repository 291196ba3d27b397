import { isUUID } from 'class-validator';

/** The one signing algorithm; a token naming another (`none`, HS512, RS256…) is refused. */
export const TOKEN_ALGORITHM = 'HS256';

/** Claims of a session token: the account, the token version it was issued under, its session. */
export interface TokenPayload {
  sub: string;
  tv: number;
  sid: string;
}

/**
 * Whether verified claims have the shape this server issues: an account UUID, an integer
 * token version, a session UUID and an expiry. Anything else, even correctly signed, opens no
 * session.
 */
export function isSessionClaims(claims: unknown): claims is TokenPayload & { exp: number } {
  const { sub, tv, sid, exp } = (claims ?? {}) as Record<string, unknown>;
  return (
    typeof sub === 'string' &&
    isUUID(sub) &&
    typeof sid === 'string' &&
    isUUID(sid) &&
    Number.isInteger(tv) &&
    Number.isInteger(exp)
  );
}
