import { registerEnumType } from '@nestjs/graphql';

/** What a notification tells its reader. */
export enum NotificationKind {
  ACTION_ITEM_ASSIGNED = 'ACTION_ITEM_ASSIGNED',
  ACTION_ITEM_DUE_SOON = 'ACTION_ITEM_DUE_SOON',
  ACTION_ITEM_OVERDUE = 'ACTION_ITEM_OVERDUE',
  ACTION_ITEM_STALE = 'ACTION_ITEM_STALE',
  ACTION_ITEM_STALE_FOR_SECRETARY = 'ACTION_ITEM_STALE_FOR_SECRETARY',
  MEETING_SCHEDULED = 'MEETING_SCHEDULED',
  MEETING_MOVED = 'MEETING_MOVED',
  MEETING_CANCELLED = 'MEETING_CANCELLED',
  MINUTES_AWAITING_APPROVAL = 'MINUTES_AWAITING_APPROVAL',
  MINUTES_APPROVED = 'MINUTES_APPROVED',
  FOLLOW_UP_REQUESTED = 'FOLLOW_UP_REQUESTED',
  FOLLOW_UP_ANSWERED = 'FOLLOW_UP_ANSWERED',
  FOLLOW_UP_DUE_SOON = 'FOLLOW_UP_DUE_SOON',
  FOLLOW_UP_OVERDUE = 'FOLLOW_UP_OVERDUE',
  ANNUAL_REPORT_SUBMITTED = 'ANNUAL_REPORT_SUBMITTED',
  ANNUAL_REPORT_RETURNED = 'ANNUAL_REPORT_RETURNED',
  ANNUAL_REPORT_ACCEPTED = 'ANNUAL_REPORT_ACCEPTED',
}

/** How a person wants a kind of notification by e-mail; in the app every one is listed. */
export enum MailFrequency {
  IMMEDIATELY = 'IMMEDIATELY',
  DAILY_DIGEST = 'DAILY_DIGEST',
  NEVER = 'NEVER',
}

/** The frequency of a kind nobody has chosen for: the secretary's line comes in the digest. */
export const DEFAULT_FREQUENCY: Record<NotificationKind, MailFrequency> = Object.fromEntries(
  Object.values(NotificationKind).map((kind) => [
    kind,
    kind === NotificationKind.ACTION_ITEM_STALE_FOR_SECRETARY
      ? MailFrequency.DAILY_DIGEST
      : MailFrequency.IMMEDIATELY,
  ]),
) as Record<NotificationKind, MailFrequency>;

/** The kinds whose mail carries the meeting's calendar event. */
export const MEETING_KINDS: readonly NotificationKind[] = [
  NotificationKind.MEETING_SCHEDULED,
  NotificationKind.MEETING_MOVED,
  NotificationKind.MEETING_CANCELLED,
];

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description:
    'What happened: an item assigned, due soon, overdue or without an update for 30 days (to its assignee; a week later a line to the secretary); a meeting scheduled, moved or cancelled; minutes waiting for approval or approved; a follow-up asked, answered, due soon or overdue; an annual report submitted, returned or accepted.',
});
registerEnumType(MailFrequency, {
  name: 'MailFrequency',
  description:
    'IMMEDIATELY: one e-mail each; DAILY_DIGEST: one e-mail a day listing them; NEVER: only in the app.',
});
