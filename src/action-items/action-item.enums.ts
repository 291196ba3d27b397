import { registerEnumType } from '@nestjs/graphql';

export enum ActionItemStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

/** Statuses in which an item is still to be done (and so can be overdue). */
export const OPEN_STATUSES = [ActionItemStatus.OPEN, ActionItemStatus.IN_PROGRESS];

export enum ActionItemOrder {
  DUE_DATE_ASC = 'DUE_DATE_ASC',
  DUE_DATE_DESC = 'DUE_DATE_DESC',
  CREATED_ASC = 'CREATED_ASC',
  CREATED_DESC = 'CREATED_DESC',
  UPDATED_ASC = 'UPDATED_ASC',
  UPDATED_DESC = 'UPDATED_DESC',
}

registerEnumType(ActionItemStatus, {
  name: 'ActionItemStatus',
  description: 'OPEN → IN_PROGRESS → DONE or CANCELLED; reopening needs the chair or secretary.',
});
registerEnumType(ActionItemOrder, { name: 'ActionItemOrder' });
