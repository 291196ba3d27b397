import { addDays, vilniusDate, vilniusStartOfDay, vilniusYear } from '../common/time/vilnius-time';
import {
  ATTENDED,
  AttendanceStatus as A,
  DecisionKind,
  MeetingFormat as F,
  MeetingStatus as S,
  MinutesStatus,
} from '../meetings/meeting.enums';
import { decisionOutcome, DecisionOutcome } from '../meetings/decision-outcome';
import { meetingNumber } from '../meetings/meeting.entity';
import { computeQuorum, requiredForQuorum } from '../meetings/quorum';
import { isValidOn } from '../task-forces/membership-validity';
import { MembershipRole as R } from '../task-forces/task-force.enums';
import {
  CANCELLATION_REASONS,
  CASE_REVIEW,
  CONFIDENTIAL_TITLE,
  GUEST_INSTITUTIONS,
  MEETING_TITLES,
  Topic,
  TOPICS,
} from './demo-meeting-topics';
import { between, DemoName, pick, Random, shuffled } from './demo-people';
import { DemoData, DemoInput, Roster, RosterEntry, Row } from './demo-plan.types';
import { MeetingPattern } from './demo-profiles';
import type { Meeting } from '../meetings/meeting.entity';

export interface MeetingContext {
  roster: Roster;
  now: Date;
  measures: DemoInput['measures'];
  names: () => DemoName;
  pattern: MeetingPattern;
}

/** Days before today of the past meetings: about every two months over the last year. */
const PAST_SLOTS = [-340, -280, -220, -160, -100, -40];
/** A task force that stopped meeting: its last held meeting some 140 days ago (RED from 120). */
const STALLED_SLOTS = [-340, -280, -210, -140, -70];
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Moves a date forward to the next Tuesday–Thursday, when task forces usually meet. */
function onMeetingDay(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, [2, 1, 0, 0, 0, 4, 3][weekday]);
}

/**
 * Vilnius changes its clocks early on a Sunday, never on a meeting day, so the start of the
 * day plus whole hours is that hour in local time.
 */
const atLocalHour = (date: string, hour: number) =>
  new Date(vilniusStartOfDay(date).getTime() + hour * HOUR_MS);

/** The meeting dates of one task force, numbered per Vilnius year in start order. */
function schedule(random: Random, now: Date, pattern: MeetingPattern) {
  const today = vilniusDate(now);
  const past = pattern === 'STALLED' ? STALLED_SLOTS : PAST_SLOTS;
  // Drawn whatever the pattern, so the draws after it stay where they were.
  const drawn = between(random, 1, 4);
  // A lapsing or stalled task force called off its latest meeting, so the one before it was
  // the last held: its slot less 0–10 days, moved at most 4 days on to a meeting day.
  const cancelled = pattern === 'REGULAR' ? drawn : past.length - 1;
  const slots = past.map((days, i) => ({
    days: days - between(random, 0, 10),
    status: i === cancelled ? S.CANCELLED : S.HELD,
  }));
  slots.push({ days: between(random, 14, 24), status: S.PLANNED });
  if (random() < 0.6) slots.push({ days: between(random, 40, 52), status: S.PLANNED });
  const sequences = new Map<number, number>();
  return slots.map(({ days, status }) => {
    const date = onMeetingDay(addDays(today, days));
    const startsAt = atLocalHour(date, pick(random, [9, 10, 10, 10, 13]));
    const year = vilniusYear(startsAt);
    const sequence = (sequences.get(year) ?? 0) + 1;
    sequences.set(year, sequence);
    return { date, startsAt, status, year, sequence };
  });
}

function castVotes(random: Random, attending: number) {
  const against = random() < 0.2 ? 1 : 0;
  const abstained = Math.min(between(random, 0, 2), attending - against);
  const notVoting = random() < 0.3 ? 1 : 0;
  const votes = {
    for: Math.max(0, attending - against - abstained - notVoting),
    against,
    abstained,
  };
  return {
    votesFor: votes.for,
    votesAgainst: votes.against,
    votesAbstained: votes.abstained,
    outcome: decisionOutcome(votes),
  };
}

