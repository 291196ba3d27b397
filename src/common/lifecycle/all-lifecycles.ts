import { ACTION_ITEM_LIFECYCLE } from '../../action-items/action-item-lifecycle';
import { ANNUAL_REPORT_LIFECYCLE } from '../../annual-reports/annual-report-lifecycle';
import { FOLLOW_UP_LIFECYCLE } from '../../follow-ups/follow-up-lifecycle';
import { MEETING_LIFECYCLE, MINUTES_LIFECYCLE } from '../../meetings/meeting-lifecycle';

/** Every record's lifecycle, in the order the README prints them. */
export const ALL_LIFECYCLES = [
  MEETING_LIFECYCLE,
  MINUTES_LIFECYCLE,
  ACTION_ITEM_LIFECYCLE,
  FOLLOW_UP_LIFECYCLE,
  ANNUAL_REPORT_LIFECYCLE,
];
