import { SystemRole } from '../auth/system-role.enum';
import {
  ALL_ROLES,
  MembershipRole,
  MINUTES_APPROVERS,
  RECORD_KEEPERS,
  VOTING_ROLES,
} from './task-force.enums';

/** The record a right is checked against: its task force, and what some rights look at. */
export interface RightTarget {
  /** Absent for records outside any task force (audit events). */
  taskForceId?: string;
  /** A confidential meeting, or a record that hangs on one: hidden, not refused. */
  confidential?: boolean;
  /** The assignee of the action item the right is about. */
  assigneeId?: string | null;
  /** Which side asked a follow-up request. */
  askedByRole?: SystemRole;
  /** The role a roster change gives or ends. */
  role?: MembershipRole;
  /** The person a roster change is about. */
  personId?: string;
  /** An audit event about a meeting's record, which may be confidential. */
  meetingRecord?: boolean;
  /** Who reported the indicator figure a correction is about. */
  authorId?: string;
}

/** Who is asking: their system role, person and current role in the target's task force. */
export interface RightHolder {
  systemRole: SystemRole;
  personId: string;
  role?: MembershipRole;
}

export interface RightRule {
  /** Who holds the right, in the users' words; refusals quote it. */
  who: string;
  /** Current roles in the record's task force that hold it. */
  members: readonly MembershipRole[];
  /** National roles that hold it for every task force. */
  national: readonly SystemRole[];
  /** A further condition on the record, for members and national roles alike. */
  when?: (holder: RightHolder, target: RightTarget) => boolean;
}

const OVERSIGHT = [SystemRole.MINISTRY, SystemRole.COMMISSION] as const;
const NATIONAL = [SystemRole.ADMIN, ...OVERSIGHT] as const;
const CHAIRS = [MembershipRole.CHAIR, MembershipRole.DEPUTY_CHAIR];

const notOwnSeat = (holder: RightHolder, target: RightTarget) =>
  target.personId === undefined || target.personId !== holder.personId;

/**
 * Every task-force right, each checked through `TaskForceAccessService.require(viewer, right,
 * target)`. Rights come from memberships current today (Vilnius) and from national roles,
 * never from elsewhere. The authorization matrix test reads this table.
 */
export const TASK_FORCE_RIGHTS = {
  read: {
    who: 'members and observers of this task force, the Commission, the Ministry and administrators',
    members: ALL_ROLES,
    national: NATIONAL,
  },
  readConfidential: {
    who: 'members of this task force (not observers), the Commission and the Ministry',
    members: VOTING_ROLES,
    national: OVERSIGHT,
  },
  keepRecords: {
    who: 'the chair, deputy chair or secretary of this task force',
    members: RECORD_KEEPERS,
    national: [],
  },
  approveMinutes: {
    who: 'the chair or deputy chair of this task force',
    members: MINUTES_APPROVERS,
    national: [],
  },
  keepRoster: {
    who: "administrators, or the chair, deputy chair or secretary of this task force (not for the chair's and deputy chair's seats, nor their own)",
    members: RECORD_KEEPERS,
    national: [SystemRole.ADMIN],
    when: (holder, target) => !CHAIRS.includes(target.role!) && notOwnSeat(holder, target),
  },
  assignChair: {
    who: 'administrators or the chair of this task force (never for their own seat)',
    members: [MembershipRole.CHAIR],
    national: [SystemRole.ADMIN],
    when: notOwnSeat,
  },
  editPerson: {
    who: 'administrators, or the chair, deputy chair or secretary of a task force the person sits on',
    members: RECORD_KEEPERS,
    national: [SystemRole.ADMIN],
  },
  editOwnDetails: {
    who: 'the person themselves',
    members: ALL_ROLES,
    national: [...NATIONAL, SystemRole.NONE],
    when: (holder, target) => target.personId === holder.personId,
  },
  reportOnOwnItem: {
    who: 'the chair, deputy chair or secretary of this task force, or the assignee of the action item',
    members: VOTING_ROLES,
    national: [],
    when: (holder, target) =>
      RECORD_KEEPERS.includes(holder.role!) || target.assigneeId === holder.personId,
  },
  /** A mistyped figure is corrected by whoever reported it, or by those who keep the records. */
  correctFigures: {
    who: 'the chair, deputy chair or secretary of this task force, or the member who reported the figure',
    members: VOTING_ROLES,
    national: [],
    when: (holder, target) =>
      RECORD_KEEPERS.includes(holder.role!) || target.authorId === holder.personId,
  },
  answerFollowUp: {
    who: 'the chair, deputy chair or secretary of this task force',
    members: RECORD_KEEPERS,
    national: [],
  },
  askFollowUp: {
    who: 'the Commission and the Ministry',
    members: [],
    national: OVERSIGHT,
  },
  pursueFollowUp: {
    who: 'the side that asked (the Commission or the Ministry)',
    members: [],
    national: OVERSIGHT,
    when: (holder, target) => holder.systemRole === target.askedByRole,
  },
  submitAnnualReport: {
    who: 'the chair, deputy chair or secretary of this task force',
    members: RECORD_KEEPERS,
    national: [],
  },
  decideAnnualReport: {
    who: 'the Commission and the Ministry',
    members: [],
    national: OVERSIGHT,
  },
  /** Administrators see who changed a meeting's record and when, not what it says. */
  readAuditContents: {
    who: 'the Commission, the Ministry, and administrators for records outside meetings',
    members: [],
    national: NATIONAL,
    when: (holder, target) => holder.systemRole !== SystemRole.ADMIN || !target.meetingRecord,
  },
} as const satisfies Record<string, RightRule>;

export type TaskForceRight = keyof typeof TASK_FORCE_RIGHTS;

/**
 * The rights that hang on the task force alone (no condition on a particular record): what a
 * client asks for to show only the controls the viewer may use.
 */
export const TASK_FORCE_WIDE_RIGHTS = (Object.keys(TASK_FORCE_RIGHTS) as TaskForceRight[]).filter(
  (right) => !(TASK_FORCE_RIGHTS[right] as RightRule).when,
);

/** Whether a holder has a right over a target: the one rule behind every check. */
export function holds(right: TaskForceRight, holder: RightHolder, target: RightTarget): boolean {
  const rule: RightRule = TASK_FORCE_RIGHTS[right];
  const byRole =
    rule.national.includes(holder.systemRole) ||
    (holder.role !== undefined && rule.members.includes(holder.role));
  return byRole && (rule.when?.(holder, target) ?? true);
}
