/** The demo data's action items, prevention activities and oversight records, checked over HTTP. */
import { vilniusYear } from '../src/common/time/vilnius-time';
import { profileOf } from '../src/demo-data/demo-profiles';
import { DEMO, startTestApp, TestApp } from './support/test-app';
import { TASK_FORCES } from './support/demo-documents';

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

const nodes = (connection: any) => connection.edges.map((e: any) => e.node);

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
