import { searchTextFor } from '../../database/search-text';
import { ActionItem } from '../../action-items/action-item.entity';
import { ActionItemStatus as S } from '../../action-items/action-item.enums';
import {
  CANCEL_NOTES,
  DONE_NOTES,
  LATE_DONE_NOTES,
  PROGRESS_NOTES,
  START_NOTES,
} from '../../demo-data/demo-action-topics';
import { between, pick, shuffled } from '../../demo-data/demo-people';
import type { PlannedItem } from './scale-action-items';
import { allocate, chance, distinctSorted, Random } from './scale-random';
import { ReferenceData } from './scale-reference';
import { writerFor } from './scale-tables';
import { IndicatorRef, ScaleContext, servesOn } from './scale-types';

type Step = 'START' | 'PROGRESS' | 'NOTE' | 'DONE' | 'CANCEL';

/** Notes on an item nobody has started yet: no status change. */
const WAITING_NOTES = [
  'Derinami užduoties vykdymo terminai su partneriais.',
  'Laukiama partnerių atsakymo dėl užduoties vykdymo.',
  'Užduotis aptarta su atsakinga institucija, vykdymas planuojamas.',
];

const NOTES: Record<Step, string[]> = {
  START: START_NOTES,
  PROGRESS: PROGRESS_NOTES,
  NOTE: WAITING_NOTES,
  DONE: DONE_NOTES,
  CANCEL: CANCEL_NOTES,
};

const STATUS_AFTER: Record<Step, S | null> = {
  START: S.IN_PROGRESS,
  PROGRESS: null,
  NOTE: null,
  DONE: S.DONE,
  CANCEL: S.CANCELLED,
};

/** A task force counts itself at most once towards an indicator counted in municipalities. */
const ONCE_PER_TASK_FORCE = 'savivaldybės';

interface Timeline {
  item: PlannedItem;
  started: boolean;
  /** Days free for updates strictly between creation and closing (or today). */
  room: number;
  extra: number;
}

/** A whole figure one report plausibly adds: a small slice of the national target. */
function amount(random: Random, indicator: IndicatorRef): number {
  const max = Math.max(1, Math.floor(indicator.targetValue / 150));
  return between(random, Math.max(1, Math.ceil(max / 4)), max);
}

/**
 * Shares `total` extra progress notes over the items in proportion to how long they ran,
 * never more than the free days each has (one update a day keeps order and sequence equal).
 */
function shareExtras(timelines: Timeline[], total: number) {
  let left = total;
  for (let round = 0; left > 0 && round < 20; round++) {
    const open = timelines.filter((t) => t.extra < t.room - (t.started ? 1 : 0) && canNote(t));
    if (!open.length) break;
    const weights = open.map((t) => {
      const span = Math.min(90, t.room);
      return t.item.status === S.OPEN ? span * 0.3 : span;
    });
    const shares = allocate(left, weights);
    open.forEach((t, i) => {
      const free = t.room - (t.started ? 1 : 0) - t.extra;
      const take = Math.min(free, shares[i]);
      t.extra += take;
      left -= take;
    });
  }
  return total - left;
}

/** Progress notes go after a start; an item not yet started gets waiting notes only. */
const canNote = (t: Timeline) => t.started || t.item.status === S.OPEN;

/**
 * Writes the action items with their measures and their update history (sequence 1..n,
 * status changes consistent with the item's final status, completedAt on the closing
 * update), with indicator figures on a share of the progress notes and closing reports.
 * The number of updates comes out at exactly `total` when the items have room for it.
 */