/** Adds a year of meetings of one task force, with their full record, to `data`. */
export function buildMeetings(
  random: Random,
  { roster, now, measures, names, pattern }: MeetingContext,
  newId: () => string,
  data: DemoData,
): void {
  const measureId = new Map(measures.map((m) => [m.code, m.id]));
  const { taskForce, place } = roster;
  const dates = schedule(random, now, pattern);
  const held = dates.flatMap((d, i) => (d.status === S.HELD ? [i] : []));
  const confidential = new Set(shuffled(random, held).slice(0, random() < 0.3 ? 2 : 1));

  dates.forEach((slot, index) => {
    const format = pick(random, [F.IN_PERSON, F.IN_PERSON, F.HYBRID, F.REMOTE]);
    const hall = `${place} savivaldybės administracija, posėdžių salė Nr. ${between(random, 101, 320)}`;
    const isConfidential = confidential.has(index);
    const meeting: Row<Meeting> = {
      id: newId(),
      taskForceId: taskForce.id,
      year: slot.year,
      sequence: slot.sequence,
      title: isConfidential ? CONFIDENTIAL_TITLE : pick(random, MEETING_TITLES),
      startsAt: slot.startsAt,
      endsAt: new Date(slot.startsAt.getTime() + 2 * HOUR_MS),
      location:
        format === F.REMOTE
          ? 'Nuotoliniu būdu (Microsoft Teams)'
          : format === F.HYBRID
            ? `${hall} ir Microsoft Teams`
            : hall,
      format,
      status: slot.status,
      confidential: isConfidential,
      cancellationReason: slot.status === S.CANCELLED ? pick(random, CANCELLATION_REASONS) : null,
    };
    data.meetings.push(meeting);

    const onDate = roster.entries.filter((e) => isValidOn(e.membership, slot.date));
    const secretary = onDate.find((e) => e.membership.role === R.SECRETARY)!;
    const presenter = (topic: Topic) => {
      const entry = onDate.find((e) => e.institutionType === topic.presenter) ?? secretary;
      return entry.institutionName ? `${entry.fullName}, ${entry.institutionName}` : entry.fullName;
    };
    const isHeld = slot.status === S.HELD;
    const topics = [
      ...(isConfidential ? [CASE_REVIEW] : []),
      ...shuffled(random, TOPICS).slice(0, between(random, isConfidential ? 1 : 2, isHeld ? 3 : 2)),
    ];
    const items = topics.map((topic, i) => {
      const item = {
        id: newId(),
        meetingId: meeting.id,
        position: i + 1,
        title: topic.title,
        presenter: presenter(topic),
        discussionSummary: isHeld ? topic.summary : null,
      };
      const linked = topic.measures.flatMap((code) => measureId.get(code) ?? []);
      data.agendaItems.push(item);
      for (const id of linked)
        data.agendaItemMeasures.push({ agenda_item_id: item.id, measure_id: id });
      return { item, topic, linked };
    });
    if (!isHeld) return;

    const attending = recordAttendance(random, meeting, onDate, roster, data, newId);
    if (!isConfidential && random() < 0.35) {
      const institution = pick(random, GUEST_INSTITUTIONS);
      data.guests.push({
        id: newId(),
        meetingId: meeting.id,
        fullName: names().fullName,
        institution,
      });
    }
    const decided = items.slice(0, between(random, 1, Math.min(3, items.length)));
    const numbers = decided.map(({ item, topic, linked }, i) => {
      const decision = {
        id: newId(),
        meetingId: meeting.id,
        taskForceId: taskForce.id,
        agendaItemId: item.id,
        sequence: i + 1,
        kind: topic.decision.kind,
        text: topic.decision.text,
        votesFor: null as number | null,
        votesAgainst: null as number | null,
        votesAbstained: null as number | null,
        outcome: null as DecisionOutcome | null,
        amendsId: null,
      };
      if (topic.decision.kind !== DecisionKind.INFORMATION && random() < 0.75) {
        Object.assign(decision, castVotes(random, attending.voting));
      }
      data.decisions.push(decision);
      for (const id of linked)
        data.decisionMeasures.push({ decision_id: decision.id, measure_id: id });
      return `${meetingNumber(meeting)}-${i + 1} ${topic.decision.text}`;
    });
    data.minutes.push({
      id: newId(),
      meetingId: meeting.id,
      text: [
        `${meeting.title} Nr. ${meetingNumber(meeting)}, ${slot.date}.`,
        `Dalyvavo ${attending.voting} iš ${attending.of} balsuojančių narių; kvorumas buvo.`,
        'Svarstyta:',
        ...topics.map((t, i) => `${i + 1}. ${t.title}.`),
        'Nutarta:',
        ...numbers,
      ].join('\n'),
      status: MinutesStatus.APPROVED,
      // Approved at the next working days, never later than the clock allows.
      approvedAt: new Date(
        Math.min(
          meeting.endsAt.getTime() + between(random, 3, 14) * DAY_MS,
          now.getTime() - DAY_MS,
        ),
      ),
      approvedById: roster.chairId,
      approvedQuorum: JSON.stringify(
        computeQuorum(taskForce.quorumRule, attending.of, attending.voting),
      ),
    });
  });
}

/**
 * Attendance of everyone seated on the meeting date. Most voting members come and quorum is
 * always reached, since a held demo meeting without it could not have decided anything.
 */
function recordAttendance(
  random: Random,
  meeting: Row<Meeting>,
  onDate: RosterEntry[],
  roster: Roster,
  data: DemoData,
  newId: () => string,
) {
  const came = () =>
    meeting.format === F.REMOTE || (meeting.format === F.HYBRID && random() < 0.4)
      ? A.REMOTE
      : A.PRESENT;
  const voting = onDate.filter((e) => e.membership.role !== R.OBSERVER);
  const statuses = voting.map((e) => {
    if (e.alwaysAttends || e.personId === roster.chairId) return came();
    const roll = random();
    return roll < 0.8 ? came() : roll < 0.92 ? A.EXCUSED : A.ABSENT;
  });
  const required = requiredForQuorum(roster.taskForce.quorumRule, voting.length);
  const present = ensureQuorum(statuses, required, came);
  voting.forEach((e, i) =>
    data.attendance.push({
      id: newId(),
      meetingId: meeting.id,
      personId: e.personId,
      status: statuses[i],
    }),
  );
  // Observers sit in on open meetings only: the closed part concerns individual cases.
  if (!meeting.confidential) {
    for (const e of onDate.filter((o) => o.membership.role === R.OBSERVER)) {
      const status = e.alwaysAttends || random() < 0.6 ? came() : A.EXCUSED;
      data.attendance.push({ id: newId(), meetingId: meeting.id, personId: e.personId, status });
    }
  }
  return { voting: present, of: voting.length };
}

/**
 * Turns absences into attendance, first voter first, until the quorum is reached (the demo
 * and scale meetings that took decisions had one); returns how many attend.
 */
export function ensureQuorum(statuses: A[], required: number, came: () => A): number {
  let present = statuses.filter((s) => ATTENDED.includes(s)).length;
  for (let i = 0; present < required && i < statuses.length; i++) {
    if (!ATTENDED.includes(statuses[i])) {
      statuses[i] = came();
      present++;
    }
  }
  return present;
}
