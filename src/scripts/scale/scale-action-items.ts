import { ActionItemStatus as S } from '../../action-items/action-item.enums';
import { ACTION_TOPICS, ActionTopic } from '../../demo-data/demo-action-topics';
import { between, pick } from '../../demo-data/demo-people';
import { DecisionKind } from '../../meetings/meeting.enums';
import { MembershipRole as R } from '../../task-forces/task-force.enums';
import type { DecisionRef, MeetingRecords } from './scale-meetings';
import { allocate, chance, Random } from './scale-random';
import { ReferenceData } from './scale-reference';
import { MemberRef, ScaleContext, servesOn, TaskForceRef } from './scale-types';

/** An action item as planned: its dates and final status; updates fill in its history. */
export interface PlannedItem {
  id: string;
  taskForce: TaskForceRef;
  origin: DecisionRef | null;
  topic: ActionTopic;
  title: string;
  assignee: MemberRef;
  /** Who had it first: an open task of a member who left passes to a successor. */
  firstAssignee: MemberRef;
  created: number;
  due: number;
  status: S;
  /** The day it was done or cancelled. */
  closed: number | null;
  measureIds: string[];
  /** One of the busy member's reserved items. */
  busy: boolean;
}

/** Of the open items, the share that is overdue (the brief asks for 15–25 %). */
const OVERDUE_SHARE = 0.2;
/** Items handed to the benchmark's busy member on top of their ordinary share. */
export const BUSY_ITEMS = 120;

/**
 * Who takes a task on: a voting member of a body the topic suits, else any voting member;
 * never the busy member, whose load is set apart so the benchmark knows it.
 */
function assigneeFor(
  random: Random,
  taskForce: TaskForceRef,
  topic: ActionTopic,
  day: number,
  busy: MemberRef,
) {
  const voting = taskForce.members.filter(
    (m) => m.role !== R.OBSERVER && m.role !== R.CHAIR && m !== busy && servesOn(m, day),
  );
  const suited = voting.filter((m) => topic.by.includes(m.type));
  return pick(random, suited.length ? suited : voting);
}

/** How long a task force gives itself: mostly one to four months. */
function duration(random: Random): number {
  const roll = random();
  return roll < 0.4
    ? between(random, 14, 45)
    : roll < 0.85
      ? between(random, 46, 120)
      : between(random, 121, 240);
}

/**
 * Plans every action item: task force (by size and age), origin decision for most, topic,
 * measures of the plan in force when it was created, assignee serving on that day, due date
 * and a final status. Open items are mostly not yet due; overdue ones are drawn so that they
 * make up OVERDUE_SHARE of the open ones, the recently due more likely than the long past.
 */
export function planActionItems(
  ctx: ScaleContext,
  ref: ReferenceData,
  records: MeetingRecords,
  taskForces: TaskForceRef[],
  total: number,
  busy: { taskForce: TaskForceRef; member: MemberRef },
): PlannedItem[] {
  const { cal } = ctx;
  const random = ctx.random('action-items');
  const newId = ctx.ids('action-items');
  const counts = allocate(
    total - BUSY_ITEMS,
    taskForces.map((t) => t.weight * (cal.today - t.established)),
  );
  const items: PlannedItem[] = [];
  const plan = (taskForce: TaskForceRef, isBusy: boolean) => {
    const decisions = records.decisionsByTaskForce
      .get(taskForce)!
      .filter((d) => d.kind !== DecisionKind.INFORMATION && d.day < cal.yesterday - 1);
    const origin =
      !isBusy && decisions.length && chance(random, 0.7) ? pick(random, decisions) : null;
    const created = isBusy
      ? cal.workday(cal.today - between(random, 3, 150))
      : origin
        ? cal.workday(origin.day + between(random, 1, 10))
        : cal.workday(between(random, taskForce.established + 7, cal.yesterday - 1));
    const day = Math.min(created, cal.yesterday - 1);
    const due = cal.workday(day + (isBusy ? between(random, 30, 240) : duration(random)));
    const topic = pick(random, ACTION_TOPICS);
    const inForce = ref.planInYear(cal.year(day));
    const fromDecision = (origin?.measureIds ?? []).filter((id) =>
      inForce.measures.some((m) => m.id === id),
    );
    const topical = ref.measuresFor(random, inForce, topic.measures).map((m) => m.id);
    const measureIds = [...new Set([...fromDecision, ...topical])].slice(0, 3);
    const assignee = isBusy ? busy.member : assigneeFor(random, taskForce, topic, day, busy.member);
    items.push({
      id: newId(),
      taskForce,
      origin,
      topic,
      title: pick(random, topic.titles),
      assignee,
      firstAssignee: assignee,
      created: day,
      due,
      status: S.OPEN,
      closed: null,
      measureIds,
      busy: isBusy,
    });
  };
  taskForces.forEach((t, i) => {
    for (let k = 0; k < counts[i]; k++) plan(t, false);
  });
  for (let k = 0; k < BUSY_ITEMS; k++) plan(busy.taskForce, true);

  settleStatuses(random, ctx, items);
  // An open task stays with someone still on the task force: a leaver's goes to a successor.
  for (const item of items) {
    if (item.status !== S.OPEN && item.status !== S.IN_PROGRESS) continue;
    if (item.assignee.to !== null) {
      item.assignee = assigneeFor(random, item.taskForce, item.topic, cal.yesterday, busy.member);
    }
  }
  return items;
}

