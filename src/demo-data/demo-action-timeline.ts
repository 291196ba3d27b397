import { ActionItemStatus as S } from '../action-items/action-item.enums';
import { addDays, vilniusStartOfDay } from '../common/time/vilnius-time';
import { between, Random, shuffled } from './demo-people';

/**
 * How an item's year went. Planned before its dates so every task force shows each case the
 * oversight views tell apart: overdue, due later, done on time, done late, cancelled.
 */
export type Outcome =
  | 'OPEN_LATER'
  | 'OPEN_OVERDUE'
  | 'STARTED_LATER'
  | 'STARTED_OVERDUE'
  | 'DONE_ON_TIME'
  | 'DONE_LATE'
  | 'CANCELLED';

export const STATUS_OF: Record<Outcome, S> = {
  OPEN_LATER: S.OPEN,
  OPEN_OVERDUE: S.OPEN,
  STARTED_LATER: S.IN_PROGRESS,
  STARTED_OVERDUE: S.IN_PROGRESS,
  DONE_ON_TIME: S.DONE,
  DONE_LATE: S.DONE,
  CANCELLED: S.CANCELLED,
};

/** Days from creation to today an outcome needs; a standalone item is made at most MAX_AGE ago. */
export const MIN_AGE: Record<Outcome, number> = {
  OPEN_LATER: 1,
  OPEN_OVERDUE: 10,
  STARTED_LATER: 3,
  STARTED_OVERDUE: 10,
  DONE_ON_TIME: 6,
  DONE_LATE: 12,
  CANCELLED: 6,
};
export const MAX_AGE: Record<Outcome, number> = {
  OPEN_LATER: 60,
  OPEN_OVERDUE: 200,
  STARTED_LATER: 200,
  STARTED_OVERDUE: 250,
  DONE_ON_TIME: 330,
  DONE_LATE: 330,
  CANCELLED: 300,
};

/**
 * Every task force gets one of each, so none of its views is empty; overdue items come with
 * its profile's backlog (see demo-action-outcomes).
 */
export const REQUIRED: Outcome[] = [
  'OPEN_LATER',
  'STARTED_LATER',
  'DONE_ON_TIME',
  'DONE_LATE',
  'CANCELLED',
];

/** What a demo member's own list shows: overdue work on top, something due, something done. */
export const DEMO_MEMBER_OUTCOMES: Outcome[] = [
  'STARTED_OVERDUE',
  'OPEN_LATER',
  'STARTED_LATER',
  'DONE_ON_TIME',
  'DONE_LATE',
];

/** The rest are drawn: most work gets done, a little is late or dropped. */
const WEIGHTS: [Outcome, number][] = [
  ['DONE_ON_TIME', 30],
  ['DONE_LATE', 10],
  ['STARTED_LATER', 16],
  ['STARTED_OVERDUE', 8],
  ['OPEN_LATER', 14],
  ['OPEN_OVERDUE', 6],
  ['CANCELLED', 5],
];

export function drawOutcome(random: Random): Outcome {
  let roll = random() * WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  for (const [outcome, weight] of WEIGHTS) {
    roll -= weight;
    if (roll < 0) return outcome;
  }
  return WEIGHTS[0][0];
}

const DAY_MS = 86_400_000;

/** Whole days from one calendar date to another. */
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

const isWeekend = (day: string) => [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());

/**
 * `count` distinct dates `from + first` … `from + last`, ascending. Working days are taken
 * first (task forces record their work in office hours); weekends only when too few.
 */
function pickDays(random: Random, from: string, first: number, last: number, count: number) {
  if (last - first > 21) {
    // Three weeks hold more working days than any item has updates: draw until enough.
    const chosen = new Set<string>();
    while (chosen.size < count) {
      const day = addDays(from, between(random, first, last));
      if (!isWeekend(day)) chosen.add(day);
    }
    return [...chosen].sort();
  }
  const days = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) =>
    addDays(from, first + i),
  );
  const workdays = days.filter((d) => !isWeekend(d));
  const weekends = days.filter((d) => isWeekend(d));
  return [...shuffled(random, workdays), ...shuffled(random, weekends)].slice(0, count).sort();
}

/** A calendar date from `from` to `to`, both included, a working day when there is one. */
export const dayBetween = (random: Random, from: string, to: string): string =>
  pickDays(random, from, 0, Math.max(0, daysBetween(from, to)), 1)[0];

/** An instant in office hours (08:00–17:00 in Vilnius) on that day. */
export const atWorkOn = (random: Random, day: string) =>
  new Date(vilniusStartOfDay(day).getTime() + between(random, 8 * 60, 17 * 60) * 60_000);

export interface Dates {
  dueDate: string;
  /** The Vilnius date the item was done or cancelled, or null while it is open. */
  closedOn: string | null;
}

/**
 * Due and closing dates that make the outcome true: overdue items were due before today,
 * late ones were closed after their due date, and nothing closes later than yesterday, so
 * every instant stays before `now`.
 */
export function datesFor(random: Random, outcome: Outcome, created: string, today: string): Dates {
  const yesterday = addDays(today, -1);
  switch (outcome) {
    case 'OPEN_LATER':
    case 'STARTED_LATER':
      return {
        dueDate: dayBetween(random, addDays(today, 3), addDays(today, 150)),
        closedOn: null,
      };
    case 'OPEN_OVERDUE':
    case 'STARTED_OVERDUE': {
      const earliest = addDays(created, 7);
      const from = earliest > addDays(today, -90) ? earliest : addDays(today, -90);
      return { dueDate: dayBetween(random, from, yesterday), closedOn: null };
    }
    case 'DONE_ON_TIME': {
      const closedOn = dayBetween(random, addDays(created, 3), yesterday);
      const from = closedOn > addDays(created, 7) ? closedOn : addDays(created, 7);
      return { dueDate: dayBetween(random, from, addDays(closedOn, 60)), closedOn };
    }
    case 'DONE_LATE': {
      const dueDate = dayBetween(random, addDays(created, 7), addDays(today, -2));
      const last = addDays(dueDate, 60) < yesterday ? addDays(dueDate, 60) : yesterday;
      return { dueDate, closedOn: dayBetween(random, addDays(dueDate, 1), last) };
    }
    case 'CANCELLED':
      return {
        dueDate: dayBetween(random, addDays(created, 14), addDays(created, 120)),
        closedOn: dayBetween(random, addDays(created, 3), yesterday),
      };
  }
}

export type Step = 'START' | 'PROGRESS' | 'DONE' | 'CANCEL';

/** The updates an item of that status carries, oldest first: 1–4, none while still open. */
export function stepsFor(random: Random, status: S): Step[] {
  const progress = (max: number): Step[] => Array(between(random, 0, max)).fill('PROGRESS');
  switch (status) {
    case S.OPEN:
      return [];
    case S.IN_PROGRESS:
      return ['START', ...progress(3)];
    case S.DONE:
      return random() < 0.2 ? ['DONE'] : ['START', ...progress(2), 'DONE'];
    case S.CANCELLED:
      return random() < 0.5 ? ['CANCEL'] : ['START', 'CANCEL'];
  }
}

/**
 * Distinct days strictly between `after` and `before`, ascending, one per update: an update
 * a day keeps their order and their sequence the same. Fewer when the span is short.
 */
export function updateDays(random: Random, after: string, before: string, count: number) {
  return pickDays(random, after, 1, daysBetween(after, before) - 1, count);
}
