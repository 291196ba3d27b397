import { vilniusYear } from '../src/common/time/vilnius-time';
import { profileOf } from '../src/demo-data/demo-profiles';
import { DEMO, startTestApp, TestApp, testConfig } from './support/test-app';

const TASK_FORCES = /* GraphQL */ `
  query TaskForces($first: Int) {
    taskForces(first: $first) {
      totalCount
      edges {
        node {
          id
          name
          establishedOn
          establishingAct
          quorumRule
          municipality {
            code
          }
          members {
            role
            validFrom
            validTo
            person {
              fullName
              email
              institution {
                name
              }
            }
          }
          pastMembers {
            role
            validTo
          }
        }
      }
    }
  }
`;

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

const ACTION_ITEMS = /* GraphQL */ `
  query Items($taskForceId: ID, $status: [ActionItemStatus!], $overdue: Boolean, $first: Int) {
    actionItems(taskForceId: $taskForceId, status: $status, overdue: $overdue, first: $first) {
      totalCount
      edges {
        node {
          id
          status
          overdue
          dueDate
          completedAt
          completedOn
          measures {
            code
          }
          assignee {
            fullName
          }
          originDecision {
            number
          }
          lastUpdate {
            text
          }
          indicatorTotals {
            total
          }
        }
      }
    }
  }
`;

const MY_ACTION_ITEMS = /* GraphQL */ `
  query Mine($first: Int, $includeClosed: Boolean) {
    myActionItems(first: $first, includeClosed: $includeClosed) {
      totalCount
      edges {
        node {
          id
          status
          overdue
          dueDate
        }
      }
    }
  }
`;

const ACTIVITIES = /* GraphQL */ `
  query Activities($taskForceId: ID, $first: Int) {
    preventionActivities(taskForceId: $taskForceId, first: $first) {
      totalCount
      edges {
        node {
          kind
          targetGroup
          participants
          partners {
            name
          }
          measures {
            code
          }
        }
      }
    }
  }
`;

const ME = '{ me { email systemRole person { fullName } } }';

const OVERVIEW = /* GraphQL */ `
  query {
    statusOverview {
      rows {
        taskForce {
          id
          name
          municipality {
            code
          }
        }
        rating
        reasons
      }
    }
  }
`;

const FOLLOW_UPS = /* GraphQL */ `
  query FollowUps($taskForceId: ID) {
    followUpRequests(taskForceId: $taskForceId, first: 100) {
      totalCount
      edges {
        node {
          title
          status
          overdue
          askedByRole
          subjectType
          taskForce {
            name
          }
          askedBy {
            fullName
          }
          messages {
            kind
            text
            author {
              fullName
            }
          }
        }
      }
    }
  }
`;

const ANNUAL_REPORT = /* GraphQL */ `
  query Report($taskForceId: ID!, $year: Int!) {
    annualReport(taskForceId: $taskForceId, year: $year) {
      year
      status
      narrative
      returnReason
      submittedBy {
        fullName
      }
      decidedBy {
        fullName
      }
      figures {
        taskForce
        meetingsHeld
        preventionActivities
        preventionParticipants
      }
    }
  }
`;

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

