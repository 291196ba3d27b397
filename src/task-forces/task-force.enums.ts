import { registerEnumType } from '@nestjs/graphql';

export enum TaskForceStatus {
  ACTIVE = 'ACTIVE',
  DISSOLVED = 'DISSOLVED',
}

/** How many of the voting members must attend for the task force to decide. */
export enum QuorumRule {
  MORE_THAN_HALF = 'MORE_THAN_HALF',
  AT_LEAST_HALF = 'AT_LEAST_HALF',
  AT_LEAST_TWO_THIRDS = 'AT_LEAST_TWO_THIRDS',
}

export enum MembershipRole {
  CHAIR = 'CHAIR',
  DEPUTY_CHAIR = 'DEPUTY_CHAIR',
  SECRETARY = 'SECRETARY',
  MEMBER = 'MEMBER',
  OBSERVER = 'OBSERVER',
}

/** Who keeps a task force's records: meetings, agenda, attendance, decisions, minutes. */
export const RECORD_KEEPERS = [
  MembershipRole.CHAIR,
  MembershipRole.DEPUTY_CHAIR,
  MembershipRole.SECRETARY,
];

/** Who may approve minutes on behalf of the task force. */
export const MINUTES_APPROVERS = [MembershipRole.CHAIR, MembershipRole.DEPUTY_CHAIR];

/** Every role that counts towards quorum and votes: all but observers. */
export const VOTING_ROLES = [
  MembershipRole.CHAIR,
  MembershipRole.DEPUTY_CHAIR,
  MembershipRole.SECRETARY,
  MembershipRole.MEMBER,
];

export const ALL_ROLES = [...VOTING_ROLES, MembershipRole.OBSERVER];

registerEnumType(TaskForceStatus, { name: 'TaskForceStatus' });
registerEnumType(QuorumRule, {
  name: 'QuorumRule',
  description: 'How many of the voting members (everyone but observers) make a quorum.',
  valuesMap: {
    MORE_THAN_HALF: { description: 'More than half of the voting members (the default).' },
    AT_LEAST_HALF: { description: 'At least half of the voting members.' },
    AT_LEAST_TWO_THIRDS: { description: 'At least two thirds of the voting members.' },
  },
});
registerEnumType(MembershipRole, { name: 'MembershipRole' });
