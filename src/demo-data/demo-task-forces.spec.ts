import { valueProblem } from '../action-items/action-item-rules';
import { isDoneLate, isOverdue } from '../action-items/action-item-timeliness';
import { ActionItemStatus as S } from '../action-items/action-item.enums';
import { addDays, vilniusDate, vilniusDateTime, vilniusYear } from '../common/time/vilnius-time';
import { MeetingStatus } from '../meetings/meeting.enums';
import { quorumFromRecords } from '../meetings/quorum';
import { MembershipRole, QuorumRule } from '../task-forces/task-force.enums';
import { counterIds, referenceInput } from './demo-reference-input';
import { profileOf } from './demo-profiles';
import { buildDemoData } from './demo-task-forces';

const DAY_MS = 86_400_000;

// Around New Year (numbers restart), both clock changes and an ordinary day.
const CLOCKS = [
  '2026-01-02T07:00:00Z',
  '2025-03-30T00:30:00Z',
  '2025-10-26T02:30:00Z',
  '2026-07-15T21:59:00Z',
  '2027-12-31T22:30:00Z',
];

describe('demo task forces', () => {
  it('comes out the same for the same clock', () => {
    const now = new Date('2026-05-12T08:00:00Z');
    expect(buildDemoData(referenceInput(now), counterIds())).toEqual(
      buildDemoData(referenceInput(now), counterIds()),
    );
  });

  it.each(CLOCKS)('keeps the records consistent when now is %s', (iso) => {
    const now = new Date(iso);
    const demo = buildDemoData(referenceInput(now), counterIds());
    expect(demo.taskForces).toHaveLength(10);
    expect(demo.accounts.map((a) => a.email)).toHaveLength(6);

    for (const tf of demo.taskForces) {
      const memberships = demo.memberships.filter((m) => m.taskForceId === tf.id);
      const current = memberships.filter((m) => m.validTo === null);
      expect(current.length).toBeGreaterThanOrEqual(8);
      expect(current.length).toBeLessThanOrEqual(15);
      expect(current.filter((m) => m.role === MembershipRole.CHAIR)).toHaveLength(1);
      const chair = current.find((m) => m.role === MembershipRole.CHAIR)!;
      for (const m of memberships.filter((x) => x.validTo !== null)) {
        expect(m.validTo! < vilniusDate(now)).toBe(true);
        expect(m.validTo! > vilniusDate(new Date(now.getTime() - 366 * DAY_MS))).toBe(true);
      }

      const meetings = demo.meetings
        .filter((m) => m.taskForceId === tf.id)
        .sort((a, b) => +a.startsAt - +b.startsAt);
      expect(meetings.filter((m) => m.status === MeetingStatus.CANCELLED)).toHaveLength(1);
      const years = new Map<number, number>();
      for (const meeting of meetings) {
        years.set(meeting.year, (years.get(meeting.year) ?? 0) + 1);
        expect(meeting.year).toBe(vilniusYear(meeting.startsAt));
        expect(meeting.sequence).toBe(years.get(meeting.year));
        expect(vilniusDateTime(meeting.startsAt)).toMatch(/T(09|10|13):00:00\+0[23]:00$/);
        const future = meeting.startsAt > now;
        expect(future).toBe(meeting.status === MeetingStatus.PLANNED);
        if (future) expect(+meeting.startsAt - +now).toBeLessThan(62 * DAY_MS);
        else expect(+now - +meeting.startsAt).toBeLessThan(366 * DAY_MS);
        if (meeting.status !== MeetingStatus.HELD) continue;

        const attendance = demo.attendance.filter((a) => a.meetingId === meeting.id);
        const quorum = quorumFromRecords(
          QuorumRule.MORE_THAN_HALF,
          vilniusDate(meeting.startsAt),
          memberships,
          attendance,
        );
        expect(quorum.reached).toBe(true);
        // Everyone recorded was seated that day (the attendance mutation insists on it).
        expect(attendance.length).toBeGreaterThanOrEqual(quorum.votingMembers);
        for (const d of demo.decisions.filter((x) => x.meetingId === meeting.id)) {
          const cast = (d.votesFor ?? 0) + (d.votesAgainst ?? 0) + (d.votesAbstained ?? 0);
          expect(cast).toBeLessThanOrEqual(quorum.attending);
        }
        const minutes = demo.minutes.find((x) => x.meetingId === meeting.id)!;
        expect(minutes.approvedById).toBe(chair.personId);
        expect(minutes.approvedAt! > meeting.endsAt && minutes.approvedAt! < now).toBe(true);
      }
    }
  });
});

