import { CREATE_ACTION_ITEM, UPDATE_ACTION_ITEM } from './support/action-item-documents';
import {
  activeMeasureIds,
  addMember,
  createTaskForce,
  createUser,
  PINNED_NOW,
  seedTaskForceWorld,
  TaskForceWorld,
  User,
} from './support/factories';
import { markHeld, scheduleMeeting } from './support/meeting-builders';
import { RECORD_DECISION } from './support/meeting-documents';
import { codeOf, countStatements, startTestApp, TestApp } from './support/test-app';

const OVERVIEW = /* GraphQL */ `
  query ($from: LocalDate, $to: LocalDate) {
    statusOverview(from: $from, to: $to) {
      period {
        from
        to
      }
      rows {
        taskForce {
          id
          name
        }
        members
        institutions
        meetingsHeld
        lastMeetingOn
        daysSinceLastMeeting
        decisions
        actionItemsOpen
        actionItemsOverdue
        actionItemsDoneOnTime
        actionItemsDoneLate
        measuresCovered
        preventionActivities
        preventionParticipants
        openFollowUps
        overdueFollowUps
        rating
        reasons
      }
    }
  }
`;

/** The same figures, gathered from the ordinary lists of the API rather than the overview. */
const RECORDS = /* GraphQL */ `
  query ($id: ID!, $from: LocalDate!, $to: LocalDate!) {
    taskForce(id: $id) {
      members {
        id
      }
    }
    held: meetings(taskForceId: $id, status: HELD, from: $from, to: $to, first: 100) {
      totalCount
      edges {
        node {
          decisions {
            id
          }
        }
      }
    }
    everHeld: meetings(taskForceId: $id, status: HELD, first: 1) {
      edges {
        node {
          startsAtLocal
        }
      }
    }
    open: actionItems(taskForceId: $id, status: [OPEN, IN_PROGRESS], first: 1) {
      totalCount
    }
    overdue: actionItems(taskForceId: $id, overdue: true, first: 1) {
      totalCount
    }
    activities: preventionActivities(taskForceId: $id, from: $from, to: $to, first: 100) {
      totalCount
    }
    followUps: followUpRequests(taskForceId: $id, first: 100) {
      edges {
        node {
          status
        }
      }
    }
    overdueFollowUps: followUpRequests(taskForceId: $id, overdue: true, first: 1) {
      totalCount
    }
  }
`;

const RECORD_ACTIVITY = /* GraphQL */ `
  mutation ($input: RecordPreventionActivityInput!) {
    recordPreventionActivity(input: $input) {
      id
    }
  }
`;
const ASK = /* GraphQL */ `
  mutation ($input: CreateFollowUpRequestInput!) {
    createFollowUpRequest(input: $input) {
      id
    }
  }
`;

interface Unit {
  id: string;
  secretary: User;
  members: string[];
}

const QUERIED_AT = new Date('2026-06-20T09:00:00Z');

