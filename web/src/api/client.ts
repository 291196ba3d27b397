import { print } from '@0no-co/graphql.web';
import type { TadaDocumentNode } from 'gql.tada';
import {
  announceSessionEnded,
  readSession,
  StoredSession,
  writeSession,
} from '../session/session-store';
import { ApiError, apiErrorOf } from './api-error';

/** Renew this long before the token expires, so no request goes out with a dying token. */
const RENEW_BEFORE_MS = 60_000;

const printed = new WeakMap<object, string>();
function textOf(document: object): string {
  let text = printed.get(document);
  if (!text) {
    text = print(document as Parameters<typeof print>[0]);
    printed.set(document, text);
  }
  return text;
}

interface GraphQLAnswer<R> {
  data?: R;
  errors?: { extensions?: Record<string, unknown> }[];
}

async function post<R>(query: string, variables: unknown, token: string | null): Promise<R> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('NETWORK');
  }
  const answer = (await response.json().catch(() => null)) as GraphQLAnswer<R> | null;
  if (!answer) throw new ApiError(response.status === 429 ? 'TOO_MANY_REQUESTS' : 'NETWORK');
  if (answer.errors?.length) throw apiErrorOf(answer.errors[0]);
  return answer.data as R;
}

const RENEW = `mutation Renew($input: RenewSessionInput!) {
  renewSession(input: $input) { token expiresAt refreshToken account { id } }
}`;

interface Renewed {
  renewSession: { token: string; expiresAt: string; refreshToken: string; account: { id: string } };
}

async function renew(session: StoredSession): Promise<string | null> {
  // Another tab may have renewed already: its refresh token replaced ours.
  const current = readSession();
  if (!current) return null;
  if (current.refreshToken !== session.refreshToken) return current.token;
  try {
    const { renewSession: s } = await post<Renewed>(
      RENEW,
      { input: { refreshToken: current.refreshToken } },
      null,
    );
    writeSession({
      token: s.token,
      expiresAt: s.expiresAt,
      refreshToken: s.refreshToken,
      accountId: s.account.id,
    });
    return s.token;
  } catch (error) {
    if (error instanceof ApiError && error.code !== 'NETWORK') announceSessionEnded();
    throw error;
  }
}

/** The token to send, renewed first when it is about to expire (one renewal across tabs). */
async function currentToken(): Promise<string | null> {
  const session = readSession();
  if (!session) return null;
  if (Date.parse(session.expiresAt) - Date.now() > RENEW_BEFORE_MS) return session.token;
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  if (!locks) return renew(session);
  return locks.request('thb-session-renewal', () => renew(session));
}

/** Sends a typed operation; refusals arrive as ApiError with the API's code. */
export async function request<R, V>(document: TadaDocumentNode<R, V>, variables?: V): Promise<R> {
  const token = await currentToken();
  try {
    return await post<R>(textOf(document), variables ?? {}, token);
  } catch (error) {
    if (token && error instanceof ApiError && error.code === 'UNAUTHENTICATED') {
      announceSessionEnded();
    }
    throw error;
  }
}
