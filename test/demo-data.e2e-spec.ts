import { DEMO, startTestApp, TestApp, testConfig } from './support/test-app';
import { TASK_FORCES } from './support/demo-documents';

const MEETINGS = /* GraphQL */ `
  query Meetings($taskForceId: ID, $status: MeetingStatus, $first: Int) {
    meetings(taskForceId: $taskForceId, status: $status, first: $first, order: STARTS_AT_ASC) {
      totalCount
      edges {
        node {
          id
          number
          year
          sequence
          status
          confidential
          cancellationReason
          startsAt
          startsAtLocal
          minutesStatus
          quorum {
            votingMembers
            attending
            required
            reached
          }
          decisions {
            number
            votes {
              for
              against
              abstained
            }
            measures {
              code
            }
          }
          agenda {
            title
            measures {
              code
            }
          }
          attendance {
            status
            person {
              fullName
            }
          }
          minutes {
            status
            approvedAt
            approvedBy {
              fullName
            }
          }
        }
      }
    }
  }
`;

const ME = '{ me { email systemRole person { fullName } } }';

const TASK_FORCE_ACCOUNTS = [
  'secretary.vilnius@demo.lt',
  'chair.vilnius@demo.lt',
  'member.vilnius@demo.lt',
  'observer.vilnius@demo.lt',
  'secretary.kaunas@demo.lt',
  'member.kaunas@demo.lt',
];

const DAY_MS = 86_400_000;
const nodes = (connection: any) => connection.edges.map((e: any) => e.node);