describe('demo action items and prevention activities', () => {
  let t: TestApp;
  let admin: string;
  let taskForces: any[];

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login(DEMO.admin);
    const res = await t.gql(TASK_FORCES, { first: 100 }, admin);
    taskForces = nodes(res.data.taskForces);
  });
  afterAll(() => t.close());

  it('gives every task force 8–20 action items; across them every status, some overdue', async () => {
    const now = Date.now();
    const all: any[] = [];
    for (const tf of taskForces) {
      const res = await t.gql(ACTION_ITEMS, { taskForceId: tf.id, first: 100 }, admin);
      expect(res.errors).toBeUndefined();
      const items = nodes(res.data.actionItems);
      expect(res.data.actionItems.totalCount).toBe(items.length);
      expect(items.length).toBeGreaterThanOrEqual(8);
      expect(items.length).toBeLessThanOrEqual(20);
      const voting = tf.members
        .filter((m: any) => m.role !== 'OBSERVER')
        .map((m: any) => m.person.fullName);
      for (const item of items) {
        expect(voting).toContain(item.assignee.fullName);
        expect(item.measures.length === 1 || item.measures.length === 2).toBe(true);
        expect(item.lastUpdate === null).toBe(item.status === 'OPEN');
        expect(item.completedAt === null).toBe(item.status !== 'DONE');
        if (item.completedAt) expect(Date.parse(item.completedAt)).toBeLessThan(now);
      }
      expect(items.some((i: any) => i.originDecision?.number.match(/^\d{4}\/\d+-\d+$/))).toBe(true);
      all.push(...items);
    }
    expect([...new Set(all.map((i) => i.status))].sort()).toEqual([
      'CANCELLED',
      'DONE',
      'IN_PROGRESS',
      'OPEN',
    ]);
    expect(all.some((i) => i.indicatorTotals.some((x: any) => x.total > 0))).toBe(true);

    // Only the task forces whose profile puts them behind have overdue work (see the oversight).
    const overdue = await t.gql(ACTION_ITEMS, { overdue: true, first: 100 }, admin);
    expect(overdue.data.actionItems.totalCount).toBeGreaterThanOrEqual(4);
    expect(nodes(overdue.data.actionItems).every((i: any) => i.overdue)).toBe(true);
    const late = all.filter((i) => i.status === 'DONE' && i.completedOn > i.dueDate);
    expect(late.length).toBeGreaterThan(0);
    const done = await t.gql(ACTION_ITEMS, { status: ['DONE'], first: 100 }, admin);
    expect(done.data.actionItems.totalCount).toBe(all.filter((i) => i.status === 'DONE').length);
  });

  it('records 5–20 prevention activities per task force, of mixed kinds', async () => {
    const all: any[] = [];
    for (const tf of taskForces) {
      const res = await t.gql(ACTIVITIES, { taskForceId: tf.id, first: 100 }, admin);
      expect(res.errors).toBeUndefined();
      const activities = nodes(res.data.preventionActivities);
      expect(res.data.preventionActivities.totalCount).toBe(activities.length);
      expect(activities.length).toBeGreaterThanOrEqual(5);
      expect(activities.length).toBeLessThanOrEqual(20);
      for (const a of activities) {
        expect(a.partners.length).toBeGreaterThanOrEqual(1);
        expect(a.measures.length === 1 || a.measures.length === 2).toBe(true);
        expect(a.participants).toBeGreaterThanOrEqual(0);
      }
      all.push(...activities);
    }
    expect(new Set(all.map((a) => a.kind)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(all.map((a) => a.targetGroup)).size).toBeGreaterThanOrEqual(6);
  });

  it.each(['member.vilnius@demo.lt', 'member.kaunas@demo.lt'])(
    'shows %s its own items, an overdue one first',
    async (email) => {
      const token = await t.login(email);
      const open = await t.gql(MY_ACTION_ITEMS, { first: 20 }, token);
      expect(open.errors).toBeUndefined();
      const items = nodes(open.data.myActionItems);
      expect(items.length).toBeGreaterThanOrEqual(2);
      expect(items[0].overdue).toBe(true);
      expect(items.every((i: any) => ['OPEN', 'IN_PROGRESS'].includes(i.status))).toBe(true);
      const all = await t.gql(MY_ACTION_ITEMS, { first: 50, includeClosed: true }, token);
      const statuses = nodes(all.data.myActionItems).map((i: any) => i.status);
      expect(statuses.length).toBeGreaterThanOrEqual(4);
      expect(statuses).toContain('DONE');
    },
  );
});

