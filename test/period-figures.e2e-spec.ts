import { CREATE_ACTION_ITEM, UPDATE_ACTION_ITEM } from './support/action-item-documents';
import {
  activeMeasureIds,
  addMember,
  createTaskForce,
  createUser,
  seedTaskForceWorld,
  TaskForceWorld,
  User,
} from './support/factories';
import { markHeld, scheduleMeeting } from './support/meeting-builders';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Issue 13, item 8: the overview of a past period stands at the period's end, not today:
 * members, the last meeting, open and overdue action items and follow-up requests are as they
 * were then. The clock moves through the spring of 2026 while the records are made.
 */
const OVERVIEW = /* GraphQL */ `
  query ($from: LocalDate, $to: LocalDate) {
    statusOverview(from: $from, to: $to) {
      period {
        from
        to
      }
      asOf
      rows {
        taskForce {
          id
        }
        members
        meetingsHeld
        lastMeetingOn
        daysSinceLastMeeting
        actionItemsOpen
        actionItemsOverdue
        actionItemsDoneOnTime
        actionItemsDoneLate
        openFollowUps
        overdueFollowUps
        reasons
      }
    }
  }
`;
const ASK = /* GraphQL */ `
  mutation ($input: CreateFollowUpRequestInput!) {
    createFollowUpRequest(input: $input) {
      id
      version
    }
  }
`;
const ANSWER = /* GraphQL */ `
  mutation ($input: AnswerFollowUpRequestInput!) {
    answerFollowUpRequest(input: $input) {
      id
    }
  }
`;
const CLOSE = /* GraphQL */ `
  mutation ($input: CloseFollowUpRequestInput!) {
    closeFollowUpRequest(input: $input) {
      id
      closedAt
    }
  }
`;

