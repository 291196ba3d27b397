import { failedPrecondition } from '../errors/domain-error';
import { MAX_PAGE_SIZE } from '../pagination/connection.type';

/**
 * The one table of how long each list in the schema can be: the query cost multiplies by these
 * (see query-cost.ts), and a list without a row here stops the server at start.
 *
 * - `page`: the field's own `first` argument (default 20, at most MAX_PAGE_SIZE), applied in SQL;
 *   every `XConnection.edges` is likewise bounded by its connection's `first`.
 * - `max`: a stated bound, in the field's description too. Lists that grow with use are cut at
 *   it when read (list-caps.ts); the rest are bounded where they are written (`why`).
 * - `perPlan`: the plan tree's levels multiply less than their own bounds suggest: within one
 *   plan (or one plan's progress) there are at most this many of them in all.
 */
export type ListBound =
  { page: true } | { max: number; why: string; perPlan?: number; cutWhenRead?: boolean };

/** Linked plan measures on one record (MeasureIds on every input that sets them). */
export const MAX_LINKED_MEASURES = 10;
/** Partner institutions of one prevention activity. */
export const MAX_PARTNERS = 50;
/** Indicator figures reported with one action update. */
export const MAX_CONTRIBUTIONS = 50;
/** Guests of one meeting (`recordAttendance` replaces the whole list). */
export const MAX_GUESTS = 100;
/** Agenda items of one meeting (`reorderAgenda` names them all). */
export const MAX_AGENDA_ITEMS = 50;
/** Decisions taken at one meeting. */
export const MAX_DECISIONS = 50;

/**
 * How large one plan's tree may grow. The Ministry's add operations refuse more, and
 * test/query-cost checks the seeded plans against these too.
 */
export const PLAN_TREE_MAX = {
  goals: 10,
  objectivesPerGoal: 10,
  objectivesPerPlan: 30,
  measuresPerObjective: 20,
  measuresPerPlan: 40,
  indicatorsPerMeasure: 5,
  institutionsPerMeasure: 5,
} as const;
const PLAN = PLAN_TREE_MAX;
const INDICATORS_PER_MEASURE = PLAN.indicatorsPerMeasure;
const GOALS = 'addPlanGoal refuses more';
const OBJECTIVES = 'addPlanObjective refuses more (per goal and per plan)';
const MEASURES = 'addPlanMeasure refuses more (per objective and per plan)';
const INDICATORS = 'addPlanIndicator refuses more';
const RESPONSIBLE = 'responsibleInstitutionIds of addPlanMeasure and updatePlanMeasure';
const linked = { max: MAX_LINKED_MEASURES, why: 'MeasureIds on the inputs' };
const cut = (max: number, why: string): ListBound => ({ max, why, cutWhenRead: true });

