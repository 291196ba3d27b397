import { ActionItem } from '../action-items/action-item.entity';
import { AnnualReport } from '../annual-reports/annual-report.entity';
import { SystemRole } from '../auth/system-role.enum';
import { FollowUpRequest } from '../follow-ups/follow-up-request.entity';
import { MeetingStatus } from '../meetings/meeting.enums';
import { Meeting, meetingNumber } from '../meetings/meeting.entity';
import { ALL_ROLES, RECORD_KEEPERS } from '../task-forces/task-force.enums';
import { MEETING_KINDS, NotificationKind as K } from './notification.enums';
import { NotificationEvent, Recipients } from './notifier.service';

/**
 * The notifications each kind of record gives rise to: who hears of it and which facts go
 * along. Record text stays in the app: a confidential meeting's title never leaves it.
 */

export const itemPath = (id: string) => `/items/${id}`;
/** Follow-ups and annual reports open on their task force's page. */
export const taskForcePath = (taskForceId: string) => `/task-forces/${taskForceId}`;

export function actionItemEvent(
  kind: K,
  item: ActionItem,
  to: Recipients = { personIds: [item.assigneeId] },
): NotificationEvent {
  return {
    kind,
    taskForceId: item.taskForceId,
    subjectId: item.id,
    title: item.title,
    dueDate: item.dueDate,
    path: itemPath(item.id),
    to,
  };
}

/** Every current member hears of a meeting; the mail carries its calendar event. */
export function meetingEvent(
  kind: K,
  meeting: Meeting,
  to: Recipients = { roles: ALL_ROLES },
): NotificationEvent {
  const title = meeting.confidential ? null : meeting.title;
  const withEvent = MEETING_KINDS.includes(kind);
  return {
    kind,
    taskForceId: meeting.taskForceId,
    subjectId: meeting.id,
    confidential: meeting.confidential,
    title,
    startsAt: meeting.startsAt,
    path: `/meetings/${meeting.id}`,
    to,
    meeting: withEvent
      ? {
          id: meeting.id,
          version: meeting.version,
          title,
          number: meetingNumber(meeting),
          startsAt: meeting.startsAt.toISOString(),
          endsAt: meeting.endsAt.toISOString(),
          location: meeting.location,
          cancelled: meeting.status === MeetingStatus.CANCELLED,
          cancellationReason: meeting.confidential ? null : meeting.cancellationReason,
        }
      : undefined,
  };
}

/** A question goes to those who answer for the task force; an answer to the asking side. */
export function followUpEvent(
  kind: K,
  request: FollowUpRequest,
  confidential: boolean,
): NotificationEvent {
  const answered = kind === K.FOLLOW_UP_ANSWERED;
  return {
    kind,
    taskForceId: request.taskForceId,
    subjectId: request.id,
    confidential,
    dueDate: answered ? null : request.dueDate,
    path: taskForcePath(request.taskForceId),
    to: answered ? { systemRoles: [request.askedByRole] } : { roles: RECORD_KEEPERS },
  };
}

/** A submitted report goes to the Ministry and the Commission; their decision to the task force. */
export function annualReportEvent(kind: K, report: AnnualReport): NotificationEvent {
  const submitted = kind === K.ANNUAL_REPORT_SUBMITTED;
  return {
    kind,
    taskForceId: report.taskForceId,
    subjectId: report.id,
    year: report.year,
    reason: kind === K.ANNUAL_REPORT_RETURNED ? report.returnReason : null,
    path: taskForcePath(report.taskForceId),
    to: submitted
      ? { systemRoles: [SystemRole.MINISTRY, SystemRole.COMMISSION] }
      : { roles: ALL_ROLES },
  };
}
