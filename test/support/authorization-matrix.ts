/**
 * Who may call every query and mutation of `schema.gql`: one row per operation (a few
 * operations have a second row for a different target), one column per kind of caller.
 *
 * Each cell is `allowed` or the code of the refusal: `UNAUTHENTICATED` (no login, or a disabled
 * account), `FORBIDDEN`, or `NOT_FOUND` where the API hides that a record exists. The outcomes
 * come from each resolver's `@Allow(...)` (the global `AccessGuard`), the rights table of
 * `src/task-forces/task-force-rights.ts` (checked by `TaskForceAccessService.require`), the
 * calendar token owner check and DESIGN.md's roles table. `ROW_RIGHTS` ties rows to rights.
 * `test/authorization-matrix.e2e-spec.ts` runs every cell over HTTP and fails when an operation
 * of the schema, or a right of the table, is missing here.
 */
import { SystemRole } from '../../src/auth/system-role.enum';
import { MembershipRole } from '../../src/task-forces/task-force.enums';
import { TaskForceRight } from '../../src/task-forces/task-force-rights';

/** The kinds of caller, in column order. */
export const CALLERS = [
  /** No token. */
  'anonymous',
  /** A deputy chair of the task force whose account an administrator disabled after login. */
  'disabled',
  'admin',
  'ministry',
  'commission',
  /** Chair, deputy chair, secretary, member and observer of the task force under test. */
  'chair',
  'deputy',
  'secretary',
  'member',
  'observer',
  /** The secretary of another task force. */
  'outsider',
] as const;

export type Caller = (typeof CALLERS)[number];

export type Outcome = 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

const A: Outcome = 'allowed';
const U: Outcome = 'UNAUTHENTICATED';
const F: Outcome = 'FORBIDDEN';
const N: Outcome = 'NOT_FOUND';

/** One outcome per caller, in the order of `CALLERS`. */
type Row = readonly [
  Outcome,
  Outcome,
  Outcome,
  Outcome,
  Outcome,
  Outcome,
  Outcome,
  Outcome,
  Outcome,
  Outcome,
  Outcome,
];

/*
 * Rows are keyed by the operation's name, or by "name (target)" when it has more than one row.
 * Columns: anonymous, disabled, admin, ministry, commission, chair, deputy, secretary, member,
 * observer, outsider.
 */

export const QUERY_MATRIX = {
  //                               an di ad mi co ch de se me ob ou
  accounts: /*                 */ [U, U, A, F, F, F, F, F, F, F, F],
  /** An item of the task force, assigned to the member. */
  actionItem: /*               */ [U, U, A, A, A, A, A, A, A, A, F],
  actionItems: /*              */ [U, U, A, A, A, A, A, A, A, A, A],
  /** A report of the task force. */
  annualReport: /*             */ [U, U, A, A, A, A, A, A, A, A, F],
  /** Everyone signed in lists the reports they may read (an outsider: its own task force's). */
  annualReports: /*            */ [U, U, A, A, A, A, A, A, A, A, A],
  auditChainVerification: /*   */ [U, U, A, A, A, F, F, F, F, F, F],
  auditEvents: /*              */ [U, U, A, A, A, F, F, F, F, F, F],
  /** FORBIDDEN here means the event's contents are withheld (null). */
  'auditEvents (contents of a meeting record)': [U, U, F, A, A, F, F, F, F, F, F],
  followUpRequests: /*         */ [U, U, A, A, A, A, A, A, A, A, A],
  /** Public reference data; a disabled account's token is refused even here. */
  institutions: /*             */ [A, U, A, A, A, A, A, A, A, A, A],
  me: /*                       */ [U, U, A, A, A, A, A, A, A, A, A],
  /** A non-confidential meeting of the task force. */
  meeting: /*                  */ [U, U, A, A, A, A, A, A, A, A, F],
  /** Hidden (NOT_FOUND) from observers, administrators who are not members, and outsiders. */
  'meeting (confidential)': /* */ [U, U, N, A, A, A, A, A, A, N, N],
  meetings: /*                 */ [U, U, A, A, A, A, A, A, A, A, A],
  municipalities: /*           */ [A, U, A, A, A, A, A, A, A, A, A],
  myActionItems: /*            */ [U, U, A, A, A, A, A, A, A, A, A],
  myCalendarTokens: /*         */ [U, U, A, A, A, A, A, A, A, A, A],
  /** Each caller's own notifications and settings. */
  myNotifications: /*          */ [U, U, A, A, A, A, A, A, A, A, A],
  nationalPlan: /*             */ [A, U, A, A, A, A, A, A, A, A, A],
  nationalPlans: /*            */ [A, U, A, A, A, A, A, A, A, A, A],
  notificationSettings: /*     */ [U, U, A, A, A, A, A, A, A, A, A],
  planProgress: /*             */ [U, U, A, A, A, F, F, F, F, F, F],
  preventionActivities: /*     */ [U, U, A, A, A, A, A, A, A, A, A],
  statusOverview: /*           */ [U, U, A, A, A, A, A, A, A, A, A],
  taskForce: /*                */ [U, U, A, A, A, A, A, A, A, A, F],
  taskForces: /*               */ [U, U, A, A, A, A, A, A, A, A, A],
} as const satisfies Record<string, Row>;

