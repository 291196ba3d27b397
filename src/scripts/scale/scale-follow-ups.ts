import {
  FollowUpMessageKind as Kind,
  FollowUpStatus as S,
  FollowUpSubject as Subject,
} from '../../follow-ups/follow-up.enums';
import { between, pick } from '../../demo-data/demo-people';
import { MeetingStatus } from '../../meetings/meeting.enums';
import { MembershipRole as R } from '../../task-forces/task-force.enums';
import type { PlannedItem } from './scale-action-items';
import type { MeetingRecords } from './scale-meetings';
import { allocate, chance } from './scale-random';
import type { Roster } from './scale-roster';
import { writerFor } from './scale-tables';
import { ScaleContext, servesOn } from './scale-types';

const ANSWERS: Record<Subject, string> = {
  [Subject.ACTION_ITEM]:
    'Užduoties vykdymas vėlavo dėl partnerių užimtumo; naujas terminas suderintas darbo grupės posėdyje.',
  [Subject.MEETING]:
    'Posėdžio protokolas patvirtintas ir pridėtas; sprendimų vykdymas aptartas kitame posėdyje.',
  [Subject.TASK_FORCE]:
    'Darbo grupė posėdžiauja kas ketvirtį; artimiausio posėdžio darbotvarkė pridedama.',
  [Subject.ANNUAL_REPORT]: 'Ataskaita patikslinta ir pateikta iš naujo.',
};

/**
 * Writes the Commission's and the Ministry's follow-up questions to the task forces over the
 * years, about a late action item, a meeting or the task force's work: the old ones answered
 * and closed, some recent ones still open (a few past their due date) or awaiting the asker.
 */
export async function buildFollowUps(
  ctx: ScaleContext,
  roster: Roster,
  records: MeetingRecords,
  items: PlannedItem[],
  total: number,
): Promise<void> {
  const { cal, loader } = ctx;
  const random = ctx.random('follow-ups');
  const newId = ctx.ids('follow-ups');
  const request = writerFor(loader, 'follow_up_request');
  const message = writerFor(loader, 'follow_up_message');
  const itemsOf = new Map(roster.taskForces.map((t) => [t, [] as PlannedItem[]]));
  for (const item of items) itemsOf.get(item.taskForce)!.push(item);
  const counts = allocate(
    total,
    roster.taskForces.map((t) => t.weight * (cal.today - t.established)),
  );

  for (const [index, taskForce] of roster.taskForces.entries()) {
    for (let k = 0; k < counts[index]; k++) {
      const recent = chance(random, 0.25);
      const first = Math.max(taskForce.established + 90, recent ? cal.today - 60 : 0);
      const asked = between(random, first, cal.yesterday - 1);
      const due = asked + between(random, 14, 30);
      const asker = pick(random, roster.askers);
      let subject = pick(random, [
        Subject.ACTION_ITEM,
        Subject.ACTION_ITEM,
        Subject.MEETING,
        Subject.TASK_FORCE,
      ]);
      let subjectId: string | null = null;
      let question =
        'Prašome pateikti informaciją apie darbo grupės veiklą ir planuojamus posėdžius.';
      const late = itemsOf.get(taskForce)!.filter((i) => i.created < asked && i.due < asked);
      const held = records.meetingsByTaskForce
        .get(taskForce)!
        .filter((m) => m.status === MeetingStatus.HELD && m.day < asked);
      if (subject === Subject.ACTION_ITEM && late.length) {
        const item = pick(random, late.slice(-50));
        subjectId = item.id;
        question = `Prašome paaiškinti, kaip vykdoma užduotis „${item.title}“, ir nurodyti jos įvykdymo terminą.`;
      } else if (subject === Subject.MEETING && held.length) {
        const meeting = held[held.length - 1];
        subjectId = meeting.id;
        question = `Prašome pateikti ${cal.date(meeting.day)} posėdžio protokolą ir informaciją apie sprendimų įgyvendinimą.`;
      } else {
        subject = Subject.TASK_FORCE;
      }
      const roll = random();
      const status =
        due < cal.today - 30
          ? roll < 0.9
            ? S.CLOSED
            : S.ANSWERED
          : roll < 0.55
            ? S.OPEN
            : roll < 0.85
              ? S.ANSWERED
              : S.CLOSED;
      const answered =
        status === S.OPEN ? null : Math.min(asked + between(random, 2, 20), cal.yesterday);
      const askedAt = cal.officeHours(asked, random);
      const answeredAt = answered === null ? null : cal.officeHours(answered, random);
      const closedAt =
        status === S.CLOSED
          ? cal.officeHours(Math.min(answered! + between(random, 1, 10), cal.yesterday), random)
          : null;
      const id = newId();
      await request.add(
        ...[id, askedAt, closedAt ?? answeredAt ?? askedAt, 1, taskForce.id, subject, subjectId],
        ...[question.slice(0, 300), cal.date(due), status, asker.role, asker.personId],
        closedAt,
      );
      await message.add(
        newId(),
        askedAt,
        askedAt,
        1,
        id,
        1,
        Kind.QUESTION,
        question,
        asker.personId,
      );
      if (answered === null) continue;
      const secretary =
        taskForce.members.find((m) => m.role === R.SECRETARY && servesOn(m, answered)) ??
        taskForce.members.find((m) => m.role === R.CHAIR && servesOn(m, answered))!;
      await message.add(
        newId(),
        answeredAt,
        answeredAt,
        1,
        id,
        2,
        Kind.ANSWER,
        ANSWERS[subject],
        secretary.personId,
      );
    }
  }
}
