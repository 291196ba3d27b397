import { addMeetingEvent, MeetingEventFacts, newCalendar } from '../calendar/meeting-event';
import { labelOf } from '../common/i18n/enum-labels';
import { Language } from '../common/i18n/language';
import { vilniusMinute } from '../common/time/vilnius-time';
import { NotificationKind as K } from './notification.enums';
import { ESCALATE_AFTER_DAYS, STALE_AFTER_DAYS } from './reminder-rules';

/** What a notification's mail and digest line are written from: never record text. */
export interface NotificationFacts {
  kind: K;
  taskForceName: string;
  title: string | null;
  dueDate: string | null;
  /** An ISO instant. */
  startsAt: string | null;
  year: number | null;
  path: string;
  /** A returned report's reason: written for the task force, which reads the report. */
  reason: string | null;
}

/** A meeting's event as kept in the outbox (instants as ISO strings). */
export type MeetingMailFacts = Omit<MeetingEventFacts, 'startsAt' | 'endsAt'> & {
  startsAt: string;
  endsAt: string;
};

export interface NotificationMailParams extends NotificationFacts {
  language: Language;
  fullName: string;
  meeting?: MeetingMailFacts;
}

export interface DigestMailParams {
  language: Language;
  fullName: string;
  /** The Vilnius date the digest is for. */
  day: string;
  entries: NotificationFacts[];
}

interface Shown {
  tf: string;
  title: string;
  due: string;
  when: string;
  year: string;
  reason: string;
}

interface KindWords {
  line: (f: Shown) => string;
}

const STALE_FOR_SECRETARY = STALE_AFTER_DAYS + ESCALATE_AFTER_DAYS;

/** Each kind's sentence, in each language; its subject is its word in enum-words.json. */
export const NOTIFICATION_WORDS: Record<Language, Record<K, KindWords>> = {
  [Language.LT]: {
    ACTION_ITEM_ASSIGNED: {
      line: (f) => `${f.tf}: jums paskirta užduotis „${f.title}“, terminas ${f.due}.`,
    },
    ACTION_ITEM_DUE_SOON: {
      line: (f) => `${f.tf}: užduoties „${f.title}“ terminas – ${f.due}.`,
    },
    ACTION_ITEM_OVERDUE: {
      line: (f) => `${f.tf}: užduoties „${f.title}“ terminas buvo ${f.due}, ji dar neįvykdyta.`,
    },
    ACTION_ITEM_STALE: {
      line: (f) =>
        `${f.tf}: apie užduoties „${f.title}“ eigą nepranešta ${STALE_AFTER_DAYS} dienų. Praneškite, kaip sekasi.`,
    },
    ACTION_ITEM_STALE_FOR_SECRETARY: {
      line: (f) =>
        `${f.tf}: apie užduoties „${f.title}“ eigą nepranešta ${STALE_FOR_SECRETARY} dienas ar ilgiau.`,
    },
    MEETING_SCHEDULED: {
      line: (f) => `${f.tf}: sušauktas posėdis „${f.title}“, ${f.when}. Kvietimas pridėtas.`,
    },
    MEETING_MOVED: {
      line: (f) => `${f.tf}: posėdis „${f.title}“ dabar vyks ${f.when}. Įvykis pridėtas.`,
    },
    MEETING_CANCELLED: {
      line: (f) => `${f.tf}: posėdis „${f.title}“, numatytas ${f.when}, atšauktas.`,
    },
    MINUTES_AWAITING_APPROVAL: {
      line: (f) => `${f.tf}: posėdžio „${f.title}“ (${f.when}) protokolas laukia patvirtinimo.`,
    },
    MINUTES_APPROVED: {
      line: (f) => `${f.tf}: posėdžio „${f.title}“ (${f.when}) protokolas patvirtintas.`,
    },
    FOLLOW_UP_REQUESTED: {
      line: (f) => `${f.tf}: gautas paklausimas, atsakyti reikia iki ${f.due}.`,
    },
    FOLLOW_UP_ANSWERED: {
      line: (f) => `${f.tf}: darbo grupė atsakė į paklausimą.`,
    },
    FOLLOW_UP_DUE_SOON: {
      line: (f) => `${f.tf}: į paklausimą reikia atsakyti iki ${f.due}.`,
    },
    FOLLOW_UP_OVERDUE: {
      line: (f) => `${f.tf}: į paklausimą reikėjo atsakyti iki ${f.due}.`,
    },
    ANNUAL_REPORT_SUBMITTED: {
      line: (f) => `${f.tf}: pateikta ${f.year} m. veiklos ataskaita.`,
    },
    ANNUAL_REPORT_RETURNED: {
      line: (f) => `${f.tf}: ${f.year} m. ataskaita grąžinta taisyti. Priežastis: ${f.reason}`,
    },
    ANNUAL_REPORT_ACCEPTED: {
      line: (f) => `${f.tf}: ${f.year} m. ataskaita priimta.`,
    },
  },
  [Language.EN]: {
    ACTION_ITEM_ASSIGNED: {
      line: (f) => `${f.tf}: the action item “${f.title}” is assigned to you, due on ${f.due}.`,
    },
    ACTION_ITEM_DUE_SOON: {
      line: (f) => `${f.tf}: the action item “${f.title}” is due on ${f.due}.`,
    },
    ACTION_ITEM_OVERDUE: {
      line: (f) => `${f.tf}: the action item “${f.title}” was due on ${f.due} and is not done yet.`,
    },
    ACTION_ITEM_STALE: {
      line: (f) =>
        `${f.tf}: nobody has reported on “${f.title}” for ${STALE_AFTER_DAYS} days. Please report its progress.`,
    },
    ACTION_ITEM_STALE_FOR_SECRETARY: {
      line: (f) =>
        `${f.tf}: nobody has reported on “${f.title}” for ${STALE_FOR_SECRETARY} days or more.`,
    },
    MEETING_SCHEDULED: {
      line: (f) =>
        `${f.tf}: the meeting “${f.title}” is scheduled for ${f.when}. The invitation is attached.`,
    },
    MEETING_MOVED: {
      line: (f) =>
        `${f.tf}: the meeting “${f.title}” now takes place on ${f.when}. The event is attached.`,
    },
    MEETING_CANCELLED: {
      line: (f) => `${f.tf}: the meeting “${f.title}” planned for ${f.when} is cancelled.`,
    },
    MINUTES_AWAITING_APPROVAL: {
      line: (f) => `${f.tf}: the minutes of “${f.title}” (${f.when}) are waiting for approval.`,
    },
    MINUTES_APPROVED: {
      line: (f) => `${f.tf}: the minutes of “${f.title}” (${f.when}) are approved.`,
    },
    FOLLOW_UP_REQUESTED: {
      line: (f) => `${f.tf}: a follow-up request has arrived, to be answered by ${f.due}.`,
    },
    FOLLOW_UP_ANSWERED: {
      line: (f) => `${f.tf}: the task force has answered the follow-up request.`,
    },
    FOLLOW_UP_DUE_SOON: {
      line: (f) => `${f.tf}: the follow-up request must be answered by ${f.due}.`,
    },
    FOLLOW_UP_OVERDUE: {
      line: (f) => `${f.tf}: the follow-up request was to be answered by ${f.due}.`,
    },
    ANNUAL_REPORT_SUBMITTED: {
      line: (f) => `${f.tf}: the annual report for ${f.year} has been submitted.`,
    },
    ANNUAL_REPORT_RETURNED: {
      line: (f) =>
        `${f.tf}: the report for ${f.year} has been returned for changes. Reason: ${f.reason}`,
    },
    ANNUAL_REPORT_ACCEPTED: {
      line: (f) => `${f.tf}: the report for ${f.year} has been accepted.`,
    },
  },
};