describe('demo data', () => {
  let t: TestApp;
  let taskForces: any[];
  /** Every meeting of each task force, as the Commission (which reads confidential ones) sees it. */
  const meetings = new Map<string, any[]>();

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await t.login(DEMO.admin);
    const res = await t.gql(TASK_FORCES, { first: 100 }, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data.taskForces.totalCount).toBe(10);
    taskForces = nodes(res.data.taskForces);
    const commission = await t.login(DEMO.commission);
    for (const taskForce of taskForces) {
      const list = await t.gql(MEETINGS, { taskForceId: taskForce.id, first: 100 }, commission);
      expect(list.errors).toBeUndefined();
      meetings.set(taskForce.id, nodes(list.data.meetings));
    }
  });
  afterAll(() => t.close());

  const vilnius = () => taskForces.find((tf) => tf.municipality.code === '13');

  it('gives each of the 10 municipalities a task force with a unique name and founding act', () => {
    expect(new Set(taskForces.map((tf) => tf.municipality.code)).size).toBe(10);
    expect(new Set(taskForces.map((tf) => tf.name)).size).toBe(10);
    expect(vilnius().name).toBe(
      'Vilniaus miesto savivaldybės prekybos žmonėmis prevencijos darbo grupė',
    );
    for (const tf of taskForces) {
      expect(tf.establishedOn >= '2019-01-01' && tf.establishedOn <= '2023-12-31').toBe(true);
      expect(tf.establishingAct).toContain(tf.establishedOn);
      expect(tf.quorumRule).toBe('MORE_THAN_HALF');
    }
  });

  it('seats 8–15 current members from several institutions, one chair and one secretary', () => {
    for (const tf of taskForces) {
      const roles = tf.members.map((m: any) => m.role);
      expect(tf.members.length).toBeGreaterThanOrEqual(8);
      expect(tf.members.length).toBeLessThanOrEqual(15);
      expect(new Set(tf.members.map((m: any) => m.person.institution?.name)).size).toBeGreaterThan(
        2,
      );
      expect(roles.filter((r: string) => r === 'CHAIR')).toHaveLength(1);
      expect(roles.filter((r: string) => r === 'DEPUTY_CHAIR')).toHaveLength(1);
      expect(roles.filter((r: string) => r === 'SECRETARY')).toHaveLength(1);
      const observers = roles.filter((r: string) => r === 'OBSERVER').length;
      expect(observers === 1 || observers === 2).toBe(true);
      expect(tf.pastMembers.length === 1 || tf.pastMembers.length === 2).toBe(true);
      // Lithuanian names, with their diacritics, somewhere on every roster.
      expect(tf.members.some((m: any) => /[ąčęėįšųūž]/i.test(m.person.fullName))).toBe(true);
    }
  });

  it('holds a year of meetings: one cancelled, held ones with full records, some planned', () => {
    const now = Date.now();
    for (const tf of taskForces) {
      const list = meetings.get(tf.id)!;
      const byStatus = (status: string) => list.filter((m) => m.status === status);
      expect(byStatus('CANCELLED')).toHaveLength(1);
      expect(byStatus('CANCELLED')[0].cancellationReason).toBeTruthy();
      const planned = byStatus('PLANNED');
      expect(planned.length).toBeGreaterThanOrEqual(1);
      for (const m of planned) {
        const startsAt = Date.parse(m.startsAt);
        expect(startsAt > now && startsAt < now + 62 * DAY_MS).toBe(true);
        expect([m.attendance, m.decisions, m.minutes]).toEqual([[], [], null]);
      }
      const held = byStatus('HELD');
      expect(held.length).toBeGreaterThanOrEqual(4);
      expect(list.some((m) => m.confidential)).toBe(true);
      for (const m of held) {
        const startsAt = Date.parse(m.startsAt);
        expect(startsAt < now && startsAt > now - 366 * DAY_MS).toBe(true);
        expect(m.startsAtLocal).toMatch(/T(09|10|13):00:00\+0[23]:00$/);
        expect(m.agenda.length).toBeGreaterThanOrEqual(2);
        expect(m.agenda.length).toBeLessThanOrEqual(4);
        expect(m.quorum.reached).toBe(true);
        expect(m.minutesStatus).toBe('APPROVED');
        expect(m.minutes.status).toBe('APPROVED');
        expect(Date.parse(m.minutes.approvedAt)).toBeGreaterThan(startsAt);
        expect(m.minutes.approvedBy.fullName).toBe(
          tf.members.find((x: any) => x.role === 'CHAIR').person.fullName,
        );
        expect(m.decisions.length).toBeGreaterThanOrEqual(1);
        expect(m.decisions.length).toBeLessThanOrEqual(3);
        m.decisions.forEach((d: any, i: number) => {
          expect(d.number).toMatch(/^\d{4}\/\d+-\d+$/);
          expect(d.number).toBe(`${m.number}-${i + 1}`);
          if (d.votes) {
            const cast = d.votes.for + d.votes.against + d.votes.abstained;
            expect(cast).toBeLessThanOrEqual(m.quorum.attending);
          }
        });
      }
      // Numbered per Vilnius year, in start order.
      const years = new Map<number, number>();
      for (const m of list) {
        years.set(m.year, (years.get(m.year) ?? 0) + 1);
        expect(m.sequence).toBe(years.get(m.year));
        expect(m.number).toBe(`${m.year}/${m.sequence}`);
        expect(m.year).toBe(Number(m.startsAtLocal.slice(0, 4)));
      }
    }
  });

  it('links meeting records to measures of the active plan and mixes votes and kinds', () => {
    const all = [...meetings.values()].flat();
    const decisions = all.flatMap((m) => m.decisions);
    expect(all.some((m) => m.agenda.some((a: any) => a.measures.length > 0))).toBe(true);
    expect(decisions.some((d) => d.measures.some((x: any) => x.code === '1.2.2'))).toBe(true);
    expect(decisions.some((d) => d.votes === null)).toBe(true);
    expect(decisions.some((d) => d.votes && d.votes.abstained + d.votes.against > 0)).toBe(true);
    const statuses = new Set(all.flatMap((m) => m.attendance.map((a: any) => a.status)));
    expect([...statuses].sort()).toEqual(['ABSENT', 'EXCUSED', 'PRESENT', 'REMOTE']);
  });

  it('hides the confidential meetings from administrators who are not members', async () => {
    const admin = await t.login(DEMO.admin);
    const tf = vilnius();
    const seen = nodes(
      (await t.gql(MEETINGS, { taskForceId: tf.id, first: 100 }, admin)).data.meetings,
    );
    const open = meetings.get(tf.id)!.filter((m) => !m.confidential);
    expect(seen.map((m: any) => m.id)).toEqual(open.map((m) => m.id));
  });

  it('lets the task-force demo accounts in, each seeing only its own task force', async () => {
    const visible = async (email: string) => {
      const token = await t.login(email);
      const me = (await t.gql(ME, {}, token)).data.me;
      expect(me.systemRole).toBe('NONE');
      const res = await t.gql(TASK_FORCES, { first: 100 }, token);
      return {
        me,
        token,
        codes: nodes(res.data.taskForces).map((tf: any) => tf.municipality.code),
      };
    };
    for (const email of TASK_FORCE_ACCOUNTS) {
      const { codes } = await visible(email);
      expect(codes).toEqual([email.endsWith('.vilnius@demo.lt') ? '13' : '19']);
    }
    const seat = (role: string) => vilnius().members.find((m: any) => m.role === role);
    expect(seat('CHAIR').person.email).toBe('chair.vilnius@demo.lt');
    expect(seat('SECRETARY').person.email).toBe('secretary.vilnius@demo.lt');
    expect(seat('CHAIR').validTo).toBeNull();
    const kaunas = taskForces.find((tf) => tf.municipality.code === '19');
    const kaunasEmails = kaunas.members.map((m: any) => m.person.email);
    expect(kaunasEmails).toEqual(
      expect.arrayContaining(['secretary.kaunas@demo.lt', 'member.kaunas@demo.lt']),
    );
  });

  it('shows member.vilnius at every held meeting of the Vilnius task force', async () => {
    const { fullName } = vilnius().members.find(
      (m: any) => m.person.email === 'member.vilnius@demo.lt',
    ).person;
    const token = await t.login('member.vilnius@demo.lt');
    const res = await t.gql(MEETINGS, { taskForceId: vilnius().id, status: 'HELD' }, token);
    const held = nodes(res.data.meetings);
    expect(held.length).toBeGreaterThanOrEqual(4);
    for (const m of held) {
      const mine = m.attendance.find((a: any) => a.person.fullName === fullName);
      expect(['PRESENT', 'REMOTE']).toContain(mine.status);
    }
  });
});