export async function writeActionItems(
  ctx: ScaleContext,
  ref: ReferenceData,
  items: PlannedItem[],
  total: number,
): Promise<{ updates: number; contributions: number }> {
  const { cal, loader } = ctx;
  const random = ctx.random('action-updates');
  const newId = ctx.ids('action-updates');
  const w = {
    item: writerFor(loader, 'action_item'),
    itemMeasure: writerFor(loader, 'action_item_measure'),
    update: writerFor(loader, 'action_update'),
    contribution: writerFor(loader, 'indicator_contribution'),
  };
  const indicatorsOf = new Map(
    ref.plans.flatMap((p) => p.measures).map((m) => [m.id, m.indicators]),
  );

  const timelines: Timeline[] = items.map((item) => {
    const end = item.closed ?? cal.today;
    const room = Math.max(0, end - item.created - 1);
    if (item.status === S.IN_PROGRESS && room < 1) item.status = S.OPEN;
    const startChance = { [S.OPEN]: 0, [S.IN_PROGRESS]: 1, [S.DONE]: 0.85, [S.CANCELLED]: 0.5 };
    const started = room >= 1 && chance(random, startChance[item.status]);
    return { item, started, room, extra: 0 };
  });
  const required = timelines.reduce(
    (s, t) => s + (t.started ? 1 : 0) + (t.item.closed !== null ? 1 : 0),
    0,
  );
  shareExtras(timelines, Math.max(0, total - required));

  const reported = new Set<string>();
  let updates = 0;
  let contributions = 0;
  for (const { item, started, extra } of timelines) {
    const end = item.closed ?? cal.today;
    const steps: Step[] = [
      ...(started ? ['START' as const] : []),
      ...Array<Step>(extra).fill(started ? 'PROGRESS' : 'NOTE'),
    ];
    const days = distinctSorted(random, item.created + 1, end - 1, steps.length);
    const timeline = steps.map((step, i) => ({ step, day: days[i] }));
    if (item.status === S.DONE) timeline.push({ step: 'DONE', day: item.closed! });
    if (item.status === S.CANCELLED) timeline.push({ step: 'CANCEL', day: item.closed! });

    const late = item.status === S.DONE && item.closed! > item.due;
    let status = S.OPEN;
    let lastAt = cal.officeHours(item.created, random);
    const createdAt = lastAt;
    let completedAt: string | null = null;
    for (const [i, { step, day }] of timeline.entries()) {
      const at = cal.officeHours(day, random);
      const author = servesOn(item.assignee, day) ? item.assignee : item.firstAssignee;
      const reports =
        step === 'PROGRESS' ? chance(random, 0.25) : step === 'DONE' && chance(random, 0.7);
      const candidates = reports ? item.measureIds.flatMap((id) => indicatorsOf.get(id) ?? []) : [];
      const figures = shuffled(random, candidates)
        .slice(0, chance(random, 0.3) ? 2 : 1)
        .filter(
          (ind) =>
            ind.unit !== ONCE_PER_TASK_FORCE || !reported.has(`${item.taskForce.id}:${ind.id}`),
        )
        .map((indicator) => ({ indicator, value: amount(random, indicator) }));
      const note = pick(random, late && step === 'DONE' ? LATE_DONE_NOTES : NOTES[step]);
      const text = [
        note,
        ...figures.map((f) => `${f.indicator.name}, ${f.indicator.unit}: ${f.value}.`),
      ].join(' ');
      const to = STATUS_AFTER[step];
      const updateId = newId();
      await w.update.add(
        ...[updateId, at, at, 1, item.id, i + 1, author.personId, text],
        ...[to ? status : null, to],
      );
      updates++;
      for (const { indicator, value } of figures) {
        reported.add(`${item.taskForce.id}:${indicator.id}`);
        await w.contribution.add(
          ...[newId(), at, at, 1, updateId, item.id, item.taskForce.id],
          ...[indicator.measureId, indicator.id, value],
        );
        contributions++;
      }
      if (to) status = to;
      if (step === 'DONE') completedAt = at;
      lastAt = at;
    }
    if (status !== item.status)
      throw new Error(`Item ${item.id}: updates end in ${status}, not ${item.status}`);

    await w.item.add(
      ...[item.id, createdAt, lastAt, 1, item.taskForce.id, item.origin?.id ?? null, item.title],
      ...[item.topic.description, item.assignee.personId, item.assignee.institutionId],
      ...[cal.date(item.due), item.status, completedAt],
      completedAt ? cal.date(item.closed!) : null,
      searchTextFor(ActionItem, { title: item.title, description: item.topic.description }),
    );
    for (const measureId of item.measureIds) await w.itemMeasure.add(item.id, measureId);
  }
  return { updates, contributions };
}
