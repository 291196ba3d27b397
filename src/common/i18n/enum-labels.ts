import type { ActionItemStatus } from '../../action-items/action-item.enums';
import type { AnnualReportStatus } from '../../annual-reports/annual-report.enums';
import type { SystemRole } from '../../auth/system-role.enum';
import type { FollowUpStatus } from '../../follow-ups/follow-up.enums';
import type {
  AttendanceStatus,
  DecisionKind,
  MeetingFormat,
  MeetingStatus,
  MinutesStatus,
} from '../../meetings/meeting.enums';
import type { StatusRating } from '../../oversight/rating-reason';
import type {
  PreventionActivityKind,
  TargetGroup,
} from '../../prevention-activities/prevention-activity.enums';
import type { MembershipRole } from '../../task-forces/task-force.enums';
import type { MailFrequency, NotificationKind } from '../../notifications/notification.enums';
import type { Language } from './language';
import WORDS from './enum-words.json';

type Words<E extends string> = Record<Language, Record<E, string>>;

/**
 * The users' words for the programme's codes, in both languages: the documents print these and
 * the web client shows them (it imports the same JSON), never the codes. Each kind is checked
 * against its enum, so a new value without words fails to compile.
 */
export const ENUM_LABELS = {
  decisionKind: WORDS.decisionKind satisfies Words<DecisionKind>,
  actionItemStatus: WORDS.actionItemStatus satisfies Words<ActionItemStatus>,
  activityKind: WORDS.activityKind satisfies Words<PreventionActivityKind>,
  targetGroup: WORDS.targetGroup satisfies Words<TargetGroup>,
  followUpStatus: WORDS.followUpStatus satisfies Words<FollowUpStatus>,
  reportStatus: WORDS.reportStatus satisfies Words<AnnualReportStatus>,
  meetingStatus: WORDS.meetingStatus satisfies Words<MeetingStatus>,
  minutesStatus: WORDS.minutesStatus satisfies Words<MinutesStatus>,
  attendanceStatus: WORDS.attendanceStatus satisfies Words<AttendanceStatus>,
  meetingFormat: WORDS.meetingFormat satisfies Words<MeetingFormat>,
  statusRating: WORDS.statusRating satisfies Words<StatusRating>,
  membershipRole: WORDS.membershipRole satisfies Words<MembershipRole>,
  systemRole: WORDS.systemRole satisfies Words<SystemRole>,
  notificationKind: WORDS.notificationKind satisfies Words<NotificationKind>,
  mailFrequency: WORDS.mailFrequency satisfies Words<MailFrequency>,
};

export type LabelledEnum = keyof typeof ENUM_LABELS;

/** The word for a code; a code from an older record without words shows as it is. */
export function labelOf(language: Language, kind: LabelledEnum, code: string): string {
  return (ENUM_LABELS[kind][language] as Record<string, string>)[code] ?? code;
}