describe('demo data switches', () => {
  it('seeds no task forces with DEMO_DATA=false', async () => {
    const t = await startTestApp({ demoData: false });
    try {
      const [{ n }] = await t.dataSource.query('SELECT COUNT(*) AS n FROM task_force');
      expect(Number(n)).toBe(0);
    } finally {
      await t.close();
    }
  });

  it('seeds relative to the clock, once: a second start on the same file adds nothing', async () => {
    // SQLite hands back UTC text, PostgreSQL a Date.
    const instant = (value: string | Date) =>
      value instanceof Date ? +value : Date.parse(`${value.replace(' ', 'T')}Z`);
    // Pinned on the Sunday Vilnius moves its clocks forward.
    const fixedNow = new Date('2025-03-30T09:00:00Z');
    const config = testConfig({ fixedNow });
    const tables = ['task_force', 'person', 'membership', 'account', 'meeting', 'attendance'];
    const work = ['action_item', 'action_update', 'indicator_contribution', 'prevention_activity'];
    const oversight = ['follow_up_request', 'follow_up_message', 'annual_report'];
    const snapshot = async (t: TestApp) =>
      Promise.all(
        [...tables, ...work, ...oversight, 'decision', 'minutes', 'audit_event'].map(
          async (table) => (await t.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n,
        ),
      );
    const first = await startTestApp(config);
    const before = await snapshot(first);
    const starts = await first.dataSource.query('SELECT status, starts_at FROM meeting');
    for (const { status, starts_at } of starts) {
      const startsAt = instant(starts_at);
      expect(status === 'PLANNED' ? startsAt > +fixedNow : startsAt < +fixedNow).toBe(true);
    }
    // The year of work carries its own past timestamps, not the moment of seeding.
    const stamps = await first.dataSource.query(
      `SELECT created_at AS at FROM action_item UNION ALL SELECT created_at FROM action_update
       UNION ALL SELECT completed_at FROM action_item WHERE completed_at IS NOT NULL
       UNION ALL SELECT created_at FROM prevention_activity
       UNION ALL SELECT created_at FROM follow_up_message UNION ALL SELECT updated_at FROM follow_up_request
       UNION ALL SELECT updated_at FROM annual_report UNION ALL SELECT figures_generated_at FROM annual_report`,
    );
    expect(stamps.length).toBeGreaterThan(200);
    for (const { at } of stamps) expect(instant(at)).toBeLessThan(+fixedNow);
    const [{ latest }] = await first.dataSource.query(
      'SELECT MAX(date) AS latest FROM prevention_activity',
    );
    // A raw date column is text on SQLite and a Date on PostgreSQL.
    const latestDay = latest instanceof Date ? latest.toISOString().slice(0, 10) : latest;
    expect(latestDay < '2025-03-30').toBe(true);
    await first.app.close();

    const second = await startTestApp(config);
    try {
      expect(await snapshot(second)).toEqual(before);
    } finally {
      await second.close();
    }
  });
});
