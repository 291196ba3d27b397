import { ActionItemStatus as S } from '../action-items/action-item.enums';
import {
  CANCEL_NOTES,
  DONE_NOTES,
  LATE_DONE_NOTES,
  PROGRESS_NOTES,
  START_NOTES,
} from './demo-action-topics';
import { Step } from './demo-action-timeline';
import { between, pick, Random, shuffled } from './demo-people';
import { DemoData, DemoInput } from './demo-plan.types';

type Indicator = DemoInput['indicators'][number];

export interface UpdatedItem {
  id: string;
  taskForceId: string;
  /** The assignee, who reports on their own work. */
  authorId: string;
  measureIds: string[];
  /** Done after its due date: the closing note says why. */
  late: boolean;
}

/** Where updates go, and the indicators the task force has reported to so far. */
export interface UpdateSink {
  indicators: Map<string, Indicator[]>;
  reported: Set<string>;
  newId: () => string;
  data: DemoData;
}

/** A task force is one municipality: it counts itself at most once towards such indicators. */
const ONCE_PER_TASK_FORCE = new Set(['savivaldybės']);

const NOTES: Record<Step, string[]> = {
  START: START_NOTES,
  PROGRESS: PROGRESS_NOTES,
  DONE: DONE_NOTES,
  CANCEL: CANCEL_NOTES,
};

/** A figure one report plausibly adds: about a fortieth of the national target, at least one. */
function amount(random: Random, indicator: Indicator): number {
  const max = Math.max(1, Math.floor(indicator.targetValue / 40));
  return between(random, Math.max(1, Math.ceil(max / 4)), max);
}

/** The status an update of that kind moves the item to; a progress note changes none. */
const STATUS_AFTER: Record<Step, S | null> = {
  START: S.IN_PROGRESS,
  PROGRESS: null,
  DONE: S.DONE,
  CANCEL: S.CANCELLED,
};

/**
 * Appends one update of an item, by its assignee, with figures for indicators of the item's
 * measures on most progress notes and closing reports. Returns the status it leaves.
 */
export function addUpdate(
  random: Random,
  item: UpdatedItem,
  { step, at }: { step: Step; at: Date },
  from: S,
  sequence: number,
  { indicators: byMeasure, reported, newId, data }: UpdateSink,
): S {
  const to = STATUS_AFTER[step];
  const reports = step === 'PROGRESS' ? random() < 0.6 : step === 'DONE' && random() < 0.85;
  const indicators = item.measureIds.flatMap((m) => byMeasure.get(m) ?? []);
  const figures = (reports ? shuffled(random, indicators) : [])
    .slice(0, random() < 0.3 ? 2 : 1)
    .filter((indicator) => !ONCE_PER_TASK_FORCE.has(indicator.unit) || !reported.has(indicator.id))
    .map((indicator) => ({ indicator, value: amount(random, indicator) }));
  const note = pick(random, item.late && step === 'DONE' ? LATE_DONE_NOTES : NOTES[step]);
  const id = newId();
  data.actionUpdates.push({
    id,
    actionItemId: item.id,
    sequence,
    authorId: item.authorId,
    text: [
      note,
      ...figures.map((f) => `${f.indicator.name}, ${f.indicator.unit}: ${f.value}.`),
    ].join(' '),
    statusFrom: to ? from : null,
    statusTo: to,
    createdAt: at,
    updatedAt: at,
  });
  for (const { indicator, value } of figures) {
    reported.add(indicator.id);
    data.contributions.push({
      id: newId(),
      actionUpdateId: id,
      actionItemId: item.id,
      taskForceId: item.taskForceId,
      measureId: indicator.measureId,
      indicatorId: indicator.id,
      value,
      replacesId: null,
      correctedByUpdateId: null,
      createdAt: at,
      updatedAt: at,
    });
  }
  return to ?? from;
}
