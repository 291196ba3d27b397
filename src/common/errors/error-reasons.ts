/**
 * Why a FAILED_PRECONDITION or CONFLICT was refused, as a stable code in `extensions.reason`
 * that a client words in its own language. Each code with what it means (the README lists
 * them with `npm run error-codes`).
 */
export const REFUSAL_REASONS = {
  STALE_VERSION: 'someone changed the record since you read it; reload and try again',
  MEETING_PLANNED: 'the meeting is only planned',
  MEETING_HELD: 'the meeting is held, so it cannot start after now',
  MEETING_CANCELLED: 'the meeting is cancelled; its record cannot change',
  MEETING_NOT_STARTED: 'the meeting has not started yet',
  MEETING_HAS_DECISIONS: 'decisions were recorded at the meeting, so it took place',
  MINUTES_NONE: 'no minutes are written yet',
  MINUTES_DRAFT: 'the minutes are a draft',
  MINUTES_APPROVED: "the minutes are approved; the meeting's record is final",
  ACTION_ITEM_CLOSED: 'the action item is done or cancelled',
  FOLLOW_UP_OPEN: 'the follow-up request waits for an answer',
  FOLLOW_UP_ANSWERED: 'the follow-up request is answered',
  FOLLOW_UP_CLOSED: 'the follow-up request is closed',
  REPORT_DRAFT: 'the annual report is a draft',
  REPORT_SUBMITTED: 'the annual report is submitted; its figures are frozen',
  REPORT_ACCEPTED: 'the annual report is accepted and final',
  REPORT_RETURNED: 'the annual report was returned; regenerate it first',
  TASK_FORCE_DISSOLVED: 'the task force is dissolved and takes no new records',
  ACTIVITY_WITHDRAWN: 'the prevention activity was withdrawn',
  FIGURE_ALREADY_CORRECTED: 'the figure was corrected already; correct its replacement',
  PLAN_KEPT: 'the plan is closed and kept as it was',
  PLAN_ITEMS_NOT_DELETABLE: "only a draft plan's items can be deleted; close them instead",
  PLAN_ITEM_CLOSED: 'the plan item is closed',
  PLAN_ITEM_LINKED: 'records are linked to the plan item; close it instead of deleting it',
  PLAN_STATUS_ORDER: 'a plan goes DRAFT → ACTIVE → CLOSED',
  PLAN_HAS_NO_MEASURES: 'the plan has no measures yet',
  PLAN_PERIOD_OVERLAPS: 'another plan is active over an overlapping period',
  ACCOUNT_DISABLED: 'the account is disabled',
  NO_ROLE_PENDING: 'no national role waits for confirmation',
  SECOND_ADMIN_REQUIRED: 'another administrator must confirm',
  CALENDAR_ADDRESS_REVOKED: 'the calendar address is revoked already',
  LIST_FULL: 'the record holds as many entries as it may',
} as const;

export type RefusalReason = keyof typeof REFUSAL_REASONS;
