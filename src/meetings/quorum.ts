import { isValidOn } from '../task-forces/membership-validity';
import { MembershipRole, QuorumRule, VOTING_ROLES } from '../task-forces/task-force.enums';
import { ATTENDED, AttendanceStatus } from './meeting.enums';

export interface QuorumFigures {
  /** Members who may vote on the meeting date (everyone but observers). */
  votingMembers: number;
  /** Voting members present in the room or remotely. */
  attending: number;
  /** How many attending voting members make a quorum. */
  required: number;
  reached: boolean;
}

/** How many voting members must attend under a rule; never fewer than one. */
export function requiredForQuorum(rule: QuorumRule, votingMembers: number): number {
  switch (rule) {
    case QuorumRule.AT_LEAST_HALF:
      return Math.max(1, Math.ceil(votingMembers / 2));
    case QuorumRule.AT_LEAST_TWO_THIRDS:
      return Math.max(1, Math.ceil((votingMembers * 2) / 3));
    case QuorumRule.MORE_THAN_HALF:
    default:
      return Math.floor(votingMembers / 2) + 1;
  }
}

export function computeQuorum(
  rule: QuorumRule,
  votingMembers: number,
  attending: number,
): QuorumFigures {
  const required = requiredForQuorum(rule, votingMembers);
  return { votingMembers, attending, required, reached: attending >= required };
}

interface MembershipOnDate {
  personId: string;
  role: MembershipRole;
  validFrom: string;
  validTo: string | null;
}

/**
 * Quorum of a meeting from its records: voting members are those whose membership covers the
 * meeting date and who are not observers; only their attendance counts.
 */
export function quorumFromRecords(
  rule: QuorumRule,
  meetingDate: string,
  memberships: MembershipOnDate[],
  attendance: { personId: string; status: AttendanceStatus }[],
): QuorumFigures {
  const voting = new Set(
    memberships
      .filter((m) => isValidOn(m, meetingDate) && VOTING_ROLES.includes(m.role))
      .map((m) => m.personId),
  );
  const attending = attendance.filter(
    (a) => voting.has(a.personId) && ATTENDED.includes(a.status),
  ).length;
  return computeQuorum(rule, voting.size, attending);
}
