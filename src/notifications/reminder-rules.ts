import { addDays } from '../common/time/vilnius-time';
import { NotificationKind as K } from './notification.enums';

/**
 * When the daily job reminds, as pure functions of Vilnius dates: the one home of these rules.
 * Each reminder carries a key that is the same on every run that would send it again, so a
 * rerun or a catch-up after missed days sends nothing twice (the key is unique per person).
 */
export interface Reminder {
  kind: K;
  key: string;
}

/** No update on an open item for this many days makes it stale. */
export const STALE_AFTER_DAYS = 30;
/** A stale item still without an update this many days later reaches the secretary. */
export const ESCALATE_AFTER_DAYS = 7;
/** How far ahead people may ask to be told of a due date. */
export const MAX_DUE_SOON_DAYS = 30;
export const DEFAULT_DUE_SOON_DAYS = 3;

/** Whole days from one Vilnius date to another (negative when `to` is earlier). */
export function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const DUE_KINDS = {
  actionItem: { soon: K.ACTION_ITEM_DUE_SOON, overdue: K.ACTION_ITEM_OVERDUE },
  followUp: { soon: K.FOLLOW_UP_DUE_SOON, overdue: K.FOLLOW_UP_OVERDUE },
} as const;

/**
 * Due in `dueSoonDays` days or fewer: once per due date. Overdue: the day after it, then every
 * seven days (one reminder per week past due, whichever day of that week the job runs).
 */
export function dueReminder(
  subject: keyof typeof DUE_KINDS,
  id: string,
  dueDate: string,
  today: string,
  dueSoonDays: number,
): Reminder | null {
  const { soon, overdue } = DUE_KINDS[subject];
  const left = daysFrom(today, dueDate);
  if (left < 0) {
    const week = Math.floor((-left - 1) / 7);
    return { kind: overdue, key: `${overdue}:${id}:${dueDate}:${week}` };
  }
  return left <= dueSoonDays ? { kind: soon, key: `${soon}:${id}:${dueDate}` } : null;
}

/**
 * An open item nobody has reported on for STALE_AFTER_DAYS: its assignee is reminded, and
 * ESCALATE_AFTER_DAYS later its secretary gets a line. Once per quiet spell: a new update
 * starts a new one.
 */
export function staleReminders(id: string, lastActivityOn: string, today: string): Reminder[] {
  const quiet = daysFrom(lastActivityOn, today);
  const reminders: Reminder[] = [];
  if (quiet >= STALE_AFTER_DAYS) {
    reminders.push({
      kind: K.ACTION_ITEM_STALE,
      key: `${K.ACTION_ITEM_STALE}:${id}:${lastActivityOn}`,
    });
  }
  if (quiet >= STALE_AFTER_DAYS + ESCALATE_AFTER_DAYS) {
    const kind = K.ACTION_ITEM_STALE_FOR_SECRETARY;
    reminders.push({ kind, key: `${kind}:${id}:${lastActivityOn}` });
  }
  return reminders;
}

/** The earliest last-activity date that can be stale on `today` (for the query). */
export const staleBefore = (today: string) => addDays(today, -STALE_AFTER_DAYS);
