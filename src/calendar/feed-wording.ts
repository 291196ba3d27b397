import { Language } from '../common/i18n/language';

/** The words of the calendar feed, in each language. */
export interface FeedWording {
  calendarName: string;
  meeting: (number: string) => string;
  confidentialMeeting: string;
  cancelled: (text: string) => string;
  cancelledBecause: (number: string, reason: string) => string;
  itemDue: (title: string) => string;
  itemDueOn: (date: string, taskForce: string) => string;
}

export const FEED_WORDING: Record<Language, FeedWording> = {
  [Language.LT]: {
    calendarName: 'Kovos su prekyba žmonėmis darbo grupių posėdžiai',
    meeting: (number) => `Posėdis ${number}`,
    confidentialMeeting: 'Konfidencialus posėdis',
    cancelled: (text) => `Atšaukta: ${text}`,
    cancelledBecause: (number, reason) => `Posėdis ${number} atšauktas. Priežastis: ${reason}`,
    itemDue: (title) => `Užduoties terminas: ${title}`,
    itemDueOn: (date, taskForce) => `Užduoties terminas ${date} (${taskForce}).`,
  },
  [Language.EN]: {
    calendarName: 'Anti-trafficking task force meetings',
    meeting: (number) => `Meeting ${number}`,
    confidentialMeeting: 'Confidential meeting',
    cancelled: (text) => `Cancelled: ${text}`,
    cancelledBecause: (number, reason) => `Meeting ${number} is cancelled. Reason: ${reason}`,
    itemDue: (title) => `Action item due: ${title}`,
    itemDueOn: (date, taskForce) => `Action item due on ${date} (${taskForce}).`,
  },
};