export const LIST_BOUNDS: Record<string, ListBound> = {
  'PlanMeasure.actionItems': { page: true },
  'PlanMeasure.decisions': { page: true },
  'PlanMeasure.preventionActivities': { page: true },

  'ActionItem.measures': linked,
  'AgendaItem.measures': linked,
  'Decision.measures': linked,
  'PreventionActivity.measures': linked,
  'PreventionActivity.partners': { max: MAX_PARTNERS, why: 'partnerInstitutionIds' },
  'ActionUpdate.contributions': { max: MAX_CONTRIBUTIONS, why: 'contributions of an update' },
  'ActionItem.indicatorTotals': {
    max: MAX_LINKED_MEASURES * INDICATORS_PER_MEASURE,
    why: "one per indicator of the item's measures",
  },
  'Meeting.guests': { max: MAX_GUESTS, why: 'guests of recordAttendance' },

  'NationalPlan.goals': { max: PLAN.goals, why: GOALS },
  'PlanGoal.objectives': {
    max: PLAN.objectivesPerGoal,
    perPlan: PLAN.objectivesPerPlan,
    why: OBJECTIVES,
  },
  'PlanObjective.measures': {
    max: PLAN.measuresPerObjective,
    perPlan: PLAN.measuresPerPlan,
    why: MEASURES,
  },
  'PlanMeasure.indicators': { max: INDICATORS_PER_MEASURE, why: INDICATORS },
  'PlanMeasure.indicatorTotals': { max: INDICATORS_PER_MEASURE, why: 'one per indicator' },
  'PlanMeasure.responsibleInstitutions': { max: PLAN.institutionsPerMeasure, why: RESPONSIBLE },
  'PlanProgress.goals': { max: PLAN.goals, why: GOALS },
  'GoalProgress.objectives': {
    max: PLAN.objectivesPerGoal,
    perPlan: PLAN.objectivesPerPlan,
    why: OBJECTIVES,
  },
  'ObjectiveProgress.measures': {
    max: PLAN.measuresPerObjective,
    perPlan: PLAN.measuresPerPlan,
    why: MEASURES,
  },
  'MeasureProgress.indicators': { max: INDICATORS_PER_MEASURE, why: INDICATORS },

  'ActionItem.updates': cut(200, 'progress reports of one item'),
  'FollowUpRequest.messages': cut(100, 'questions and answers of one request'),
  'AnnualReport.history': cut(100, 'submissions, returns and the acceptance of one report'),
  'Meeting.agenda': { max: MAX_AGENDA_ITEMS, why: 'addAgendaItem refuses more' },
  'Meeting.decisions': { max: MAX_DECISIONS, why: 'recordDecision refuses more' },
  'Meeting.attendance': cut(100, 'one per member of the roster'),
  'Meeting.viewerOperations': cut(20, 'one per operation of the meeting lifecycle'),
  'Decision.amendedBy': cut(20, 'later amendments of one decision'),
  'TaskForce.members': cut(100, 'members on one date'),
  'TaskForce.memberships': cut(300, 'the roster history'),
  'TaskForce.pastMembers': cut(300, 'the roster history'),
  'TaskForce.viewerRights': cut(30, 'one per right of the rights table'),
  'Person.memberships': cut(50, "one person's memberships"),
  'Query.myCalendarTokens': cut(50, "one person's calendar feeds"),
  'NotificationSettings.kinds': cut(30, 'one per kind of notification'),
  'Mutation.revokeCalendarFeeds': cut(50, "one person's calendar feeds (all are revoked)"),
  'StatusOverview.rows': cut(200, 'one per task force'),
  'StatusOverviewRow.reasons': cut(20, 'one per rating rule'),
  'StatusOverviewRow.ratingReasons': cut(20, 'one per rating rule'),

  'AnnualReportFigures.actionItemsByMeasure': cut(1000, 'one per measure of the plans'),
  'AnnualReportFigures.indicators': cut(1000, 'one per indicator of the plans'),
  'AnnualReportFigures.actionItemsByStatus': cut(20, 'one per status'),
  'AnnualReportFigures.activitiesByKind': cut(20, 'one per kind'),
  'AnnualReportFigures.activitiesByTargetGroup': cut(20, 'one per target group'),
  'AnnualReportFigures.decisionsByKind': cut(20, 'one per kind'),
  'AnnualReportFigures.followUpRequests': cut(20, 'one per status'),
};

/** Page size of a `first` argument nobody gave, and the most a client may ask for. */
export const PAGE_BOUND = { default: 20, max: MAX_PAGE_SIZE } as const;

/**
 * The most a query may cost: each field selected counts once for every row it can appear on
 * (the product of the bounds of the lists around it). An ordinary screen costs a few thousand;
 * 200,000 values keep one answer to about 50 MB of heap at worst, within `npm start`'s 160 MB.
 */
export const MAX_QUERY_COST = 200_000;

/** Refuses adding one more to a list that is at its bound (for the lists bounded when written). */
export function requireRoom(count: number, max: number, full: string): void {
  if (count >= max) throw failedPrecondition('LIST_FULL', full);
}