export const MUTATION_MATRIX = {
  //                                                     an di ad mi co ch de se me ob ou
  /** A submitted report of the task force. */
  acceptAnnualReport: /*                             */ [U, U, F, A, A, F, F, F, F, F, F],
  addAgendaItem: /*                                  */ [U, U, F, F, F, A, A, A, F, F, F],
  addMember: /*                                      */ [U, U, A, F, F, A, A, A, F, F, F],
  /** The chair's seats: only the chair or an administrator fills them. */
  'addMember (a deputy chair)': /*                   */ [U, U, A, F, F, A, F, F, F, F, F],
  answerFollowUpRequest: /*                          */ [U, U, F, F, F, A, A, A, F, F, F],
  approveMinutes: /*                                 */ [U, U, F, F, F, A, A, F, F, F, F],
  /** Only the side that asked (here the Commission) asks again. */
  askFollowUpAgain: /*                               */ [U, U, F, F, A, F, F, F, F, F, F],
  'askFollowUpAgain (asked by the Ministry)': /*     */ [U, U, F, A, F, F, F, F, F, F, F],
  cancelMeeting: /*                                  */ [U, U, F, F, F, A, A, A, F, F, F],
  /** Each caller changes its own password (and carries on with the fresh token it gets). */
  changePassword: /*                                 */ [U, U, A, A, A, A, A, A, A, A, A],
  changeAccountEmail: /*                             */ [U, U, A, F, F, F, F, F, F, F, F],
  /** A member becomes an observer. */
  changeMembershipRole: /*                           */ [U, U, A, F, F, A, A, A, F, F, F],
  /** Only the side that asked (here the Commission) closes it. */
  closeFollowUpRequest: /*                           */ [U, U, F, F, A, F, F, F, F, F, F],
  'closeFollowUpRequest (asked by the Ministry)': /* */ [U, U, F, A, F, F, F, F, F, F, F],
  /** A figure the member reported on an item of theirs. */
  correctContribution: /*                            */ [U, U, F, F, F, A, A, A, A, F, F],
  "correctContribution (the secretary's figure)": /* */ [U, U, F, F, F, A, A, A, F, F, F],
  createAccount: /*                                  */ [U, U, A, F, F, F, F, F, F, F, F],
  createActionItem: /*                               */ [U, U, F, F, F, A, A, A, F, F, F],
  createCalendarToken: /*                            */ [U, U, A, A, A, A, A, A, A, A, A],
  createFollowUpRequest: /*                          */ [U, U, F, A, A, F, F, F, F, F, F],
  createTaskForce: /*                                */ [U, U, A, F, F, F, F, F, F, F, F],
  dissolveTaskForce: /*                              */ [U, U, A, F, F, F, F, F, F, F, F],
  /** Confirms a role another administrator asked for. */
  confirmSystemRole: /*                              */ [U, U, A, F, F, F, F, F, F, F, F],
  endMembership: /*                                  */ [U, U, A, F, F, A, A, A, F, F, F],
  generateAnnualReport: /*                           */ [U, U, F, F, F, A, A, A, F, F, F],
  grantSystemRole: /*                                */ [U, U, A, F, F, F, F, F, F, F, F],
  issuePasswordReset: /*                             */ [U, U, A, F, F, F, F, F, F, F, F],
  /** Each caller logs in with its own credentials (anonymous: someone's). */
  login: /*                                          */ [A, U, A, A, A, A, A, A, A, A, A],
  /** Each caller ends its own session (and carries on with a new login). */
  logout: /*                                         */ [U, U, A, A, A, A, A, A, A, A, A],
  /** Anyone holding a refresh token (a token sent along is ignored, as for login). */
  renewSession: /*                                   */ [A, A, A, A, A, A, A, A, A, A, A],
  /** Each caller chooses its own language. */
  setPreferredLanguage: /*                           */ [U, U, A, A, A, A, A, A, A, A, A],
  /** Anyone holding a mailed link (a token sent along is ignored, as for login). */
  setPasswordWithToken: /*                           */ [A, A, A, A, A, A, A, A, A, A, A],
  markMeetingHeld: /*                                */ [U, U, F, F, F, A, A, A, F, F, F],
  /** Each caller marks its own notifications. */
  markNotificationsRead: /*                          */ [U, U, A, A, A, A, A, A, A, A, A],
  /** On an item assigned to the member. */
  postActionUpdate: /*                               */ [U, U, F, F, F, A, A, A, A, F, F],
  "postActionUpdate (another member's item)": /*     */ [U, U, F, F, F, A, A, A, F, F, F],
  recordAttendance: /*                               */ [U, U, F, F, F, A, A, A, F, F, F],
  recordDecision: /*                                 */ [U, U, F, F, F, A, A, A, F, F, F],
  /** With no origin action item. */
  recordPreventionActivity: /*                       */ [U, U, F, F, F, A, A, A, F, F, F],
  "recordPreventionActivity (member's own item)": /* */ [U, U, F, F, F, A, A, A, A, F, F],
  removeAgendaItem: /*                               */ [U, U, F, F, F, A, A, A, F, F, F],
  reorderAgenda: /*                                  */ [U, U, F, F, F, A, A, A, F, F, F],
  returnAnnualReport: /*                             */ [U, U, F, A, A, F, F, F, F, F, F],
  revokeCalendarFeeds: /*                            */ [U, U, A, F, F, F, F, F, F, F, F],
  /** The caller's own token. */
  revokeCalendarToken: /*                            */ [U, U, A, A, A, A, A, A, A, A, A],
  /** Someone else's token is not there for anyone but its owner, the member. */
  "revokeCalendarToken (the member's token)": /*     */ [U, U, N, N, N, N, N, N, A, N, N],
  saveAnnualReportNarrative: /*                      */ [U, U, F, F, F, A, A, A, F, F, F],
  saveMinutes: /*                                    */ [U, U, F, F, F, A, A, A, F, F, F],
  scheduleMeeting: /*                                */ [U, U, F, F, F, A, A, A, F, F, F],
  setAccountActive: /*                               */ [U, U, A, F, F, F, F, F, F, F, F],
  /** Issue 6 names the chair or the secretary (DESIGN.md only the chair and deputy). */
  submitAnnualReport: /*                             */ [U, U, F, F, F, A, A, A, F, F, F],
  /** A status change on an item assigned to the member. */
  updateActionItem: /*                               */ [U, U, F, F, F, A, A, A, A, F, F],
  "updateActionItem (another member's item)": /*     */ [U, U, F, F, F, A, A, A, F, F, F],
  updateAgendaItem: /*                               */ [U, U, F, F, F, A, A, A, F, F, F],
  updateDecision: /*                                 */ [U, U, F, F, F, A, A, A, F, F, F],
  /** Each caller changes its own settings. */
  updateNotificationSettings: /*                     */ [U, U, A, A, A, A, A, A, A, A, A],
  updateMeeting: /*                                  */ [U, U, F, F, F, A, A, A, F, F, F],
  updateTaskForce: /*                                */ [U, U, A, F, F, F, F, F, F, F, F],
  /** A person seated on the task force, without a login. */
  updatePerson: /*                                   */ [U, U, A, F, F, A, A, A, F, F, F],
  /** Each caller's own person. */
  'updatePerson (own details)': /*                   */ [U, U, A, A, A, A, A, A, A, A, A],
  /** An activity recorded with no origin action item. */
  updatePreventionActivity: /*                       */ [U, U, F, F, F, A, A, A, F, F, F],
  "updatePreventionActivity (member's own item)": /* */ [U, U, F, F, F, A, A, A, A, F, F],
  withdrawPreventionActivity: /*                     */ [U, U, F, F, F, A, A, A, F, F, F],
  "withdrawPreventionActivity (member's own item)": [U, U, F, F, F, A, A, A, A, F, F],
  /** Reference data: administrators keep institutions and municipalities. */
  createInstitution: /*                              */ [U, U, A, F, F, F, F, F, F, F, F],
  updateInstitution: /*                              */ [U, U, A, F, F, F, F, F, F, F, F],
  createMunicipality: /*                             */ [U, U, A, F, F, F, F, F, F, F, F],
  updateMunicipality: /*                             */ [U, U, A, F, F, F, F, F, F, F, F],
  /** National plans: the Ministry maintains them (DESIGN.md), administrators do not. */
  createNationalPlan: /*                             */ [U, U, F, A, F, F, F, F, F, F, F],
  updateNationalPlan: /*                             */ [U, U, F, A, F, F, F, F, F, F, F],
  /** A draft plan becomes ACTIVE. */
  changeNationalPlanStatus: /*                       */ [U, U, F, A, F, F, F, F, F, F, F],
  addPlanGoal: /*                                    */ [U, U, F, A, F, F, F, F, F, F, F],
  updatePlanGoal: /*                                 */ [U, U, F, A, F, F, F, F, F, F, F],
  addPlanObjective: /*                               */ [U, U, F, A, F, F, F, F, F, F, F],
  updatePlanObjective: /*                            */ [U, U, F, A, F, F, F, F, F, F, F],
  addPlanMeasure: /*                                 */ [U, U, F, A, F, F, F, F, F, F, F],
  updatePlanMeasure: /*                              */ [U, U, F, A, F, F, F, F, F, F, F],
  addPlanIndicator: /*                               */ [U, U, F, A, F, F, F, F, F, F, F],
  updatePlanIndicator: /*                            */ [U, U, F, A, F, F, F, F, F, F, F],
  /** A measure of a draft plan. */
  closePlanItem: /*                                  */ [U, U, F, A, F, F, F, F, F, F, F],
  deletePlanItem: /*                                 */ [U, U, F, A, F, F, F, F, F, F, F],
} as const satisfies Record<string, Row>;

