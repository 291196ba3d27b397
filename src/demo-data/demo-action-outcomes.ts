import { RATING_RULES } from '../oversight/status-rating';
import { drawOutcome, Outcome, REQUIRED } from './demo-action-timeline';
import { pick, Random } from './demo-people';
import { Backlog, DemoProfile } from './demo-profiles';

const OVERDUE: Outcome[] = ['OPEN_OVERDUE', 'STARTED_OVERDUE'];
const ON_SCHEDULE: Outcome[] = ['OPEN_LATER', 'STARTED_LATER'];

/**
 * The overdue items a backlog starts with, and the band their share of the open items stays
 * in: above `above` and at most `atMost`. The bands are the rating rules' own thresholds, so
 * the overview rates the task force as its profile says.
 */
const BANDS: Record<Backlog, { overdue: number; above: number; atMost: number }> = {
  NONE: { overdue: 0, above: 0, atMost: RATING_RULES.amberOverdueShare },
  SOME: {
    overdue: 1,
    above: RATING_RULES.amberOverdueShare,
    atMost: RATING_RULES.redOverdueShare,
  },
  // Not all of it: a task force in trouble still has some work on schedule.
  MANY: { overdue: 3, above: RATING_RULES.redOverdueShare, atMost: 0.6 },
};

function tally(deck: Outcome[]) {
  const count = (outcomes: Outcome[]) => deck.filter((o) => outcomes.includes(o)).length;
  const overdue = count(OVERDUE);
  const open = overdue + count(ON_SCHEDULE);
  const late = count(['DONE_LATE']);
  const done = late + count(['DONE_ON_TIME']);
  return {
    overdue,
    overdueShare: open ? overdue / open : 0,
    lateShare: done ? late / done : 0,
  };
}

/**
 * How the items of one task force turn out. `given` come first (a demo member's own list),
 * then every case the views tell apart, the profile's overdue items, and enough work on
 * schedule and done on time to keep the overdue and late shares where the profile wants
 * them. The rest is drawn, skipping draws that would push a share out of its band, up to
 * `wanted` items (8–20).
 */
export function planOutcomes(
  random: Random,
  { backlog, maxLateShare }: Pick<DemoProfile, 'backlog' | 'maxLateShare'>,
  given: Outcome[],
  wanted: number,
): Outcome[] {
  const band = BANDS[backlog];
  const deck = [...given, ...REQUIRED.filter((outcome) => !given.includes(outcome))];
  while (tally(deck).overdue < band.overdue) deck.push(pick(random, OVERDUE));
  while (tally(deck).overdueShare > band.atMost) deck.push(pick(random, ON_SCHEDULE));
  while (tally(deck).lateShare > maxLateShare) deck.push('DONE_ON_TIME');

  const total = Math.min(20, Math.max(8, deck.length, wanted));
  while (deck.length < total) {
    const outcome = drawOutcome(random);
    const after = tally([...deck, outcome]);
    // Each check only ever refuses an outcome that moves a share the wrong way, and done on
    // time never does, so the loop ends.
    if (OVERDUE.includes(outcome)) continue;
    if (ON_SCHEDULE.includes(outcome) && after.overdue && after.overdueShare <= band.above) {
      continue;
    }
    if (outcome === 'DONE_LATE' && after.lateShare > maxLateShare) continue;
    deck.push(outcome);
  }
  return deck;
}
