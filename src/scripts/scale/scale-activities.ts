import { ActionItemStatus as S } from '../../action-items/action-item.enums';
import {
  ACTIVITY_TOPICS,
  activityTopic,
  ActivityTopic,
} from '../../demo-data/demo-activity-topics';
import { between, pick, shuffled } from '../../demo-data/demo-people';
import type { PlannedItem } from './scale-action-items';
import { allocate, chance, Random } from './scale-random';
import { ReferenceData } from './scale-reference';
import { writerFor } from './scale-tables';
import type { ScaleContext, TaskForceRef } from './scale-types';

/** Share of the activities that a finished action item led to. */
const FROM_ITEMS = 0.25;

interface PlannedActivity {
  taskForce: TaskForceRef;
  topic: ActivityTopic;
  day: number;
  originId: string | null;
}

/**
 * Writes the prevention activities: a quarter where a finished action item's work ended in
 * one (same task force, on the day it was done), the rest spread over each task force's
 * years by size; with participants, place, partner bodies and plan measures by topic.
 */
export async function buildActivities(
  ctx: ScaleContext,
  ref: ReferenceData,
  taskForces: TaskForceRef[],
  items: PlannedItem[],
  total: number,
): Promise<void> {
  const { cal, loader } = ctx;
  const random = ctx.random('activities');
  const newId = ctx.ids('activities');
  const planned: PlannedActivity[] = [];

  const finished = items.filter((i) => i.status === S.DONE && i.topic.activity && i.closed);
  for (const item of shuffled(random, finished).slice(0, Math.round(total * FROM_ITEMS))) {
    const topic = activityTopic(item.topic.activity!);
    planned.push({ taskForce: item.taskForce, topic, day: item.closed!, originId: item.id });
  }
  const counts = allocate(
    total - planned.length,
    taskForces.map((t) => t.weight * (cal.today - t.established)),
  );
  taskForces.forEach((taskForce, i) => {
    for (let k = 0; k < counts[i]; k++) {
      planned.push({ taskForce, ...dayAndTopic(random, ctx, taskForce), originId: null });
    }
  });

  const w = {
    activity: writerFor(loader, 'prevention_activity'),
    partner: writerFor(loader, 'prevention_activity_partner'),
    measure: writerFor(loader, 'prevention_activity_measure'),
  };
  for (const { taskForce, topic, day, originId } of planned) {
    const id = newId();
    const m = taskForce.municipality;
    const place = pick(random, topic.places)?.replace('{p}', m.place) ?? null;
    const [min, max] = topic.participants;
    const at = cal.officeHours(Math.min(day + between(random, 0, 5), cal.yesterday), random);
    await w.activity.add(
      ...[id, at, at, 1, taskForce.id, topic.kind, pick(random, topic.titles), cal.date(day)],
      ...[place, topic.targetGroup, between(random, min, max), topic.description, originId],
    );
    const partners = new Set<string>();
    for (const type of shuffled(random, topic.partners).slice(0, between(random, 1, 3))) {
      const institution = ref.institutionFor(m, type);
      if (institution) partners.add(institution.id);
    }
    for (const institutionId of partners) await w.partner.add(id, institutionId);
    const plan = ref.planInYear(cal.year(day));
    for (const measure of ref.measuresFor(random, plan, topic.measures, 2)) {
      await w.measure.add(id, measure.id);
    }
  }
}

/** A day in the task force's years and a topic; days marked every year fall on that day. */
function dayAndTopic(random: Random, { cal }: ScaleContext, taskForce: TaskForceRef) {
  const first = taskForce.established + 14;
  for (;;) {
    const topic = pick(random, ACTIVITY_TOPICS);
    const day = between(random, first, cal.yesterday);
    if (!topic.onDay)
      return { topic, day: chance(random, 0.9) ? Math.min(cal.workday(day), cal.yesterday) : day };
    const marked = Date.parse(`${cal.year(day)}-${topic.onDay}T00:00:00Z`) / 86_400_000;
    if (marked >= first && marked <= cal.yesterday) return { topic, day: marked };
  }
}