const openStatus = (random: Random, item: PlannedItem, today: number) =>
  item.created < today - 7 && chance(random, 0.6) ? S.IN_PROGRESS : S.OPEN;

/** Final statuses and the days items were closed on. */
function settleStatuses(random: Random, { cal }: ScaleContext, items: PlannedItem[]) {
  const { today, yesterday } = cal;
  const pastDue: PlannedItem[] = [];
  let fresh = 0;
  let overdue = 0;
  for (const item of items) {
    if (item.busy) {
      item.status = openStatus(random, item, today);
      if (item.due < today) overdue++;
      else fresh++;
      continue;
    }
    if (item.due >= today) {
      const roll = random();
      if (roll < 0.12) close(item, S.DONE, between(random, item.created + 1, yesterday));
      else if (roll < 0.14 && item.created + 2 <= yesterday)
        close(item, S.CANCELLED, between(random, item.created + 2, yesterday));
      else {
        item.status = openStatus(random, item, today);
        fresh++;
      }
      continue;
    }
    pastDue.push(item);
  }

  // Overdue items: drawn with a probability that fades as the due date recedes, scaled so
  // their expected number makes up OVERDUE_SHARE of all open items.
  const wanted = Math.max(0, Math.round((fresh * OVERDUE_SHARE) / (1 - OVERDUE_SHARE)) - overdue);
  // Most task forces keep on top of their items, a few let them slide: overdue work gathers
  // there, as it does in real oversight data, instead of every task force being average.
  const laxity = new Map<TaskForceRef, number>();
  const laxityOf = (t: TaskForceRef) => {
    if (!laxity.has(t)) laxity.set(t, pick(random, [0.3, 0.3, 0.3, 0.3, 0.3, 0.8, 0.8, 0.8, 2, 5]));
    return laxity.get(t)!;
  };
  const weights = pastDue.map(
    (item) => Math.exp(-(today - item.due) / 150) * laxityOf(item.taskForce),
  );
  let low = 0;
  let high = 1e6;
  for (let k = 0; k < 60; k++) {
    const mid = (low + high) / 2;
    const expected = weights.reduce((s, w) => s + Math.min(1, w * mid), 0);
    if (expected < wanted) low = mid;
    else high = mid;
  }
  pastDue.forEach((item, i) => {
    if (chance(random, Math.min(1, weights[i] * low))) {
      item.status = openStatus(random, item, today);
      return;
    }
    if (chance(random, 0.07) && item.created + 3 <= yesterday) {
      const last = Math.min(item.due + 20, yesterday);
      close(item, S.CANCELLED, between(random, item.created + 3, Math.max(item.created + 3, last)));
    } else if (chance(random, 0.18) && item.due + 1 <= yesterday) {
      close(item, S.DONE, between(random, item.due + 1, Math.min(item.due + 45, yesterday)));
    } else {
      const from = Math.max(item.created + 1, item.due - 20);
      close(item, S.DONE, between(random, Math.min(from, item.due), item.due));
    }
  });

  function close(item: PlannedItem, status: S, day: number) {
    item.status = status;
    item.closed = Math.max(item.created + 1, Math.min(day, yesterday));
  }
}