export type QueryKey = keyof typeof QUERY_MATRIX;
export type MutationKey = keyof typeof MUTATION_MATRIX;
export type MatrixKey = QueryKey | MutationKey;

/**
 * Cells where the code (and so the table) departs from DESIGN.md on purpose, with the reason,
 * so the difference is not silent.
 */
export const DISPUTED: Partial<Record<MatrixKey, Partial<Record<Caller, string>>>> = {
  submitAnnualReport: {
    secretary:
      'DESIGN.md has the chair/deputy submit; the oversight issue, which stands over DESIGN.md, says "submitAnnualReport (chair or secretary)". The deputy, who does everything the secretary does, may too.',
  },
};

/** Which right of `src/task-forces/task-force-rights.ts` a row exercises, and on what. */
export interface RowRight {
  right: TaskForceRight;
  /** The record: confidential, assigned to a caller, asked by a side, a seat's role. */
  target?: {
    confidential?: boolean;
    meetingRecord?: boolean;
    assignedTo?: Caller;
    askedByRole?: SystemRole;
    role?: MembershipRole;
    /** The caller's own person. */
    ownPerson?: boolean;
    reportedBy?: Caller;
  };
}

const KEEP: RowRight = { right: 'keepRecords' };
const MEMBER_SEAT: RowRight = { right: 'keepRoster', target: { role: MembershipRole.MEMBER } };

