import { OPEN_STATUSES } from '../action-items/action-item.enums';
import { SystemRole } from '../auth/system-role.enum';
import { addDays, vilniusDate } from '../common/time/vilnius-time';
import {
  FollowUpMessageKind as K,
  FollowUpStatus,
  FollowUpSubject as Subject,
} from '../follow-ups/follow-up.enums';
import { MeetingStatus } from '../meetings/meeting.enums';
import { meetingNumber } from '../meetings/meeting.entity';
import { MembershipRole as R } from '../task-forces/task-force.enums';
import { atWorkOn, daysBetween } from './demo-action-timeline';
import {
  Exchange,
  FURTHER_QUESTIONS,
  GENERAL_QUESTIONS,
  itemLate,
  itemProgress,
  meetingCancelled,
  meetingDecisions,
  noMeetings,
  titleOf,
} from './demo-follow-up-texts';
import { between, pick, Random, shuffled } from './demo-people';
import { DemoData, Overseers, Roster } from './demo-plan.types';
import { DemoProfile, FollowUpStage, FollowUpTopic } from './demo-profiles';

export interface FollowUpContext {
  roster: Roster;
  now: Date;
  overseers: Overseers;
  plans: DemoProfile['followUps'];
}

/** The national demo people who ask and decide, with the role they do it in. */
export function nationalPeople(overseers: Overseers) {
  return [
    { role: SystemRole.COMMISSION, personId: overseers.commission },
    { role: SystemRole.MINISTRY, personId: overseers.ministry },
  ].flatMap(({ role, personId }) => (personId ? [{ role, personId }] : []));
}

/**
 * Days before today the first question may have been asked, so that the rest of the
 * exchange fits before yesterday: open ones are either past due (due 14–21 days after
 * asking) or not yet due, and settled ones had time for answers and, maybe, a second round.
 */
const ASKED_DAYS_AGO: Record<FollowUpStage, [number, number]> = {
  OPEN_OVERDUE: [28, 45],
  OPEN: [2, 10],
  ANSWERED: [20, 70],
  CLOSED: [30, 240],
  CLOSED_TWICE: [60, 240],
};

/** Something to ask about, and the days before today a question about it may be asked. */
interface Subjectable {
  type: Subject;
  id: string | null;
  from: number;
  to: number;
  exchange: (askedOn: string) => Exchange;
}

interface Asking {
  tf: string;
  today: string;
  /** The question asked of the task force as a whole when nothing more specific fits. */
  general: Exchange;
  /** Only items already past due when asked: the request is itself to go overdue. */
  lateOnly: boolean;
}

/**
 * The subjects a topic offers, each with its asking window narrowed to when the record was
 * there to ask about (an item while open, a meeting after it).
 */
function subjectsFor(
  topic: FollowUpTopic,
  [from, to]: [number, number],
  { tf, today, general, lateOnly }: Asking,
  data: DemoData,
): Subjectable[] {
  const ago = (day: string) => daysBetween(day, today);
  const lastHeldBefore = (day: string) =>
    data.meetings
      .filter((m) => m.taskForceId === tf && m.status === MeetingStatus.HELD)
      .map((m) => vilniusDate(m.startsAt))
      .filter((held) => held < day)
      .sort()
      .at(-1) ?? null;
  const meetings = (status: MeetingStatus) =>
    data.meetings.filter((m) => m.taskForceId === tf && m.status === status && !m.confidential);
  const within = (subject: Subjectable) => subject.from <= subject.to;

  switch (topic) {
    case 'ITEM': {
      const items = data.actionItems.filter((i) => i.taskForceId === tf);
      const subjects = items.map((item): Subjectable => {
        const closed = !OPEN_STATUSES.includes(item.status);
        const due = item.dueDate;
        return {
          type: Subject.ACTION_ITEM,
          id: item.id,
          from: Math.max(from, closed ? ago(vilniusDate(item.updatedAt)) + 1 : 0),
          to: Math.min(to, ago(vilniusDate(item.createdAt)) - 2, lateOnly ? ago(due) - 1 : to),
          exchange: (askedOn) =>
            askedOn > due ? itemLate(item.title, due) : itemProgress(item.title, due),
        };
      });
      return subjects.filter(within);
    }
    case 'CANCELLED_MEETING':
    case 'MEETING': {
      const cancelled = topic === 'CANCELLED_MEETING';
      return meetings(cancelled ? MeetingStatus.CANCELLED : MeetingStatus.HELD)
        .map((meeting): Subjectable => {
          const date = vilniusDate(meeting.startsAt);
          return {
            type: Subject.MEETING,
            id: meeting.id,
            from,
            to: Math.min(to, ago(date) - 2),
            exchange: () =>
              cancelled
                ? meetingCancelled(date, meeting.cancellationReason ?? '')
                : meetingDecisions(date, meetingNumber(meeting)),
          };
        })
        .filter(within);
    }
    case 'NO_MEETINGS':
      return [
        {
          type: Subject.TASK_FORCE,
          id: null,
          from,
          to,
          exchange: (askedOn) => noMeetings(lastHeldBefore(askedOn)),
        },
      ];
    case 'GENERAL':
      return [{ type: Subject.TASK_FORCE, id: null, from, to, exchange: () => general }];
  }
}