describe('Overview figures of a past period (issue 13, item 8)', () => {
  let t: TestApp;
  let w: TaskForceWorld;
  let taskForceId: string;
  let secretary: User;
  let assignee: string;
  let measure: string;

  /** Moves the clock to 10:00 in Vilnius on that day. */
  const on = (date: string) => {
    t.config.fixedNow = new Date(`${date}T07:00:00Z`);
  };
  const meeting = async (date: string) => {
    const keeper = { taskForceId, token: secretary.token };
    await markHeld(t, keeper, await scheduleMeeting(t, keeper, `${date}T07:00:00Z`));
  };
  const item = async (dueDate: string) => {
    const res = await t.gql(
      CREATE_ACTION_ITEM,
      {
        input: {
          taskForceId,
          title: `Užduotis iki ${dueDate}`,
          assigneeId: assignee,
          dueDate,
          measureIds: [measure],
        },
      },
      secretary.token,
    );
    expect(res.errors).toBeUndefined();
    return res.data.createActionItem as { id: string; version: number };
  };
  const setStatus = async (
    target: { id: string; version: number },
    status: string,
    reason?: string,
  ) => {
    const res = await t.gql(
      UPDATE_ACTION_ITEM,
      { input: { id: target.id, version: target.version, status, reason } },
      secretary.token,
    );
    expect(res.errors).toBeUndefined();
    return res.data.updateActionItem as { id: string; version: number };
  };
  const ask = async (dueDate: string) => {
    const res = await t.gql(
      ASK,
      { input: { taskForceId, subjectType: 'TASK_FORCE', question: 'Kaip sekasi?', dueDate } },
      w.commission,
    );
    expect(res.errors).toBeUndefined();
    return res.data.createFollowUpRequest as { id: string; version: number };
  };
  const rowOf = async (period: Record<string, string>) => {
    const res = await t.gql(OVERVIEW, period, w.commission);
    expect(res.errors).toBeUndefined();
    const overview = res.data.statusOverview;
    return {
      asOf: overview.asOf,
      ...overview.rows.find((r: any) => r.taskForce.id === taskForceId),
    };
  };

  beforeAll(async () => {
    t = await startTestApp({ fixedNow: new Date('2026-01-05T07:00:00Z') });
    w = await seedTaskForceWorld(t);
    [measure] = await activeMeasureIds(t, w.admin);
    taskForceId = await createTaskForce(t, w.admin, 'Praeities');
    secretary = await createUser(t, w.admin, 'Sekretorė Praeities');
    await addMember(t, w.admin, { taskForceId, personId: secretary.personId, role: 'SECRETARY' });
    const member = (name: string, validFrom: string) =>
      addMember(t, w.admin, { taskForceId, role: 'MEMBER', validFrom, person: { fullName: name } });
    assignee = (await member('Narys Visada', '2026-01-01')).person.id;
    const leaving = await member('Narė Išėjusi', '2026-01-01');
    await member('Narys Naujas', '2026-05-01');
    await member('Narė Naujausia', '2026-05-10');

    on('2026-02-20');
    await meeting('2026-02-10');

    on('2026-03-01');
    await item('2026-03-20'); // open, overdue then and now
    await item('2026-04-10'); // open: due after the period, overdue now
    const doneLate = await item('2026-03-15'); // overdue then, done late in April
    const doneOnTime = await item('2026-03-25'); // done on time in March
    const reopened = await item('2026-06-30'); // done in March, reopened in May
    const cancelledLater = await item('2026-03-10'); // overdue then, cancelled in April
    const cancelledMay = await item('2026-05-01'); // open then, cancelled in May

    on('2026-03-05');
    const answeredLater = await ask('2026-03-20');
    on('2026-03-10');
    const closedLater = await ask('2026-03-25');

    on('2026-03-20');
    await setStatus(doneOnTime, 'DONE');
    on('2026-03-25');
    const reopenedDone = await setStatus(reopened, 'DONE');

    on('2026-04-02');
    await setStatus(cancelledLater, 'CANCELLED');
    const closed = await t.gql(
      CLOSE,
      { input: { id: closedLater.id, version: closedLater.version } },
      w.commission,
    );
    expect(closed.data.closeFollowUpRequest.closedAt).toBe('2026-04-02T07:00:00.000Z');
    on('2026-04-05');
    await setStatus(doneLate, 'DONE');
    on('2026-04-10');
    await t.gql(
      ANSWER,
      { input: { id: answeredLater.id, version: answeredLater.version, answer: 'Gerai.' } },
      secretary.token,
    );
    on('2026-04-15');
    const ended = await t.gql(
      'mutation ($input: EndMembershipInput!) { endMembership(input: $input) { id } }',
      { input: { membershipId: leaving.id, version: leaving.version } },
      w.admin,
    );
    expect(ended.errors).toBeUndefined();

    on('2026-05-01');
    await item('2026-07-01'); // made after the period
    await setStatus(reopenedDone, 'OPEN', 'Reikia pataisyti.');
    await ask('2026-05-20'); // asked after the period, overdue now
    on('2026-05-05');
    await setStatus(cancelledMay, 'CANCELLED');
    on('2026-05-21');
    await meeting('2026-05-20');

    on('2026-06-20');
  });
  afterAll(() => t.close());

  it('gives the first quarter as it stood on 31 March', async () => {
    const row = await rowOf({ from: '2026-01-01', to: '2026-03-31' });
    expect(row).toMatchObject({
      asOf: '2026-03-31',
      // The secretary, the member who stayed and the one who left on 15 April.
      members: 3,
      meetingsHeld: 1,
      lastMeetingOn: '2026-02-10',
      daysSinceLastMeeting: 49,
      // Open then: all but the one done on time and the one done on 25 March.
      actionItemsOpen: 5,
      // Due before 31 March: the one still open, the one done late, the one cancelled later.
      actionItemsOverdue: 3,
      actionItemsDoneOnTime: 1,
      actionItemsDoneLate: 0,
      // Both asked requests were waiting for an answer past their due dates.
      openFollowUps: 2,
      overdueFollowUps: 2,
    });
    expect(row.reasons.join(' ')).toMatch(/3 of 5 open action items are overdue \(60%\)/);
  });

  it('gives the figures of today for a period that ends today or later', async () => {
    const today = await rowOf({});
    const running = await rowOf({ from: '2026-04-01', to: '2026-06-30' });
    expect(today).toMatchObject({
      asOf: '2026-06-20',
      members: 4,
      lastMeetingOn: '2026-05-20',
      daysSinceLastMeeting: 31,
      // Still open, due 10 April, reopened, made in May.
      actionItemsOpen: 4,
      actionItemsOverdue: 2,
      // One answered (not closed, not overdue), one asked in May and overdue.
      openFollowUps: 2,
      overdueFollowUps: 1,
    });
    const { asOf, members, actionItemsOpen, actionItemsOverdue, overdueFollowUps } = today;
    expect(running).toMatchObject({
      asOf,
      members,
      actionItemsOpen,
      actionItemsOverdue,
      overdueFollowUps,
      meetingsHeld: 1,
      actionItemsDoneOnTime: 0,
      actionItemsDoneLate: 1,
    });
  });

  it('stands at any day in between', async () => {
    // 1 May: the new member has joined, the other has left; the reopened item is open again.
    const row = await rowOf({ from: '2026-04-01', to: '2026-05-01' });
    expect(row).toMatchObject({
      asOf: '2026-05-01',
      members: 3,
      lastMeetingOn: '2026-02-10',
      daysSinceLastMeeting: 80,
      // Still open, due 10 April, reopened, cancelled on 5 May, made on 1 May.
      actionItemsOpen: 5,
      actionItemsOverdue: 2,
      // One answered, one asked that day and due 20 May.
      openFollowUps: 2,
      overdueFollowUps: 0,
    });
  });
});