/**
 * The rows that exercise a task-force right. The matrix test checks that every right of the
 * table has a row here, and that each row allows exactly the callers the table grants.
 */
export const ROW_RIGHTS: Partial<Record<MatrixKey, RowRight>> = {
  actionItem: { right: 'read' },
  annualReport: { right: 'read' },
  meeting: { right: 'read' },
  'meeting (confidential)': { right: 'readConfidential', target: { confidential: true } },
  taskForce: { right: 'read' },
  'auditEvents (contents of a meeting record)': {
    right: 'readAuditContents',
    target: { meetingRecord: true },
  },
  acceptAnnualReport: { right: 'decideAnnualReport' },
  returnAnnualReport: { right: 'decideAnnualReport' },
  addAgendaItem: KEEP,
  cancelMeeting: KEEP,
  createActionItem: KEEP,
  generateAnnualReport: KEEP,
  markMeetingHeld: KEEP,
  recordAttendance: KEEP,
  recordDecision: KEEP,
  removeAgendaItem: KEEP,
  reorderAgenda: KEEP,
  saveAnnualReportNarrative: KEEP,
  saveMinutes: KEEP,
  scheduleMeeting: KEEP,
  updateAgendaItem: KEEP,
  updateDecision: KEEP,
  updateMeeting: KEEP,
  approveMinutes: { right: 'approveMinutes' },
  addMember: MEMBER_SEAT,
  endMembership: MEMBER_SEAT,
  changeMembershipRole: MEMBER_SEAT,
  'addMember (a deputy chair)': {
    right: 'assignChair',
    target: { role: MembershipRole.DEPUTY_CHAIR },
  },
  answerFollowUpRequest: { right: 'answerFollowUp' },
  createFollowUpRequest: { right: 'askFollowUp' },
  askFollowUpAgain: { right: 'pursueFollowUp', target: { askedByRole: SystemRole.COMMISSION } },
  'askFollowUpAgain (asked by the Ministry)': {
    right: 'pursueFollowUp',
    target: { askedByRole: SystemRole.MINISTRY },
  },
  closeFollowUpRequest: {
    right: 'pursueFollowUp',
    target: { askedByRole: SystemRole.COMMISSION },
  },
  'closeFollowUpRequest (asked by the Ministry)': {
    right: 'pursueFollowUp',
    target: { askedByRole: SystemRole.MINISTRY },
  },
  postActionUpdate: { right: 'reportOnOwnItem', target: { assignedTo: 'member' } },
  "postActionUpdate (another member's item)": { right: 'reportOnOwnItem' },
  updateActionItem: { right: 'reportOnOwnItem', target: { assignedTo: 'member' } },
  "updateActionItem (another member's item)": { right: 'reportOnOwnItem' },
  recordPreventionActivity: { right: 'reportOnOwnItem' },
  "recordPreventionActivity (member's own item)": {
    right: 'reportOnOwnItem',
    target: { assignedTo: 'member' },
  },
  submitAnnualReport: { right: 'submitAnnualReport' },
  updatePerson: { right: 'editPerson' },
  'updatePerson (own details)': { right: 'editOwnDetails', target: { ownPerson: true } },
  correctContribution: { right: 'correctFigures', target: { reportedBy: 'member' } },
  updatePreventionActivity: { right: 'reportOnOwnItem' },
  "updatePreventionActivity (member's own item)": {
    right: 'reportOnOwnItem',
    target: { assignedTo: 'member' },
  },
  withdrawPreventionActivity: { right: 'reportOnOwnItem' },
  "withdrawPreventionActivity (member's own item)": {
    right: 'reportOnOwnItem',
    target: { assignedTo: 'member' },
  },
  "correctContribution (the secretary's figure)": { right: 'correctFigures' },
};

