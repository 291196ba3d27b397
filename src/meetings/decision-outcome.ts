import { registerEnumType } from '@nestjs/graphql';

export enum DecisionOutcome {
  ADOPTED = 'ADOPTED',
  REJECTED = 'REJECTED',
}

registerEnumType(DecisionOutcome, {
  name: 'DecisionOutcome',
  description:
    'What a vote decided: ADOPTED when more voted for than against, REJECTED otherwise ' +
    '(a tie rejects; abstentions count for neither side). A rejected decision is not counted ' +
    'among the decisions taken (overview, annual report).',
});

export interface CastVotes {
  for: number;
  against: number;
  abstained: number;
}

/**
 * The voting rule: a simple majority of the votes cast for and against, ties rejected. Quorum
 * is a separate rule (quorum.ts) checked before votes may be recorded at all. Without votes
 * there is no outcome: the decision was taken by consensus or, for information, noted.
 */
export function decisionOutcome(votes: CastVotes | null | undefined): DecisionOutcome | null {
  if (!votes) return null;
  return votes.for > votes.against ? DecisionOutcome.ADOPTED : DecisionOutcome.REJECTED;
}

/**
 * SQL form of "a decision taken": every decision but a rejected one. `alias` is the decision's
 * alias in the query; the outcome is stored, computed by `decisionOutcome` when recorded.
 */
export const decisionTakenSql = (alias: string) =>
  `(${alias}.outcome IS NULL OR ${alias}.outcome <> '${DecisionOutcome.REJECTED}')`;
