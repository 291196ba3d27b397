import { ActionItemStatus as S } from '../action-items/action-item.enums';
import { addDays, vilniusDate } from '../common/time/vilnius-time';
import type { PreventionActivity } from '../prevention-activities/prevention-activity.entity';
import { PlannedItem } from './demo-action-items';
import { atWorkOn, dayBetween } from './demo-action-timeline';
import { ACTIVITY_TOPICS, activityTopic, ActivityTopic } from './demo-activity-topics';
import { between, pick, Random, shuffled } from './demo-people';
import { DatedRow, DemoData, DemoInput } from './demo-plan.types';

export interface ActivityContext {
  taskForceId: string;
  /** Short place name, e.g. "Kauno miesto". */
  place: string;
  now: Date;
  /** Ids of the active plan's measures, by code. */
  measureIds: Map<string, string>;
  /** Institutions of the task force's municipality: the partners it organises work with. */
  institutions: DemoInput['institutions'];
}

/** The last time that day of the year ("MM-DD") came round before today. */
function lastOccurrence(today: string, monthDay: string): string {
  const year = Number(today.slice(0, 4));
  const thisYear = `${year}-${monthDay}`;
  return thisYear < today ? thisYear : `${year - 1}-${monthDay}`;
}

/**
 * Adds 6–15 prevention activities of one task force over the past year to `data`: some carry
 * out its action items (dated while the item was worked on, under the item's measures), the
 * rest stand alone.
 */
export function buildPreventionActivities(
  random: Random,
  ctx: ActivityContext,
  items: PlannedItem[],
  newId: () => string,
  data: DemoData,
): void {
  const today = vilniusDate(ctx.now);
  const yesterday = addDays(today, -1);
  const count = between(random, 6, 15);
  const workedOn = items.filter(
    (i) => i.topic.activity && (i.status === S.DONE || i.status === S.IN_PROGRESS),
  );
  const carried = shuffled(random, workedOn).slice(
    0,
    workedOn.length ? between(random, 1, Math.min(workedOn.length, count - 2)) : 0,
  );

  const add = (topic: ActivityTopic, date: string, measureIds: string[], origin: string | null) => {
    const id = newId();
    // Recorded within a week, and never later than yesterday, so before `now`.
    const weekLater = addDays(date, 6);
    const recordedAt = atWorkOn(
      random,
      dayBetween(random, date, weekLater < yesterday ? weekLater : yesterday),
    );
    const activity: DatedRow<PreventionActivity> = {
      id,
      taskForceId: ctx.taskForceId,
      kind: topic.kind,
      title: pick(random, topic.titles),
      date,
      place: pick(random, topic.places)?.replace('{p}', ctx.place) ?? null,
      targetGroup: topic.targetGroup,
      participants: between(random, ...topic.participants),
      description: topic.description,
      originActionItemId: origin,
      withdrawnAt: null,
      withdrawnById: null,
      withdrawalReason: null,
      createdAt: recordedAt,
      updatedAt: recordedAt,
    };
    data.activities.push(activity);
    const suited = ctx.institutions.filter((i) => topic.partners.includes(i.type));
    const partners = shuffled(random, suited.length ? suited : ctx.institutions);
    for (const partner of partners.slice(0, between(random, 1, Math.min(3, partners.length)))) {
      data.activityPartners.push({ activity_id: id, institution_id: partner.id });
    }
    for (const measureId of measureIds) {
      data.activityMeasures.push({ activity_id: id, measure_id: measureId });
    }
  };

  for (const item of carried) {
    const date = dayBetween(random, addDays(item.createdOn, 1), item.closedOn ?? yesterday);
    add(activityTopic(item.topic.activity!), date, item.measureIds, item.id);
  }
  const marked = new Set<string>();
  for (let i = carried.length; i < count; i++) {
    // A day marked every year is marked once.
    const topic = pick(
      random,
      ACTIVITY_TOPICS.filter((t) => !t.onDay || !marked.has(t.onDay)),
    );
    if (topic.onDay) marked.add(topic.onDay);
    const date = topic.onDay
      ? lastOccurrence(today, topic.onDay)
      : dayBetween(random, addDays(today, -365), yesterday);
    add(
      topic,
      date,
      topic.measures.flatMap((code) => ctx.measureIds.get(code) ?? []),
      null,
    );
  }
}
