import { ActionItem } from '../action-items/action-item.entity';
import { ActionUpdate } from '../action-items/action-update.entity';
import { IndicatorContribution } from '../action-items/indicator-contribution.entity';
import { AnnualReport } from '../annual-reports/annual-report.entity';
import { AnnualReportEvent } from '../annual-reports/annual-report-event.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { Account } from '../auth/account.entity';
import { PasswordToken } from '../auth/password-token.entity';
import { Session } from '../auth/session.entity';
import { MailMessage } from '../mail/mail-message.entity';
import { DailyRun } from '../notifications/daily-run.entity';
import { Notification } from '../notifications/notification.entity';
import { NotificationSettingsRow } from '../notifications/notification-settings.entity';
import { RateLimitCounter } from '../auth/rate-limit-counter.entity';
import { CalendarToken } from '../calendar/calendar-token.entity';
import { FollowUpMessage } from '../follow-ups/follow-up-message.entity';
import { FollowUpRequest } from '../follow-ups/follow-up-request.entity';
import { Institution } from '../institutions/institution.entity';
import { Municipality } from '../municipalities/municipality.entity';
import { NationalPlan } from '../national-plans/national-plan.entity';
import { PlanGoal } from '../national-plans/plan-goal.entity';
import { PlanIndicator } from '../national-plans/plan-indicator.entity';
import { PlanMeasure } from '../national-plans/plan-measure.entity';
import { PlanObjective } from '../national-plans/plan-objective.entity';
import { AgendaItem } from '../meetings/agenda-item.entity';
import { Attendance } from '../meetings/attendance.entity';
import { Decision } from '../meetings/decision.entity';
import { MeetingGuest } from '../meetings/meeting-guest.entity';
import { Meeting } from '../meetings/meeting.entity';
import { Minutes } from '../meetings/minutes.entity';
import { Person } from '../people/person.entity';
import { PreventionActivity } from '../prevention-activities/prevention-activity.entity';
import { FormerReferenceKey } from '../reference-data/former-reference-key.entity';
import { Membership } from '../task-forces/membership.entity';
import { TaskForce } from '../task-forces/task-force.entity';

/** Every entity, listed once for the app, the migration CLI and the scripts. */
export const ENTITIES = [
  Municipality,
  Institution,
  Person,
  Account,
  NationalPlan,
  PlanGoal,
  PlanObjective,
  PlanMeasure,
  PlanIndicator,
  FormerReferenceKey,
  TaskForce,
  Membership,
  Meeting,
  AgendaItem,
  Attendance,
  MeetingGuest,
  Decision,
  Minutes,
  CalendarToken,
  ActionItem,
  ActionUpdate,
  IndicatorContribution,
  PreventionActivity,
  FollowUpRequest,
  FollowUpMessage,
  AnnualReport,
  AnnualReportEvent,
  AuditEvent,
  RateLimitCounter,
  PasswordToken,
  Session,
  MailMessage,
  Notification,
  NotificationSettingsRow,
  DailyRun,
];
