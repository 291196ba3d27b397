import { isValidOn } from '../task-forces/membership-validity';
import { ActionItemStatus as S } from '../action-items/action-item.enums';
import { addDays, vilniusDate } from '../common/time/vilnius-time';
import { DecisionKind } from '../meetings/meeting.enums';
import { MembershipRole as R } from '../task-forces/task-force.enums';
import { ACTION_TOPICS, ActionTopic } from './demo-action-topics';
import { planOutcomes } from './demo-action-outcomes';
import {
  atWorkOn,
  datesFor,
  dayBetween,
  DEMO_MEMBER_OUTCOMES,
  MAX_AGE,
  MIN_AGE,
  STATUS_OF,
  stepsFor,
  updateDays,
} from './demo-action-timeline';
import { addUpdate } from './demo-action-updates';
import { between, pick, Random, shuffled } from './demo-people';
import { DemoData, DemoInput, Roster } from './demo-plan.types';
import { DemoProfile } from './demo-profiles';

type Indicator = DemoInput['indicators'][number];

export interface ActionContext {
  roster: Roster;
  now: Date;
  /** Ids of the active plan's measures, by code. */
  measureIds: Map<string, string>;
  /** Indicators of each of those measures, by measure id. */
  indicators: Map<string, Indicator[]>;
  /** How far behind its work may be (the overdue and late shares the overview rates). */
  profile: Pick<DemoProfile, 'backlog' | 'maxLateShare'>;
}

/** What the prevention activities need to know of an item they may carry out. */
export interface PlannedItem {
  id: string;
  topic: ActionTopic;
  status: S;
  measureIds: string[];
  createdOn: string;
  closedOn: string | null;
}

interface Slot {
  decisionId: string | null;
  /** The Vilnius date of the decision's meeting: the item is made in the days after it. */
  meetingDay: string | null;
  topics: ActionTopic[];
}

/**
 * Decisions that call for work (not mere information) of open meetings: items from a closed
 * meeting would show titles about individual cases in lists every member reads.
 */
function decisionSlots(
  random: Random,
  tf: Roster['taskForce'],
  ctx: ActionContext,
  data: DemoData,
) {
  const codeOf = new Map([...ctx.measureIds].map(([code, id]) => [id, code]));
  const meetings = new Map(
    data.meetings.filter((m) => m.taskForceId === tf.id && !m.confidential).map((m) => [m.id, m]),
  );
  const decisions = data.decisions.filter(
    (d) => meetings.has(d.meetingId) && d.kind !== DecisionKind.INFORMATION && random() < 0.8,
  );
  return decisions.slice(0, 12).map((decision): Slot => {
    const codes = new Set(
      data.decisionMeasures
        .filter((link) => link.decision_id === decision.id)
        .map((link) => codeOf.get(link.measure_id)),
    );
    const topics = ACTION_TOPICS.filter((t) => t.measures.some((code) => codes.has(code)));
    return {
      decisionId: decision.id,
      meetingDay: vilniusDate(meetings.get(decision.meetingId)!.endsAt),
      topics: topics.length ? topics : ACTION_TOPICS.filter((t) => t.fallback),
    };
  });
}

/**
 * Adds the action items of one task force, with their progress reports and figures, to
 * `data`: 8–20 items, many carrying out its decisions, in every status.
 */
