import { badInput, forbidden } from '../common/errors/domain-error';
import { Lifecycle } from '../common/lifecycle/lifecycle';
import { ActionItemStatus } from './action-item.enums';

const { OPEN, IN_PROGRESS, DONE, CANCELLED } = ActionItemStatus;

/** Who asks for a status change, and why. */
export interface ActionItemFacts {
  /** The chair, deputy or secretary, rather than the assignee. */
  byRecordKeeper: boolean;
  reason?: string | null;
}

/** The status is changed through these two mutations, by the assignee or a record keeper. */
const STATUS_CHANGE = ['updateActionItem', 'postActionUpdate'];

const keeperOnly = (what: string) => (f: ActionItemFacts) => {
  if (!f.byRecordKeeper) throw forbidden(`Only the chair, deputy chair or secretary may ${what}.`);
  return null;
};

const reopening = (f: ActionItemFacts) => {
  keeperOnly('reopen a closed action item')(f);
  if (!f.reason?.trim()) {
    throw badInput([
      {
        field: 'reason',
        rule: 'REASON_REQUIRED',
        message: 'is required to reopen a closed action item',
      },
    ]);
  }
  return null;
};

/**
 * An action item's statuses: OPEN → IN_PROGRESS → DONE or CANCELLED. Closed items come back
 * only through a record keeper who says why, so the trail tells why the work returned.
 */
export const ACTION_ITEM_LIFECYCLE = new Lifecycle<ActionItemStatus, ActionItemFacts>({
  record: 'Action item',
  verb: 'is',
  states: { OPEN: 'open', IN_PROGRESS: 'in progress', DONE: 'done', CANCELLED: 'cancelled' },
  reasons: {
    OPEN: 'ACTION_ITEM_CLOSED',
    IN_PROGRESS: 'ACTION_ITEM_CLOSED',
    DONE: 'ACTION_ITEM_CLOSED',
    CANCELLED: 'ACTION_ITEM_CLOSED',
  },
  transitions: [
    { operations: ['createActionItem'], from: [], to: OPEN },
    { operations: STATUS_CHANGE, from: [OPEN], to: IN_PROGRESS },
    {
      operations: STATUS_CHANGE,
      from: [IN_PROGRESS],
      to: OPEN,
      when: 'by the chair, deputy chair or secretary',
      refuse: keeperOnly('move an item back to OPEN'),
    },
    { operations: STATUS_CHANGE, from: [OPEN, IN_PROGRESS], to: DONE },
    { operations: STATUS_CHANGE, from: [OPEN, IN_PROGRESS], to: CANCELLED },
    {
      operations: STATUS_CHANGE,
      from: [DONE, CANCELLED],
      to: OPEN,
      when: 'reopened by the chair, deputy chair or secretary, with a reason',
      refuse: reopening,
    },
    {
      operations: STATUS_CHANGE,
      from: [DONE, CANCELLED],
      to: IN_PROGRESS,
      when: 'reopened by the chair, deputy chair or secretary, with a reason',
      refuse: reopening,
    },
    {
      operations: ['updateActionItem', 'postActionUpdate', 'correctContribution'],
      from: [OPEN, IN_PROGRESS, DONE, CANCELLED],
      when: 'fields by a record keeper; progress and figures by the assignee too',
    },
  ],
  note: 'A move the table lacks (DONE → CANCELLED, say) is refused with `BAD_USER_INPUT` on `status`: reopen the item first.',
});
