/** What a signed-in browser keeps: the short token, and the one-use refresh token to renew it. */
export interface StoredSession {
  token: string;
  expiresAt: string;
  refreshToken: string;
  accountId: string;
}

const KEY = 'thb.session';
export const SESSION_ENDED_EVENT = 'thb:session-ended';

export function readSession(): StoredSession | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as StoredSession) : null;
  } catch {
    return null;
  }
}

export function writeSession(session: StoredSession): void {
  localStorage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(): void {
  localStorage.removeItem(KEY);
}

/** The session ended on the server (expired, logged out elsewhere): the app returns to sign-in. */
export function announceSessionEnded(): void {
  clearSession();
  window.dispatchEvent(new Event(SESSION_ENDED_EVENT));
}
