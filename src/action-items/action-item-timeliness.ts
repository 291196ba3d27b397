import { ActionItemStatus, OPEN_STATUSES } from './action-item.enums';

/**
 * When an action item is overdue, done on time or late, and what its status was at an earlier
 * moment: the one home of these rules, each in JS and in SQL side by side. The SQL forms take
 * a table alias (column names as the migrations write them) and placeholders such as `:today`,
 * so query builders and hand-written SQL use the same text.
 */

const OPEN_SQL = `('${OPEN_STATUSES.join("','")}')`;
const DONE_SQL = `'${ActionItemStatus.DONE}'`;

/** Overdue is derived, never stored: still open and due before `date` (a Vilnius date). */
export function isOverdue(item: { status: ActionItemStatus; dueDate: string }, date: string) {
  return OPEN_STATUSES.includes(item.status) && item.dueDate < date;
}

/** isOverdue in SQL, for an item's current status. */
export const overdueSql = (alias: string, date: string) =>
  `(${alias}.status IN ${OPEN_SQL} AND ${alias}.due_date < ${date})`;

/** Done after the day it was due (the Vilnius date of completion against the due date). */
export function isDoneLate(completedOn: string | null, dueDate: string): boolean {
  return completedOn !== null && completedOn > dueDate;
}

/** isDoneLate in SQL, and its opposite for a done item: done on or before the due date. */
export const doneLateSql = (alias: string) => `${alias}.completed_on > ${alias}.due_date`;
export const doneOnTimeSql = (alias: string) => `${alias}.completed_on <= ${alias}.due_date`;

/**
 * Done in a period (Vilnius dates, both ends inclusive): done, and last marked done within
 * it. Both the overview and the annual report count their done-on-time and done-late items
 * from this set. An item reopened since counts in the period of its latest completion.
 */
export function isDoneWithin(
  item: { status: ActionItemStatus; completedOn: string | null },
  from: string,
  to: string,
): boolean {
  return (
    item.status === ActionItemStatus.DONE &&
    item.completedOn !== null &&
    item.completedOn >= from &&
    item.completedOn <= to
  );
}

/** isDoneWithin in SQL. */
export const doneWithinSql = (alias: string, from: string, to: string) =>
  `(${alias}.status = ${DONE_SQL} AND ${alias}.completed_on >= ${from} AND ${alias}.completed_on <= ${to})`;

interface RecordedChange {
  sequence: number;
  statusFrom: ActionItemStatus | null;
  createdAt: Date;
}

/**
 * The status an item had at the instant `end`: every status change is an action update that
 * records the status before it, so the status at `end` is the one the first change at or
 * after `end` started from, or the current status when nothing changed since. Null for an
 * item created at or after `end`.
 */
export function statusAt(
  item: { status: ActionItemStatus; createdAt: Date },
  changes: RecordedChange[],
  end: Date,
): ActionItemStatus | null {
  if (item.createdAt >= end) return null;
  const next = changes
    .filter((c) => c.statusFrom !== null && c.createdAt >= end)
    .sort((a, b) => a.sequence - b.sequence)[0];
  return next ? next.statusFrom : item.status;
}

/**
 * statusAt in SQL (without the creation check: see openAtSql). Every status change also
 * saves the item, so an item not updated since `end` has its current status: only the others
 * look into their updates (which keeps the overview of today as quick as before).
 */
export const statusAtSql = (alias: string, end: string) =>
  `(CASE WHEN ${alias}.updated_at < ${end} THEN ${alias}.status ELSE COALESCE((SELECT u.status_from FROM action_update u WHERE u.action_item_id = ${alias}.id AND u.status_from IS NOT NULL AND u.created_at >= ${end} ORDER BY u.sequence LIMIT 1), ${alias}.status) END)`;

/** Open at the instant `end`: created before it, and open then. */
export const isOpenAt = (
  item: { status: ActionItemStatus; createdAt: Date },
  changes: RecordedChange[],
  end: Date,
) => OPEN_STATUSES.includes(statusAt(item, changes, end)!);

export const openAtSql = (alias: string, end: string) =>
  `(${alias}.created_at < ${end} AND ${statusAtSql(alias, end)} IN ${OPEN_SQL})`;

/**
 * Overdue at the end of the Vilnius day `date` (`end` is the start of the next day): open
 * then and due before `date`. At the end of today this is isOverdue. An item is judged by its
 * current due date: earlier due dates are not kept (the audit trail has them).
 */
export const isOverdueAt = (
  item: { status: ActionItemStatus; createdAt: Date; dueDate: string },
  changes: RecordedChange[],
  end: Date,
  date: string,
) => item.dueDate < date && isOpenAt(item, changes, end);

export const overdueAtSql = (alias: string, end: string, date: string) =>
  `(${alias}.due_date < ${date} AND ${openAtSql(alias, end)})`;