const CONFIDENTIAL: Record<Language, string> = {
  [Language.LT]: 'konfidencialus posėdis',
  [Language.EN]: 'confidential meeting',
};

/** The sentence saying what happened, in the reader's language. */
export function notificationLine(facts: NotificationFacts, language: Language): string {
  const shown: Shown = {
    tf: facts.taskForceName,
    title: facts.title ?? CONFIDENTIAL[language],
    due: facts.dueDate ?? '',
    when: facts.startsAt ? vilniusMinute(new Date(facts.startsAt)) : '',
    year: String(facts.year ?? ''),
    reason: facts.reason ?? '',
  };
  return NOTIFICATION_WORDS[language][facts.kind].line(shown);
}

export interface MailAttachment {
  filename: string;
  content: string;
  contentType: string;
}

export interface RenderedNotificationMail {
  subject: string;
  text: string;
  attachments: MailAttachment[];
}

const FRAME: Record<
  Language,
  { greeting: (name: string) => string; open: string; digest: (day: string) => string; why: string }
> = {
  [Language.LT]: {
    greeting: (name) => `Laba diena, ${name},`,
    open: 'Atidaryti darbo erdvėje:',
    digest: (day) => `Dienos pranešimų suvestinė, ${day}`,
    why: 'Šį laišką gavote kaip kovos su prekyba žmonėmis darbo grupių darbo erdvės naudotojas. Kokius pranešimus ir kaip dažnai gauti el. paštu, galite pasirinkti darbo erdvėje.',
  },
  [Language.EN]: {
    greeting: (name) => `Dear ${name},`,
    open: 'Open it in the workspace:',
    digest: (day) => `Daily digest of notifications, ${day}`,
    why: 'You receive this as a user of the anti-trafficking task-force workspace. You can choose in the workspace which notifications reach you by e-mail, and how often.',
  },
};

/** One notification's own mail, with the meeting's `.ics` event attached where there is one. */
export function renderNotificationMail(
  p: NotificationMailParams,
  appUrl: string,
): RenderedNotificationMail {
  const frame = FRAME[p.language];
  const attachments: MailAttachment[] = [];
  if (p.meeting) {
    const calendar = newCalendar(p.language);
    addMeetingEvent(
      calendar,
      { ...p.meeting, startsAt: new Date(p.meeting.startsAt), endsAt: new Date(p.meeting.endsAt) },
      p.language,
    );
    attachments.push({
      filename: `meeting-${p.meeting.number.replace('/', '-')}.ics`,
      content: calendar.toString(),
      contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
    });
  }
  return {
    subject: `${labelOf(p.language, 'notificationKind', p.kind)}: ${p.taskForceName}`,
    text: [
      frame.greeting(p.fullName),
      '',
      notificationLine(p, p.language),
      '',
      frame.open,
      `${appUrl}${p.path}`,
      '',
      '—',
      frame.why,
      '',
    ].join('\n'),
    attachments,
  };
}

/** The day's notifications in one mail, each with its line and link. */
export function renderDigestMail(p: DigestMailParams, appUrl: string): RenderedNotificationMail {
  const frame = FRAME[p.language];
  const entries = p.entries.flatMap((entry) => [
    `• ${notificationLine(entry, p.language)}`,
    `  ${appUrl}${entry.path}`,
    '',
  ]);
  return {
    subject: frame.digest(p.day),
    text: [frame.greeting(p.fullName), '', ...entries, '—', frame.why, ''].join('\n'),
    attachments: [],
  };
}
