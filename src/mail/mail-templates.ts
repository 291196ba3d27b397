import { vilniusMinute } from '../common/time/vilnius-time';
import {
  DigestMailParams,
  MailAttachment,
  NotificationMailParams,
  renderDigestMail,
  renderNotificationMail,
} from '../notifications/notification-mail';

export type MailKind = 'PASSWORD_RESET' | 'INVITATION' | 'NOTIFICATION' | 'DIGEST';
type AccountMailKind = 'PASSWORD_RESET' | 'INVITATION';

export interface MailParams {
  PASSWORD_RESET: { fullName: string; expiresAt: string };
  INVITATION: { fullName: string; expiresAt: string };
  NOTIFICATION: NotificationMailParams;
  DIGEST: DigestMailParams;
}

export interface RenderedMail {
  subject: string;
  text: string;
  attachments?: MailAttachment[];
}

interface Wording {
  subject: string;
  lines: (p: { fullName: string; expires: string; link: string }) => string[];
}

/**
 * An invitation reaches someone who has chosen no language yet, so account mails speak
 * Lithuanian first and English below. They carry a link, never the password, and nothing about any record.
 */
const WORDING: Record<AccountMailKind, { lt: Wording; en: Wording }> = {
  PASSWORD_RESET: {
    lt: {
      subject: 'Slaptažodžio keitimas',
      lines: (p) => [
        `Laba diena, ${p.fullName},`,
        'administratorius leido jums pasirinkti naują slaptažodį darbo grupių darbo erdvėje.',
        `Pasirinkite jį šiuo adresu (galioja iki ${p.expires}, tik vieną kartą):`,
        p.link,
        'Jei to neprašėte, praneškite administratoriui.',
      ],
    },
    en: {
      subject: 'Password reset',
      lines: (p) => [
        `Dear ${p.fullName},`,
        'an administrator has let you choose a new password for the task-force workspace.',
        `Choose it at this address (valid until ${p.expires}, once):`,
        p.link,
        'If you did not ask for this, tell your administrator.',
      ],
    },
  },
  INVITATION: {
    lt: {
      subject: 'Kvietimas į darbo grupių darbo erdvę',
      lines: (p) => [
        `Laba diena, ${p.fullName},`,
        'jums sukurta paskyra kovos su prekyba žmonėmis darbo grupių darbo erdvėje.',
        `Pasirinkite slaptažodį šiuo adresu (galioja iki ${p.expires}, tik vieną kartą):`,
        p.link,
      ],
    },
    en: {
      subject: 'Invitation to the task-force workspace',
      lines: (p) => [
        `Dear ${p.fullName},`,
        'an account has been made for you in the anti-trafficking task-force workspace.',
        `Choose your password at this address (valid until ${p.expires}, once):`,
        p.link,
      ],
    },
  },
};

/** The mail's subject and text; `secret` is the one-time token an account mail's link carries. */
export function renderMail(
  kind: MailKind,
  params: MailParams[MailKind],
  secret: string | null,
  appUrl: string,
): RenderedMail {
  if (kind === 'NOTIFICATION')
    return renderNotificationMail(params as NotificationMailParams, appUrl);
  if (kind === 'DIGEST') return renderDigestMail(params as DigestMailParams, appUrl);
  return renderAccountMail(kind, params as MailParams[AccountMailKind], secret, appUrl);
}

function renderAccountMail(
  kind: AccountMailKind,
  params: MailParams[AccountMailKind],
  secret: string | null,
  appUrl: string,
): RenderedMail {
  const { lt, en } = WORDING[kind];
  const link = `${appUrl}/set-password?token=${encodeURIComponent(secret ?? '')}`;
  const expires = vilniusMinute(new Date(params.expiresAt));
  const facts = { fullName: params.fullName, expires, link };
  return {
    subject: `${lt.subject} / ${en.subject}`,
    text: [...lt.lines(facts), '', '—', '', ...en.lines(facts), ''].join('\n'),
  };
}
