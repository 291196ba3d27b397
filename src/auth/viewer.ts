import { Language } from '../common/i18n/language';
import { SystemRole } from './system-role.enum';

/** Who is calling, resolved once per request from the token and the live account row. */
export interface Viewer {
  accountId: string;
  personId: string;
  email: string;
  systemRole: SystemRole;
  /** The account's token version: signed download links are bound to it. */
  tokenVersion: number;
  /** The session of the token; null for a signed download link, which has none. */
  sessionId: string | null;
  preferredLanguage: Language | null;
}

/** The viewer an account is, in a session or (sessionId null) through a signed link. */
export function viewerOf(
  account: {
    id: string;
    personId: string;
    email: string;
    systemRole: SystemRole;
    tokenVersion: number;
    preferredLanguage: Language | null;
  },
  sessionId: string | null,
): Viewer {
  return {
    accountId: account.id,
    personId: account.personId,
    email: account.email,
    systemRole: account.systemRole,
    tokenVersion: account.tokenVersion,
    sessionId,
    preferredLanguage: account.preferredLanguage,
  };
}
