import {
  CANCELLATION_REASONS,
  CASE_REVIEW,
  CONFIDENTIAL_TITLE,
  GUEST_INSTITUTIONS,
  MEETING_TITLES,
  Topic,
  TOPICS,
} from '../../demo-data/demo-meeting-topics';
import { ensureQuorum } from '../../demo-data/demo-meetings';
import { between, nameGenerator, pick, shuffled } from '../../demo-data/demo-people';
import {
  AttendanceStatus as A,
  DecisionKind as K,
  MeetingFormat as F,
  MeetingStatus as S,
  MinutesStatus,
} from '../../meetings/meeting.enums';
import { requiredForQuorum } from '../../meetings/quorum';
import { MembershipRole as R } from '../../task-forces/task-force.enums';
import { scheduleMeetings, MeetingSlot } from './scale-meeting-schedule';
import { chance, Random } from './scale-random';
import { ReferenceData } from './scale-reference';
import { writerFor } from './scale-tables';
import { MemberRef, ScaleContext, servesOn, TaskForceRef } from './scale-types';

/** A decision the action items can carry out. */
export interface DecisionRef {
  id: string;
  day: number;
  kind: K;
  measureIds: string[];
}

export interface MeetingRef {
  id: string;
  day: number;
  status: S;
}

export interface MeetingRecords {
  decisionsByTaskForce: Map<TaskForceRef, DecisionRef[]>;
  meetingsByTaskForce: Map<TaskForceRef, MeetingRef[]>;
}

/** Further decisions on an item already decided on: follow-up instructions. */
const FOLLOW_UP_DECISIONS: { kind: K; text: string }[] = [
  {
    kind: K.RESOLUTION,
    text: 'Pavesti darbo grupės sekretoriui parengti klausimo įgyvendinimo planą ir pristatyti jį kitame posėdyje.',
  },
  {
    kind: K.RESOLUTION,
    text: 'Pavesti atsakingoms institucijoms iki kito posėdžio pateikti informaciją apie atliktus veiksmus.',
  },
  {
    kind: K.RECOMMENDATION,
    text: 'Rekomenduoti institucijoms paskirti kontaktinius asmenis šiam klausimui spręsti.',
  },
  {
    kind: K.PROPOSAL_TO_COMMISSION,
    text: 'Kreiptis į Koordinavimo komisiją dėl metodinės pagalbos šiuo klausimu.',
  },
  { kind: K.INFORMATION, text: 'Informaciją išklausyti ir priimti žinion.' },
];

function castVotes(random: Random, attending: number) {
  const against = chance(random, 0.2) ? 1 : 0;
  const abstained = Math.min(between(random, 0, 2), attending - against);
  const notVoting = chance(random, 0.3) ? 1 : 0;
  return [Math.max(0, attending - against - abstained - notVoting), against, abstained];
}

/**
 * Writes the meetings of every task force with their agenda, attendance, guests, decisions
 * (with their plan measures) and minutes; returns what the action items build on.
 */
