import { useQueryClient } from '@tanstack/react-query';
import { createContext, ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { request } from '../api/client';
import { graphql, readFragment } from '../api/graphql';
import { switchLanguage } from '../i18n/i18n';
import { clearSession, readSession, SESSION_ENDED_EVENT, writeSession } from './session-store';
import { Viewer, VIEWER_FIELDS } from './viewer';

const ME = graphql(
  `
    query Me {
      me {
        ...ViewerFields
      }
    }
  `,
  [VIEWER_FIELDS],
);

// The account's details are read after, with the new token: some need a signed-in reader.
const LOGIN = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
      refreshToken
      account {
        id
      }
    }
  }
`);

const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);

type Status = 'checking' | 'anonymous' | 'signed-in';
/** Why the last session ended, for the sign-in page to say. */
export type SessionEnd = 'expired' | 'signed-out' | null;

interface SessionState {
  status: Status;
  ended: SessionEnd;
  viewer: Viewer | null;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}

/** Follows the account's language once it is known (an explicit choice is saved to it). */
function adoptLanguage(viewer: Viewer): void {
  if (viewer.preferredLanguage === 'LT' || viewer.preferredLanguage === 'EN') {
    void switchLanguage(viewer.preferredLanguage === 'EN' ? 'en' : 'lt');
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Status>(readSession() ? 'checking' : 'anonymous');
  const [viewer, setViewer] = useState<Viewer | null>(null);
  const [ended, setEnded] = useState<SessionEnd>(null);
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const loadViewer = useCallback(async () => {
    const { me } = await request(ME);
    const account = readFragment(VIEWER_FIELDS, me);
    setViewer(account);
    setStatus('signed-in');
    return account;
  }, []);

  useEffect(() => {
    if (status === 'checking') {
      loadViewer().catch(() => setStatus('anonymous'));
    }
  }, [status, loadViewer]);

  useEffect(() => {
    // The screen behind sign-in sends to the sign-in page, which says why (app.tsx).
    const expired = () => {
      setEnded('expired');
      setViewer(null);
      setStatus('anonymous');
      queryClient.clear();
    };
    window.addEventListener(SESSION_ENDED_EVENT, expired);
    return () => window.removeEventListener(SESSION_ENDED_EVENT, expired);
  }, [queryClient]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const { login } = await request(LOGIN, { input: { email, password } });
      writeSession({
        token: login.token,
        expiresAt: login.expiresAt,
        refreshToken: login.refreshToken,
        accountId: login.account.id,
      });
      setEnded(null);
      adoptLanguage(await loadViewer());
    },
    [loadViewer],
  );

  const signOut = useCallback(async () => {
    await request(LOGOUT).catch(() => undefined);
    clearSession();
    navigate('/sign-in?signedOut=1', { replace: true });
    setEnded('signed-out');
    setViewer(null);
    setStatus('anonymous');
    queryClient.clear();
  }, [navigate, queryClient]);

  return (
    <SessionContext.Provider value={{ status, ended, viewer, signIn, signOut }}>
      {children}
    </SessionContext.Provider>
  );
}