describe('demo action items and prevention work', () => {
  it('changes no meeting record, and comes out the same for the same clock', () => {
    const now = new Date('2026-05-12T08:00:00Z');
    const demo = buildDemoData(referenceInput(now), counterIds());
    expect(demo.actionItems.length).toBeGreaterThan(80);
    expect(demo.activities.length).toBeGreaterThan(50);
    // Ids are drawn as rows are made, so same ids mean the same rows in the same order.
    expect(buildDemoData(referenceInput(now), counterIds())).toEqual(demo);
  });

  it.each(CLOCKS)('plans every kind of item and activity when now is %s', (iso) => {
    const now = new Date(iso);
    const today = vilniusDate(now);
    const { indicators, measures } = referenceInput(now);
    const demo = buildDemoData(referenceInput(now), counterIds());
    const indicator = new Map(indicators.map((i) => [i.id, i]));
    const active = new Set(measures.map((m) => m.id));
    const person = new Map(demo.people.map((p) => [p.id, p]));
    const meeting = new Map(demo.meetings.map((m) => [m.id, m]));
    const decision = new Map(demo.decisions.map((d) => [d.id, d]));
    const texts: string[] = [];

    for (const tf of demo.taskForces) {
      const items = demo.actionItems.filter((i) => i.taskForceId === tf.id);
      expect(items.length).toBeGreaterThanOrEqual(8);
      expect(items.length).toBeLessThanOrEqual(20);
      expect(new Set(items.map((i) => i.status))).toEqual(new Set(Object.values(S)));
      // Overdue work where the profile puts the task force behind; none where it is on track.
      const behind = profileOf(tf.municipalityId.replace('m-', '')).backlog !== 'NONE';
      expect(items.some((i) => isOverdue(i, today))).toBe(behind);
      expect(items.some((i) => isDoneLate(i.completedOn, i.dueDate))).toBe(true);
      expect(items.some((i) => i.originDecisionId)).toBe(true);
      expect(items.some((i) => !i.originDecisionId)).toBe(true);
      expect(items.filter((i) => /[ąčęėįšųūž]/i.test(i.title)).length).toBeGreaterThan(4);

      for (const item of items) {
        texts.push(item.title, item.description ?? '');
        expect(item.createdAt < now && item.updatedAt < now).toBe(true);
        expect(item.updatedAt >= item.createdAt).toBe(true);
        expect(item.dueDate > vilniusDate(item.createdAt)).toBe(true);
        const links = demo.actionItemMeasures.filter((l) => l.action_item_id === item.id);
        expect(links.length === 1 || links.length === 2).toBe(true);
        expect(links.every((l) => active.has(l.measure_id))).toBe(true);
        const seat = demo.memberships.find(
          (m) => m.taskForceId === tf.id && m.personId === item.assigneeId && !m.validTo,
        )!;
        expect(seat.role).not.toBe(MembershipRole.OBSERVER);
        expect(seat.validFrom <= vilniusDate(item.createdAt)).toBe(true);
        expect(item.responsibleInstitutionId).toBe(person.get(item.assigneeId)!.institutionId);
        if (item.originDecisionId) {
          const origin = decision.get(item.originDecisionId)!;
          expect(origin.taskForceId).toBe(tf.id);
          expect(item.createdAt > meeting.get(origin.meetingId)!.endsAt).toBe(true);
        }
        const done = item.status === S.DONE;
        expect(item.completedAt !== null).toBe(done);
        if (done) {
          expect(item.completedAt! < now).toBe(true);
          expect(item.completedOn).toBe(vilniusDate(item.completedAt!));
        }

        // Updates: in order, by the assignee, the status trail ending at the item's status.
        const updates = demo.actionUpdates.filter((u) => u.actionItemId === item.id);
        if (item.status === S.OPEN) expect(updates).toEqual([]);
        else expect(updates.length >= 1 && updates.length <= 4).toBe(true);
        let status = S.OPEN;
        let last = item.createdAt;
        updates.forEach((u, i) => {
          texts.push(u.text);
          expect(u.sequence).toBe(i + 1);
          expect(u.authorId).toBe(item.assigneeId);
          expect(u.createdAt > last && u.createdAt < now).toBe(true);
          last = u.createdAt;
          expect(u.statusFrom === null).toBe(u.statusTo === null);
          if (u.statusTo) {
            expect(u.statusFrom).toBe(status);
            status = u.statusTo;
          }
        });
        expect(status).toBe(item.status);
        if (updates.length) expect(item.updatedAt).toEqual(last);
        if (done) expect(updates.at(-1)).toMatchObject({ statusTo: S.DONE, createdAt: last });
        if (done) expect(item.completedAt).toEqual(last);

        for (const c of demo.contributions.filter((x) => x.actionItemId === item.id)) {
          const update = updates.find((u) => u.id === c.actionUpdateId)!;
          const { unit, measureId } = indicator.get(c.indicatorId)!;
          expect(valueProblem(unit, c.value)).toBeNull();
          expect(c.measureId).toBe(measureId);
          expect(links.map((l) => l.measure_id)).toContain(measureId);
          expect([c.taskForceId, c.createdAt]).toEqual([tf.id, update.createdAt]);
        }
      }

      const activities = demo.activities.filter((a) => a.taskForceId === tf.id);
      expect(activities.length).toBeGreaterThanOrEqual(5);
      expect(activities.length).toBeLessThanOrEqual(20);
      const local = new Set(
        referenceInput(now)
          .institutions.filter((i) => i.municipalityId === tf.municipalityId)
          .map((i) => i.id),
      );
      for (const a of activities) {
        texts.push(a.title, a.description ?? '', a.place ?? '');
        expect(a.date < today && a.date >= addDays(today, -366)).toBe(true);
        expect(a.createdAt < now && vilniusDate(a.createdAt) >= a.date).toBe(true);
        expect(Number.isInteger(a.participants) && a.participants >= 0).toBe(true);
        const partners = demo.activityPartners.filter((p) => p.activity_id === a.id);
        expect(partners.length >= 1 && partners.length <= 3).toBe(true);
        expect(partners.every((p) => local.has(p.institution_id))).toBe(true);
        const links = demo.activityMeasures.filter((l) => l.activity_id === a.id);
        expect(links.length === 1 || links.length === 2).toBe(true);
        expect(links.every((l) => active.has(l.measure_id))).toBe(true);
        if (a.originActionItemId) {
          const origin = items.find((i) => i.id === a.originActionItemId)!;
          expect(a.date > vilniusDate(origin.createdAt)).toBe(true);
        }
      }
    }

    expect(demo.actionItems.filter((i) => isOverdue(i, today)).length).toBeGreaterThan(3);
    expect(demo.contributions.length).toBeGreaterThan(30);
    expect(demo.activities.some((a) => a.originActionItemId)).toBe(true);
    expect(new Set(demo.activities.map((a) => a.kind)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(demo.activities.map((a) => a.targetGroup)).size).toBeGreaterThanOrEqual(6);
    // No personal code (or anything like one) in the free text.
    expect(texts.filter((text) => /\d{11}/.test(text))).toEqual([]);

    // The demo members' own lists show overdue work and finished work.
    for (const email of ['member.vilnius@demo.lt', 'member.kaunas@demo.lt']) {
      const { personId } = demo.accounts.find((a) => a.email === email)!;
      const mine = demo.actionItems.filter((i) => i.assigneeId === personId);
      expect(mine.length).toBeGreaterThanOrEqual(4);
      expect(mine.some((i) => isOverdue(i, today))).toBe(true);
      expect(mine.some((i) => i.status === S.DONE)).toBe(true);
    }
  });
});