export async function buildMeetings(
  ctx: ScaleContext,
  ref: ReferenceData,
  taskForces: TaskForceRef[],
  totals: { meetings: number; decisions: number },
): Promise<MeetingRecords> {
  const { cal, loader } = ctx;
  const random = ctx.random('meetings');
  const newId = ctx.ids('meetings');
  const guestNames = nameGenerator(ctx.random('guests'));
  const w = {
    meeting: writerFor(loader, 'meeting'),
    agenda: writerFor(loader, 'agenda_item'),
    agendaMeasure: writerFor(loader, 'agenda_item_measure'),
    attendance: writerFor(loader, 'attendance'),
    guest: writerFor(loader, 'meeting_guest'),
    decision: writerFor(loader, 'decision'),
    decisionMeasure: writerFor(loader, 'decision_measure'),
    minutes: writerFor(loader, 'minutes'),
  };
  const slots = scheduleMeetings(random, cal, taskForces, totals.meetings, totals.decisions);
  const records: MeetingRecords = {
    decisionsByTaskForce: new Map(),
    meetingsByTaskForce: new Map(),
  };
  for (const t of taskForces) {
    records.decisionsByTaskForce.set(t, []);
    records.meetingsByTaskForce.set(t, []);
  }

  for (const slot of slots) {
    const { taskForce, day, status } = slot;
    const id = newId();
    const held = status === S.HELD;
    const confidential = held && chance(random, 0.07);
    const format = pick(random, [F.IN_PERSON, F.IN_PERSON, F.IN_PERSON, F.HYBRID, F.REMOTE]);
    const place = taskForce.municipality.place;
    const hall = `${place} savivaldybės administracija, posėdžių salė Nr. ${between(random, 101, 320)}`;
    const location =
      format === F.REMOTE
        ? 'Nuotoliniu būdu (Microsoft Teams)'
        : format === F.HYBRID
          ? `${hall} ir Microsoft Teams`
          : hall;
    const startsAt = cal.sqlAt(day, slot.startMinute);
    const endMinute = slot.startMinute + between(random, 3, 6) * 30;
    const endsAt = cal.sqlAt(day, endMinute);
    const scheduled = Math.max(taskForce.established, day - between(random, 14, 45));
    const created = cal.officeHours(Math.min(scheduled, cal.yesterday), random);
    const updated =
      status === S.HELD
        ? endsAt
        : status === S.CANCELLED
          ? cal.officeHours(Math.max(scheduled, day - between(random, 1, 7)), random)
          : created;
    const title = confidential ? CONFIDENTIAL_TITLE : pick(random, MEETING_TITLES);
    const reason = status === S.CANCELLED ? pick(random, CANCELLATION_REASONS) : null;
    await w.meeting.add(
      ...[id, created, updated, 1, taskForce.id, slot.year, slot.sequence, title, startsAt],
      ...[endsAt, location, format, status, confidential ? 1 : 0, reason],
    );
    records.meetingsByTaskForce.get(taskForce)!.push({ id, day, status });

    const onDate = taskForce.members.filter((m) => servesOn(m, day));
    const secretary = onDate.find((m) => m.role === R.SECRETARY) ?? onDate[0];
    const presenter = (topic: Topic) => {
      const m = onDate.find((x) => x.type === topic.presenter) ?? secretary;
      return m.institutionName ? `${m.fullName}, ${m.institutionName}` : m.fullName;
    };
    const plan = ref.planInYear(slot.year);
    const agendaCount = held
      ? Math.min(10, Math.max(3, Math.ceil(slot.decisions / 2) + between(random, 0, 2)))
      : between(random, 2, 4);
    const topics = [
      ...(confidential ? [CASE_REVIEW] : []),
      ...shuffled(random, TOPICS).slice(0, agendaCount - (confidential ? 1 : 0)),
    ];
    const agenda = [];
    for (const [i, topic] of topics.entries()) {
      const itemId = newId();
      const summary = held ? topic.summary : null;
      await w.agenda.add(
        itemId,
        created,
        updated,
        1,
        id,
        i + 1,
        topic.title,
        presenter(topic),
        summary,
      );
      const measures = ref.measuresFor(random, plan, topic.measures, 2);
      for (const m of measures) await w.agendaMeasure.add(itemId, m.id);
      agenda.push({ itemId, topic, measureIds: measures.map((m) => m.id) });
    }
    if (!held) continue;

    const voting = await recordAttendance(random, slot, onDate, format, confidential, id, endsAt);
    if (!confidential && chance(random, 0.3)) {
      const guest = pick(random, GUEST_INSTITUTIONS);
      await w.guest.add(newId(), created, created, 1, id, guestNames().fullName, guest);
    }

    const number = `${slot.year}/${slot.sequence}`;
    const decided: string[] = [];
    const earlier = records.decisionsByTaskForce.get(taskForce)!;
    for (let j = 0; j < slot.decisions; j++) {
      const { itemId, topic, measureIds } = agenda[j % agenda.length];
      let { kind, text } = j < agenda.length ? topic.decision : pick(random, FOLLOW_UP_DECISIONS);
      let amendsId: string | null = null;
      if (earlier.length > 5 && chance(random, 0.015)) {
        const amended =
          earlier[between(random, Math.max(0, earlier.length - 40), earlier.length - 1)];
        amendsId = amended.id;
        kind = K.RESOLUTION;
        text = `Pakeisti ankstesnį darbo grupės sprendimą ir išdėstyti jį taip: ${text}`;
      }
      const votes =
        kind !== K.INFORMATION && chance(random, 0.75)
          ? castVotes(random, voting)
          : [null, null, null];
      const decisionId = newId();
      await w.decision.add(
        ...[decisionId, endsAt, endsAt, 1, id, taskForce.id, itemId, j + 1, kind, text],
        ...[...votes, amendsId],
      );
      for (const measureId of measureIds) await w.decisionMeasure.add(decisionId, measureId);
      earlier.push({ id: decisionId, day, kind, measureIds });
      decided.push(`${number}-${j + 1}. ${text}`);
    }

    // Minutes are approved within two weeks; the last fortnight's are still drafts.
    const text = [
      `${title} Nr. ${number}, ${cal.date(day)}.`,
      `Dalyvavo ${voting} balsuojantys nariai; kvorumas buvo.`,
      'Svarstyta:',
      ...topics.map((t, i) => `${i + 1}. ${t.title}.`),
      'Nutarta:',
      ...decided,
    ].join('\n');
    const approvedDay = day + between(random, 3, 14);
    const chair =
      onDate.find((m) => m.role === R.CHAIR) ?? onDate.find((m) => m.role === R.DEPUTY_CHAIR);
    const approved = approvedDay <= cal.yesterday && chair;
    const approvedAt = approved ? cal.officeHours(approvedDay, random) : null;
    const draftedAt = cal.officeHours(Math.min(day + 1, cal.yesterday), random);
    await w.minutes.add(
      ...[newId(), draftedAt, approvedAt ?? draftedAt, 1, id, text],
      ...[
        approved ? MinutesStatus.APPROVED : MinutesStatus.DRAFT,
        approvedAt,
        approved ? chair.personId : null,
      ],
    );
  }
  return records;

  /** Everyone seated that day; quorum is reached, as a held meeting decided things. */
  async function recordAttendance(
    random: Random,
    slot: MeetingSlot,
    onDate: MemberRef[],
    format: F,
    confidential: boolean,
    meetingId: string,
    at: string,
  ): Promise<number> {
    const came = () =>
      format === F.REMOTE || (format === F.HYBRID && chance(random, 0.4)) ? A.REMOTE : A.PRESENT;
    const voting = onDate.filter((m) => m.role !== R.OBSERVER);
    const statuses = voting.map((m) => {
      if (m.role === R.CHAIR || m.role === R.SECRETARY) return came();
      const roll = random();
      return roll < 0.78 ? came() : roll < 0.92 ? A.EXCUSED : A.ABSENT;
    });
    const required = requiredForQuorum(slot.taskForce.quorumRule, voting.length);
    const present = ensureQuorum(statuses, required, came);
    for (const [i, m] of voting.entries()) {
      await w.attendance.add(newId(), at, at, 1, meetingId, m.personId, statuses[i]);
    }
    // Observers sit in on open meetings only: the closed part concerns individual cases.
    if (!confidential) {
      for (const m of onDate.filter((o) => o.role === R.OBSERVER)) {
        const status = chance(random, 0.6) ? came() : A.EXCUSED;
        await w.attendance.add(newId(), at, at, 1, meetingId, m.personId, status);
      }
    }
    return present;
  }
}