describe("The Commission's status overview", () => {
  let t: TestApp;
  let w: TaskForceWorld;
  let measure: string;
  const units: Record<string, Unit> = {};

  const unit = async (name: string): Promise<Unit> => {
    const id = await createTaskForce(t, w.admin, name);
    const secretary = await createUser(t, w.admin, `Sekretorė ${name}`);
    await addMember(t, w.admin, {
      taskForceId: id,
      personId: secretary.personId,
      role: 'SECRETARY',
    });
    const members: string[] = [];
    for (const who of ['Narys A', 'Narė B']) {
      const m = await addMember(t, w.admin, {
        taskForceId: id,
        role: 'MEMBER',
        person: { fullName: `${who} ${name}` },
      });
      members.push(m.person.id);
    }
    return { id, secretary, members };
  };
  const meeting = async (u: Unit, startsAt: string, held = true) => {
    const keeper = { taskForceId: u.id, token: u.secretary.token };
    const m = await scheduleMeeting(t, keeper, startsAt);
    if (held) await markHeld(t, keeper, m);
    return m;
  };
  const item = async (u: Unit, dueDate: string, status?: string) => {
    const created = (
      await t.gql(
        CREATE_ACTION_ITEM,
        {
          input: {
            taskForceId: u.id,
            title: `Užduotis ${dueDate}`,
            assigneeId: u.members[0],
            dueDate,
            measureIds: [measure],
          },
        },
        u.secretary.token,
      )
    ).data.createActionItem;
    if (status) {
      await t.gql(
        UPDATE_ACTION_ITEM,
        { input: { id: created.id, version: created.version, status } },
        u.secretary.token,
      );
    }
  };
  const activity = (u: Unit, date: string, participants: number) =>
    t.gql(
      RECORD_ACTIVITY,
      {
        input: {
          taskForceId: u.id,
          kind: 'ROUND_TABLE',
          title: 'Apskritasis stalas',
          date,
          targetGroup: 'SPECIALISTS',
          participants,
          measureIds: [measure],
        },
      },
      u.secretary.token,
    );
  const overview = async (token: string, period: Record<string, string> = {}) => {
    const res = await t.gql(OVERVIEW, period, token);
    expect(res.errors).toBeUndefined();
    return res.data.statusOverview;
  };

  beforeAll(async () => {
    t = await startTestApp({ fixedNow: PINNED_NOW });
    w = await seedTaskForceWorld(t);
    [measure] = await activeMeasureIds(t, w.admin);

    units.green = await unit('Žalioji');
    const m = await meeting(units.green, '2026-05-20T07:00:00Z');
    await t.gql(
      RECORD_DECISION,
      {
        input: { meetingId: m.id, kind: 'INFORMATION', text: 'Išklausyta.', measureIds: [measure] },
      },
      units.green.secretary.token,
    );
    await meeting(units.green, '2025-09-10T07:00:00Z');
    await meeting(units.green, '2025-01-10T08:00:00Z'); // before the period
    for (const due of ['2026-07-01', '2026-08-01', '2026-09-01']) await item(units.green, due);
    await item(units.green, '2026-06-30', 'DONE');
    await activity(units.green, '2026-04-01', 40);
    await activity(units.green, '2025-03-01', 99); // before the period

    units.neverMet = await unit('Nesusirinkusi');
    await meeting(units.neverMet, '2026-07-01T07:00:00Z', false);

    units.overdue = await unit('Vėluojanti');
    await meeting(units.overdue, '2026-06-05T07:00:00Z');
    for (const due of ['2026-06-01', '2026-06-10', '2026-07-15', '2026-08-15'])
      await item(units.overdue, due);
    await item(units.overdue, '2026-06-10', 'DONE'); // done late: completed 15 June
    await activity(units.overdue, '2026-05-05', 12);

    units.quiet = await unit('Tyli');
    await meeting(units.quiet, '2026-03-07T08:00:00Z'); // 105 days before 20 June
    await activity(units.quiet, '2026-05-05', 20);

    units.asked = await unit('Klausiama');
    await meeting(units.asked, '2026-06-01T07:00:00Z');
    await activity(units.asked, '2026-05-05', 20);
    await t.gql(
      ASK,
      { input: { taskForceId: units.asked.id, question: 'Kur ataskaita?', dueDate: '2026-06-18' } },
      w.commission,
    );

    units.slipping = await unit('Slystanti');
    await meeting(units.slipping, '2026-06-01T07:00:00Z');
    await activity(units.slipping, '2026-05-05', 20);
    for (const due of ['2026-06-10', '2026-07-01', '2026-07-02', '2026-07-03', '2026-07-04']) {
      await item(units.slipping, due);
    }

    units.late = await unit('Pavėluojanti');
    await meeting(units.late, '2026-06-01T07:00:00Z');
    await activity(units.late, '2026-05-05', 20);
    await item(units.late, '2026-06-01', 'DONE');
    await item(units.late, '2026-06-02', 'DONE');
    await item(units.late, '2026-06-30', 'DONE');

    units.idle = await unit('Neveikli');
    await meeting(units.idle, '2026-06-01T07:00:00Z');

    t.config.fixedNow = QUERIED_AT;
  });
  afterAll(() => t.close());

  const rowOf = (result: any, u: Unit) => result.rows.find((r: any) => r.taskForce.id === u.id);

  it.each([
    ['green', 'GREEN', /Meets regularly/],
    ['neverMet', 'RED', /No meeting has been held yet/],
    ['overdue', 'RED', /2 of 4 open action items are overdue \(50%\); red above 25%/],
    ['quiet', 'AMBER', /No meeting held for 105 days \(amber from 90\)/],
    ['asked', 'AMBER', /1 follow-up request\(s\) past their due date/],
    ['slipping', 'AMBER', /1 of 5 open action items are overdue \(20%\); amber above 10%/],
    ['late', 'AMBER', /2 of 3 action items done in the period were late \(67%; amber above 30%\)/],
    ['idle', 'AMBER', /No prevention activity in the period/],
  ])(
    'rates %s %s with its reason, and its figures equal the records',
    async (key, rating, reason) => {
      const result = await overview(w.commission);
      expect(result.period).toEqual({ from: '2025-06-21', to: '2026-06-20' });
      const row = rowOf(result, units[key]);
      expect(row.rating).toBe(rating);
      expect(row.reasons.join(' ')).toMatch(reason);

      const records = (
        await t.gql(
          RECORDS,
          { id: units[key].id, from: result.period.from, to: result.period.to },
          w.commission,
        )
      ).data;
      const lastHeld = records.everHeld.edges[0]?.node.startsAtLocal.slice(0, 10) ?? null;
      expect(row).toMatchObject({
        members: records.taskForce.members.length,
        meetingsHeld: records.held.totalCount,
        decisions: records.held.edges.reduce((n: number, e: any) => n + e.node.decisions.length, 0),
        lastMeetingOn: lastHeld,
        daysSinceLastMeeting:
          lastHeld && Math.round((Date.parse('2026-06-20') - Date.parse(lastHeld)) / 86_400_000),
        actionItemsOpen: records.open.totalCount,
        actionItemsOverdue: records.overdue.totalCount,
        preventionActivities: records.activities.totalCount,
        openFollowUps: records.followUps.edges.filter((e: any) => e.node.status !== 'CLOSED')
          .length,
        overdueFollowUps: records.overdueFollowUps.totalCount,
      });
    },
  );

  it('counts the rest of the figures as recorded', async () => {
    const result = await overview(w.commission);
    expect(rowOf(result, units.green)).toMatchObject({
      members: 3,
      institutions: 0,
      meetingsHeld: 2,
      decisions: 1,
      actionItemsOpen: 3,
      actionItemsDoneOnTime: 1,
      actionItemsDoneLate: 0,
      measuresCovered: 1,
      preventionActivities: 1,
      preventionParticipants: 40,
    });
    expect(rowOf(result, units.overdue)).toMatchObject({
      actionItemsDoneOnTime: 0,
      actionItemsDoneLate: 1,
    });
    const earlier = await overview(w.commission, { from: '2025-01-01', to: '2025-12-31' });
    expect(rowOf(earlier, units.green)).toMatchObject({
      meetingsHeld: 2,
      preventionActivities: 1,
      preventionParticipants: 99,
    });
    expect(
      codeOf(await t.gql(OVERVIEW, { from: '2026-02-01', to: '2026-01-01' }, w.commission)),
    ).toBe('BAD_USER_INPUT');
  });

  it('shows every task force to national roles and their own to members', async () => {
    const all = (await overview(w.commission)).rows.map((r: any) => r.taskForce.id);
    for (const token of [w.ministry, w.admin]) {
      expect((await overview(token)).rows.map((r: any) => r.taskForce.id)).toEqual(all);
    }
    expect(all).toEqual(
      expect.arrayContaining([w.taskForceId, ...Object.values(units).map((u) => u.id)]),
    );
    expect((await overview(w.member.token)).rows.map((r: any) => r.taskForce.id)).toEqual([
      w.taskForceId,
    ]);
    expect(
      (await overview(units.quiet.secretary.token)).rows.map((r: any) => r.taskForce.id),
    ).toEqual([units.quiet.id]);
    const nobody = await createUser(t, w.admin, 'Be grupės');
    expect((await overview(nobody.token)).rows).toEqual([]);
  });

  it('runs the same number of statements however many task forces there are', async () => {
    const count = () => countStatements(t.dataSource, () => overview(w.commission));
    const before = await count();
    t.config.fixedNow = PINNED_NOW;
    await unit('Papildoma 1');
    const extra = await unit('Papildoma 2');
    await meeting(extra, '2026-06-01T07:00:00Z');
    t.config.fixedNow = QUERIED_AT;
    expect(await count()).toBe(before);
  });
});