export function buildActionItems(
  random: Random,
  ctx: ActionContext,
  newId: () => string,
  data: DemoData,
): PlannedItem[] {
  const { roster, now } = ctx;
  const tf = roster.taskForce;
  const today = vilniusDate(now);
  const fromDecisions = decisionSlots(random, tf, ctx, data);

  const demoMember = roster.entries.find(
    (e) => e.alwaysAttends && e.membership.role === R.MEMBER && !e.membership.validTo,
  );
  const given = demoMember ? DEMO_MEMBER_OUTCOMES : [];
  const outcomes = planOutcomes(
    random,
    ctx.profile,
    given,
    fromDecisions.length + between(random, 5, 10),
  );
  // The demo member's outcomes come first and are theirs.
  const deck = outcomes.map((outcome, i) => ({
    outcome,
    assignee: i < given.length ? demoMember : undefined,
  }));
  const standalone = Array.from({ length: deck.length - fromDecisions.length }, (): Slot => ({
    decisionId: null,
    meetingDay: null,
    topics: ACTION_TOPICS,
  }));
  const slots = shuffled(random, [...fromDecisions, ...standalone]);

  const usedTitles = new Set<string>();
  const reported = new Set<string>();
  const planned: PlannedItem[] = [];
  shuffled(random, deck).forEach(({ outcome, assignee: given }, index) => {
    const slot = slots[index];
    const latest = addDays(today, -MIN_AGE[outcome]);
    const proposed = slot.meetingDay
      ? dayBetween(random, addDays(slot.meetingDay, 1), addDays(slot.meetingDay, 7))
      : dayBetween(random, addDays(today, -MAX_AGE[outcome]), latest);
    const createdOn = proposed < latest ? proposed : latest;

    // Seated on the day the item is made, and still seated.
    const seated = roster.entries.filter(
      (e) =>
        e.membership.validTo === null &&
        e.membership.role !== R.OBSERVER &&
        isValidOn(e.membership, createdOn),
    );
    const fitting = given ? slot.topics.filter((t) => t.by.includes(given.institutionType)) : [];
    const { topic, title } = chooseTopic(
      random,
      fitting.length ? fitting : slot.topics,
      usedTitles,
    );
    const measureIds = topic.measures.flatMap((code) => ctx.measureIds.get(code) ?? []);
    // Without the active plan there is no measure to link, and an item must have one.
    if (!measureIds.length) return;
    const preferred = seated.filter((e) => topic.by.includes(e.institutionType));
    const assignee = given ?? pick(random, preferred.length ? preferred : seated);

    const status = STATUS_OF[outcome];
    const { dueDate, closedOn } = datesFor(random, outcome, createdOn, today);
    const createdAt = atWorkOn(random, createdOn);
    const closedAt = closedOn ? atWorkOn(random, closedOn) : null;
    const id = newId();

    // Status changes and notes, ending at the closing instant when there is one.
    const steps = stepsFor(random, status);
    const closing = closedAt ? steps.pop()! : null;
    const days = updateDays(random, createdOn, closedOn ?? today, steps.length);
    const timed = days.map((day, i) => ({ step: steps[i], at: atWorkOn(random, day) }));
    if (closing) timed.push({ step: closing, at: closedAt! });
    const late = outcome === 'DONE_LATE';
    const item = { id, taskForceId: tf.id, authorId: assignee.personId, measureIds, late };
    // Updates one a day, in order, each starting from the status the one before left.
    const out = { indicators: ctx.indicators, reported, newId, data };
    timed.reduce((from, update, i) => addUpdate(random, item, update, from, i + 1, out), S.OPEN);

    data.actionItems.push({
      id,
      taskForceId: tf.id,
      originDecisionId: slot.decisionId,
      title,
      description: random() < 0.6 ? topic.description : null,
      assigneeId: assignee.personId,
      responsibleInstitutionId: assignee.institutionId,
      dueDate,
      status,
      completedAt: status === S.DONE ? closedAt : null,
      completedOn: status === S.DONE ? closedOn : null,
      createdAt,
      updatedAt: timed.at(-1)?.at ?? createdAt,
    });
    for (const measureId of measureIds) {
      data.actionItemMeasures.push({ action_item_id: id, measure_id: measureId });
    }
    planned.push({ id, topic, status, measureIds, createdOn, closedOn });
  });
  return planned;
}

/** A topic with a title the task force has not used yet, when there is one. */
function chooseTopic(random: Random, topics: ActionTopic[], used: Set<string>) {
  const fresh = topics.filter((t) => t.titles.some((title) => !used.has(title)));
  const topic = pick(random, fresh.length ? fresh : topics);
  const unused = topic.titles.filter((title) => !used.has(title));
  const title = pick(random, unused.length ? unused : topic.titles);
  used.add(title);
  return { topic, title };
}
