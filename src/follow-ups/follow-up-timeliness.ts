import { FollowUpMessageKind, FollowUpStatus } from './follow-up.enums';

/**
 * When a follow-up request is open or overdue, now or at an earlier moment: the one home of
 * these rules, in JS and in SQL side by side. The SQL forms take a table alias (column names
 * as the migrations write them) and placeholders such as `:today`.
 */

const CLOSED_SQL = `'${FollowUpStatus.CLOSED}'`;
const OPEN_SQL = `'${FollowUpStatus.OPEN}'`;

interface AsRecorded {
  status: FollowUpStatus;
  createdAt: Date;
  closedAt: Date | null;
}

/** Open: not closed yet (awaiting the task force's answer, or the asker's next step). */
export const isFollowUpOpen = (request: { status: FollowUpStatus }) =>
  request.status !== FollowUpStatus.CLOSED;

export const followUpOpenSql = (alias: string) => `${alias}.status <> ${CLOSED_SQL}`;

/** Overdue: awaiting the task force's answer (OPEN) past its due date (a Vilnius date). */
export const isFollowUpOverdue = (
  request: { status: FollowUpStatus; dueDate: string },
  date: string,
) => request.status === FollowUpStatus.OPEN && request.dueDate < date;

export const followUpOverdueSql = (alias: string, date: string) =>
  `(${alias}.status = ${OPEN_SQL} AND ${alias}.due_date < ${date})`;

/**
 * Open at the instant `end`: asked before it and not closed before it. At the end of today
 * this is isFollowUpOpen.
 */
export const isFollowUpOpenAt = (request: AsRecorded, end: Date) =>
  request.createdAt < end &&
  (request.status !== FollowUpStatus.CLOSED || (!!request.closedAt && request.closedAt >= end));

export const followUpOpenAtSql = (alias: string, end: string) =>
  `(${alias}.created_at < ${end} AND (${alias}.status <> ${CLOSED_SQL} OR ${alias}.closed_at >= ${end}))`;

/**
 * Overdue at the end of the Vilnius day `date` (`end` is the start of the next day): open
 * then, awaiting an answer then (its last message before `end` is a question) and due before
 * `date`. At the end of today this is isFollowUpOverdue. A request asked again since is
 * judged by its newest due date: earlier ones are not kept.
 */
export function isFollowUpOverdueAt(
  request: AsRecorded & { dueDate: string },
  messages: { sequence: number; kind: FollowUpMessageKind; createdAt: Date }[],
  end: Date,
  date: string,
): boolean {
  const last = messages.filter((m) => m.createdAt < end).sort((a, b) => b.sequence - a.sequence)[0];
  return (
    request.dueDate < date &&
    isFollowUpOpenAt(request, end) &&
    last?.kind === FollowUpMessageKind.QUESTION
  );
}

export const followUpOverdueAtSql = (alias: string, end: string, date: string) =>
  `(${alias}.due_date < ${date} AND ${followUpOpenAtSql(alias, end)} AND (SELECT m.kind FROM follow_up_message m WHERE m.request_id = ${alias}.id AND m.created_at < ${end} ORDER BY m.sequence DESC LIMIT 1) = '${FollowUpMessageKind.QUESTION}')`;
