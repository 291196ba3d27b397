import { Lifecycle } from '../common/lifecycle/lifecycle';
import { FollowUpStatus } from './follow-up.enums';

const { OPEN, ANSWERED, CLOSED } = FollowUpStatus;

/**
 * A follow-up request goes back and forth between the asker and the task force until the asker
 * closes it. The access rules say who takes each step; this table says when.
 */
export const FOLLOW_UP_LIFECYCLE = new Lifecycle<FollowUpStatus, void>({
  record: 'Follow-up request',
  verb: 'is',
  states: { OPEN: 'open', ANSWERED: 'answered', CLOSED: 'closed' },
  reasons: { OPEN: 'FOLLOW_UP_OPEN', ANSWERED: 'FOLLOW_UP_ANSWERED', CLOSED: 'FOLLOW_UP_CLOSED' },
  final: { CLOSED: 'so it is settled; ask a new question instead.' },
  transitions: [
    { operations: ['createFollowUpRequest'], from: [], to: OPEN },
    {
      operations: ['answerFollowUpRequest'],
      from: [OPEN],
      to: ANSWERED,
      when: 'by the task force',
    },
    {
      operations: ['askFollowUpAgain'],
      from: [ANSWERED],
      to: OPEN,
      when: 'by the asking side, with a new due date',
    },
    {
      operations: ['closeFollowUpRequest'],
      from: [OPEN, ANSWERED],
      to: CLOSED,
      when: 'by the asking side',
    },
  ],
});
