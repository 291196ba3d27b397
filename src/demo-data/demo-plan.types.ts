import type { ActionItem } from '../action-items/action-item.entity';
import type { ActionUpdate } from '../action-items/action-update.entity';
import type { AnnualReport } from '../annual-reports/annual-report.entity';
import type { AnnualReportEvent } from '../annual-reports/annual-report-event.entity';
import type { FollowUpMessage } from '../follow-ups/follow-up-message.entity';
import type { FollowUpRequest } from '../follow-ups/follow-up-request.entity';
import type { IndicatorContribution } from '../action-items/indicator-contribution.entity';
import type { Institution } from '../institutions/institution.entity';
import type { InstitutionType } from '../institutions/institution-type.enum';
import type { AgendaItem } from '../meetings/agenda-item.entity';
import type { Attendance } from '../meetings/attendance.entity';
import type { Decision } from '../meetings/decision.entity';
import type { MeetingGuest } from '../meetings/meeting-guest.entity';
import type { Meeting } from '../meetings/meeting.entity';
import type { Minutes } from '../meetings/minutes.entity';
import type { Municipality } from '../municipalities/municipality.entity';
import type { PlanIndicator } from '../national-plans/plan-indicator.entity';
import type { PlanMeasure } from '../national-plans/plan-measure.entity';
import type { Person } from '../people/person.entity';
import type { PreventionActivity } from '../prevention-activities/prevention-activity.entity';
import type { Membership } from '../task-forces/membership.entity';
import type { TaskForce } from '../task-forces/task-force.entity';

/** What the demo data is built from: the clock and the reference data already stored. */
export interface DemoInput {
  now: Date;
  municipalities: Pick<Municipality, 'id' | 'code' | 'name' | 'nameEn'>[];
  institutions: Pick<Institution, 'id' | 'name' | 'type' | 'municipalityId'>[];
  /** Measures of the active national plan, which meeting records link to. */
  measures: Pick<PlanMeasure, 'id' | 'code'>[];
  /** Indicators of those measures, which the demo progress reports contribute to. */
  indicators: Pick<PlanIndicator, 'id' | 'measureId' | 'name' | 'unit' | 'targetValue'>[];
  /**
   * The people behind the national demo accounts, who ask follow-up questions and decide on
   * annual reports; null when that account is missing (its side then asks and decides nothing).
   */
  overseers: Overseers;
}

export interface Overseers {
  commission: string | null;
  ministry: string | null;
}

/** A row as inserted: the database fills in timestamps and the version. */
export type Row<T> = Omit<T, 'createdAt' | 'updatedAt' | 'version'>;

/** A row whose history matters (work done over the year): it carries its own timestamps. */
export type DatedRow<T> = Omit<T, 'version'>;

export interface DemoData {
  people: Row<Person>[];
  /** Logins for the task-force demo accounts; the password hash is added when writing. */
  accounts: { email: string; personId: string }[];
  taskForces: Row<TaskForce>[];
  memberships: Row<Membership>[];
  meetings: Row<Meeting>[];
  agendaItems: Row<AgendaItem>[];
  agendaItemMeasures: { agenda_item_id: string; measure_id: string }[];
  attendance: Row<Attendance>[];
  guests: Row<MeetingGuest>[];
  decisions: Row<Decision>[];
  decisionMeasures: { decision_id: string; measure_id: string }[];
  minutes: Row<Minutes>[];
  actionItems: DatedRow<ActionItem>[];
  actionItemMeasures: { action_item_id: string; measure_id: string }[];
  actionUpdates: DatedRow<ActionUpdate>[];
  contributions: DatedRow<IndicatorContribution>[];
  activities: DatedRow<PreventionActivity>[];
  activityPartners: { activity_id: string; institution_id: string }[];
  activityMeasures: { activity_id: string; measure_id: string }[];
  followUps: DatedRow<FollowUpRequest>[];
  followUpMessages: DatedRow<FollowUpMessage>[];
  /** Last year's reports; the seeder takes their figures from the rows once they are written. */
  annualReports: Omit<DatedRow<AnnualReport>, 'figures'>[];
  /** Their submissions and decisions; a submission gets its report's figures when written. */
  annualReportEvents: Omit<DatedRow<AnnualReportEvent>, 'figures'>[];
}

/** A seat on a task force as the meeting generator needs it. */
export interface RosterEntry {
  personId: string;
  fullName: string;
  institutionId: string | null;
  institutionName: string | null;
  institutionType: InstitutionType;
  membership: Row<Membership>;
  /** Demo-account holders attend every meeting, so their view of the records is full. */
  alwaysAttends: boolean;
}

export interface Roster {
  taskForce: Row<TaskForce>;
  /** Short place name for locations and guests, e.g. "Vilniaus miesto". */
  place: string;
  entries: RosterEntry[];
  chairId: string;
}