/**
 * Adds the follow-up requests the Commission and the Ministry sent one task force over the
 * year, with their questions and answers, to `data`. Each follows its planned stage; a topic
 * with nothing fitting to ask about (no such record then) becomes a general question.
 */
export function buildFollowUps(
  random: Random,
  { roster, now, overseers, plans }: FollowUpContext,
  newId: () => string,
  data: DemoData,
): void {
  const askers = nationalPeople(overseers);
  if (!askers.length) return;
  const today = vilniusDate(now);
  const tf = roster.taskForce.id;
  const secretary = roster.entries.find(
    (e) => e.membership.role === R.SECRETARY && !e.membership.validTo,
  )!.personId;
  const general = shuffled(random, GENERAL_QUESTIONS);
  const further = shuffled(random, FURTHER_QUESTIONS);
  const turn = between(random, 0, 1);

  plans.forEach(({ stage, about }, index) => {
    const window = ASKED_DAYS_AGO[stage];
    const asking = { tf, today, general: general[index % general.length] };
    // An item already late makes the sharper question when the request itself goes overdue;
    // a cancelled meeting asked about too early gives way to a held one, then to a general one.
    const attempts: { topic: FollowUpTopic; lateOnly?: boolean }[] = [
      ...(about === 'ITEM' && stage === 'OPEN_OVERDUE' ? [{ topic: about, lateOnly: true }] : []),
      { topic: about },
      ...(about === 'CANCELLED_MEETING' ? [{ topic: 'MEETING' as const }] : []),
      { topic: 'GENERAL' },
    ];
    const options = attempts
      .map(({ topic, lateOnly = false }) =>
        subjectsFor(topic, window, { ...asking, lateOnly }, data),
      )
      .find((found) => found.length)!;
    const subject = pick(random, options);
    const askedOn = addDays(today, -between(random, subject.from, subject.to));
    const first = subject.exchange(askedOn);
    // Both sides ask, in turn, so each has requests of its own to close or pursue.
    const asker = askers[(index + turn) % askers.length];
    const id = newId();

    // Days of each step, one after another, the last at most yesterday (see the windows).
    const after = (day: string, min: number, max: number) =>
      addDays(day, between(random, min, max));
    const messages: { kind: K; text: string; authorId: string; day: string }[] = [
      { kind: K.QUESTION, text: first.question, authorId: asker.personId, day: askedOn },
    ];
    let dueDate = after(askedOn, 14, 21);
    let status = FollowUpStatus.OPEN;
    let closedOn: string | null = null;
    if (stage !== 'OPEN' && stage !== 'OPEN_OVERDUE') {
      const answered = after(askedOn, 2, stage === 'CLOSED_TWICE' ? 8 : 10);
      messages.push({ kind: K.ANSWER, text: first.answer, authorId: secretary, day: answered });
      status = FollowUpStatus.ANSWERED;
      if (stage === 'CLOSED_TWICE') {
        const again = after(answered, 1, 6);
        const second = further[index % further.length];
        dueDate = after(again, 10, 14);
        messages.push(
          { kind: K.QUESTION, text: second.question, authorId: asker.personId, day: again },
          // The chair takes the second round.
          {
            kind: K.ANSWER,
            text: second.answer,
            authorId: roster.chairId,
            day: after(again, 2, 8),
          },
        );
      }
      if (stage !== 'ANSWERED') {
        closedOn = after(messages.at(-1)!.day, 1, 5);
        status = FollowUpStatus.CLOSED;
      }
    }

    const timed = messages.map((m, i) => {
      const at = atWorkOn(random, m.day);
      data.followUpMessages.push({
        id: newId(),
        requestId: id,
        sequence: i + 1,
        kind: m.kind,
        text: m.text,
        authorId: m.authorId,
        createdAt: at,
        updatedAt: at,
      });
      return at;
    });
    const closedAt = closedOn ? atWorkOn(random, closedOn) : null;
    data.followUps.push({
      id,
      taskForceId: tf,
      subjectType: subject.type,
      subjectId: subject.id,
      title: titleOf(first.question),
      dueDate,
      status,
      askedByRole: asker.role,
      askedById: asker.personId,
      closedAt,
      createdAt: timed[0],
      updatedAt: closedAt ?? timed.at(-1)!,
    });
  });
}