describe('demo oversight data', () => {
  let t: TestApp;
  let commission: string;
  let taskForces: any[];
  /** The names of the national demo people, who ask and decide. */
  let national: string[];

  beforeAll(async () => {
    t = await startTestApp();
    commission = await t.login(DEMO.commission);
    taskForces = nodes((await t.gql(TASK_FORCES, { first: 100 }, commission)).data.taskForces);
    national = [];
    for (const email of [DEMO.commission, DEMO.ministry]) {
      const token = email === DEMO.commission ? commission : await t.login(email);
      national.push((await t.gql(ME, {}, token)).data.me.person.fullName);
    }
  });
  afterAll(() => t.close());

  it('rates the task forces GREEN, AMBER and RED as their profiles say, each for its reason', async () => {
    const res = await t.gql(OVERVIEW, {}, commission);
    expect(res.errors).toBeUndefined();
    const rows = res.data.statusOverview.rows;
    expect(rows).toHaveLength(10);
    for (const row of rows) {
      expect([row.taskForce.name, row.rating]).toEqual([
        row.taskForce.name,
        profileOf(row.taskForce.municipality.code).rating,
      ]);
    }
    const count = (rating: string) => rows.filter((r: any) => r.rating === rating).length;
    expect([count('GREEN'), count('AMBER'), count('RED')]).toEqual([5, 3, 2]);
    const vilnius = rows.find((r: any) => r.taskForce.municipality.code === '13');
    expect(vilnius.rating).toBe('AMBER');
    const first = (rating: string) =>
      rows.filter((r: any) => r.rating === rating).map((r: any) => r.reasons[0]);
    expect(first('RED')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^No meeting held for \d+ days \(red from 120\)/),
        expect.stringMatching(/open action items are overdue .*red above 25%/),
      ]),
    );
    expect(first('AMBER')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^No meeting held for \d+ days \(amber from 90\)/),
        expect.stringMatching(/open action items are overdue .*amber above 10%/),
        expect.stringMatching(/follow-up request\(s\) past their due date/),
      ]),
    );
  });

  it('holds follow-up requests in every state, asked nationally and answered locally', async () => {
    const res = await t.gql(FOLLOW_UPS, {}, commission);
    expect(res.errors).toBeUndefined();
    const requests = nodes(res.data.followUpRequests);
    expect(requests.length).toBeGreaterThanOrEqual(10);
    expect(res.data.followUpRequests.totalCount).toBe(requests.length);
    const states = new Set(requests.map((r: any) => `${r.status}${r.overdue ? ' overdue' : ''}`));
    expect([...states].sort()).toEqual(['ANSWERED', 'CLOSED', 'OPEN', 'OPEN overdue']);
    expect(new Set(requests.map((r: any) => r.askedByRole))).toEqual(
      new Set(['COMMISSION', 'MINISTRY']),
    );
    expect(new Set(requests.map((r: any) => r.subjectType))).toEqual(
      new Set(['TASK_FORCE', 'ACTION_ITEM', 'MEETING']),
    );
    for (const r of requests) {
      const kinds = r.messages.map((m: any) => m.kind);
      const expected = {
        OPEN: [['QUESTION']],
        ANSWERED: [['QUESTION', 'ANSWER']],
        CLOSED: [
          ['QUESTION', 'ANSWER'],
          ['QUESTION', 'ANSWER', 'QUESTION', 'ANSWER'],
        ],
      }[r.status as 'OPEN'];
      expect(expected).toContainEqual(kinds);
      expect(r.title).toBe(r.messages[0].text.split('\n')[0]);
      expect(national).toContain(r.askedBy.fullName);
      // Answers come from the task force's chair or secretary.
      const tf = taskForces.find((x) => x.name === r.taskForce.name);
      const keepers = tf.members
        .filter((m: any) => ['CHAIR', 'DEPUTY_CHAIR', 'SECRETARY'].includes(m.role))
        .map((m: any) => m.person.fullName);
      for (const m of r.messages.filter((x: any) => x.kind === 'ANSWER')) {
        expect(keepers).toContain(m.author.fullName);
      }
    }
    expect(requests.some((r: any) => r.messages.length === 4)).toBe(true);
  });

  it('shows member.vilnius the follow-up requests of Vilnius only', async () => {
    const vilnius = taskForces.find((tf) => tf.municipality.code === '13');
    const all = nodes((await t.gql(FOLLOW_UPS, {}, commission)).data.followUpRequests);
    const token = await t.login('member.vilnius@demo.lt');
    const seen = nodes((await t.gql(FOLLOW_UPS, {}, token)).data.followUpRequests);
    expect(seen.length).toBeGreaterThanOrEqual(1);
    expect(seen.map((r: any) => r.title).sort()).toEqual(
      all
        .filter((r: any) => r.taskForce.name === vilnius.name)
        .map((r: any) => r.title)
        .sort(),
    );
    expect(seen.every((r: any) => r.taskForce.name === vilnius.name)).toBe(true);
  });

  it("keeps last year's annual reports in every state, with figures from the records", async () => {
    const year = vilniusYear(new Date()) - 1;
    const statuses = new Set<string>();
    for (const tf of taskForces) {
      const res = await t.gql(ANNUAL_REPORT, { taskForceId: tf.id, year }, commission);
      expect(res.errors).toBeUndefined();
      const report = res.data.annualReport;
      statuses.add(report.status);
      expect(report.figures.taskForce).toBe(tf.name);
      const secretary = tf.members.find((m: any) => m.role === 'SECRETARY').person.fullName;
      expect(report.submittedBy?.fullName ?? null).toBe(
        report.status === 'DRAFT' ? null : secretary,
      );
      const decided = ['ACCEPTED', 'RETURNED'].includes(report.status);
      if (decided) expect(national).toContain(report.decidedBy.fullName);
      else expect(report.decidedBy).toBeNull();
      expect(report.returnReason === null).toBe(report.status !== 'RETURNED');
      if (report.returnReason) expect(report.returnReason).toMatch(/[ąčęėįšųūž]/i);
      // The narrative quotes the year's counts as the figures give them.
      if (report.narrative) {
        const { meetingsHeld, preventionActivities, preventionParticipants } = report.figures;
        expect(report.narrative).toContain(
          `Įvykusių posėdžių skaičius – ${meetingsHeld}, prevencijos renginių – ${preventionActivities} (dalyvių – ${preventionParticipants}).`,
        );
      }
    }
    expect([...statuses].sort()).toEqual(['ACCEPTED', 'DRAFT', 'RETURNED', 'SUBMITTED']);
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
