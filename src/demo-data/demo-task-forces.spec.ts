import { vilniusDate, vilniusDateTime, vilniusYear } from '../common/time/vilnius-time';
import { MeetingStatus } from '../meetings/meeting.enums';
import { quorumFromRecords } from '../meetings/quorum';
import { INSTITUTIONS } from '../reference-data/data/institutions.data';
import { MUNICIPALITIES } from '../reference-data/data/municipalities.data';
import { PLANS_SINCE_2015 } from '../reference-data/data/plans-since-2015.data';
import { MembershipRole, QuorumRule } from '../task-forces/task-force.enums';
import { DemoInput } from './demo-plan.types';
import { buildDemoData } from './demo-task-forces';

const DAY_MS = 86_400_000;

/** The reference data as the seeder reads it from the database, with made-up ids. */
function input(now: Date): DemoInput {
  const municipalities = MUNICIPALITIES.map((m) => ({ ...m, id: `m-${m.code}` }));
  const institutions = INSTITUTIONS.map((i, n) => ({
    id: `i-${n}`,
    name: i.name,
    type: i.type,
    municipalityId: i.municipalityCode ? `m-${i.municipalityCode}` : null,
  }));
  const plan = PLANS_SINCE_2015.find((p) => p.code === 'KPZ-2024')!;
  const measures = plan.goals.flatMap((g) =>
    g.objectives.flatMap((o) => o.measures.map((m) => ({ id: `pm-${m.code}`, code: m.code }))),
  );
  return { now, municipalities, institutions, measures };
}

const counter = () => {
  let n = 0;
  return () => `id-${++n}`;
};

describe('demo task forces', () => {
  it('comes out the same for the same clock', () => {
    const now = new Date('2026-05-12T08:00:00Z');
    expect(buildDemoData(input(now), counter())).toEqual(buildDemoData(input(now), counter()));
  });

  // Around New Year (numbers restart), both clock changes and an ordinary day.
  it.each([
    '2026-01-02T07:00:00Z',
    '2025-03-30T00:30:00Z',
    '2025-10-26T02:30:00Z',
    '2026-07-15T21:59:00Z',
    '2027-12-31T22:30:00Z',
  ])('keeps the records consistent when now is %s', (iso) => {
    const now = new Date(iso);
    const demo = buildDemoData(input(now), counter());
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