/** The national role and the role in the task force under test of each signed-in caller. */
export const CALLER_ROLES: Partial<
  Record<Caller, { systemRole: SystemRole; role?: MembershipRole }>
> = {
  admin: { systemRole: SystemRole.ADMIN },
  ministry: { systemRole: SystemRole.MINISTRY },
  commission: { systemRole: SystemRole.COMMISSION },
  chair: { systemRole: SystemRole.NONE, role: MembershipRole.CHAIR },
  deputy: { systemRole: SystemRole.NONE, role: MembershipRole.DEPUTY_CHAIR },
  secretary: { systemRole: SystemRole.NONE, role: MembershipRole.SECRETARY },
  member: { systemRole: SystemRole.NONE, role: MembershipRole.MEMBER },
  observer: { systemRole: SystemRole.NONE, role: MembershipRole.OBSERVER },
  outsider: { systemRole: SystemRole.NONE },
};

/** The operation a row is about: its key without the "(target)" part. */
export const operationOf = (key: string) => key.replace(/ \(.*\)$/, '');

/** The expected outcome of every caller for one row. */
export function expectedRow(key: MatrixKey): Record<Caller, Outcome> {
  const cells: Row =
    key in QUERY_MATRIX ? QUERY_MATRIX[key as QueryKey] : MUTATION_MATRIX[key as MutationKey];
  return Object.fromEntries(CALLERS.map((caller, i) => [caller, cells[i]])) as Record<
    Caller,
    Outcome
  >;
}
