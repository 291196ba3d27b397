import {
  ACTION_ITEMS,
  CREATE_ACTION_ITEM,
  POST_ACTION_UPDATE,
  UPDATE_ACTION_ITEM,
} from './support/action-item-documents';
import {
  MeasureRef,
  PINNED_NOW,
  planMeasures,
  seedTaskForceWorld,
  TaskForceWorld,
} from './support/factories';
import { markHeld, scheduleMeeting } from './support/meeting-builders';
import { RECORD_DECISION } from './support/meeting-documents';
import { countStatements, startTestApp, TestApp } from './support/test-app';

const PAGE_WITH_RELATIONS = /* GraphQL */ `
  query Page($taskForceId: ID!, $first: Int!) {
    actionItems(taskForceId: $taskForceId, first: $first, order: CREATED_ASC) {
      edges {
        node {
          title
          overdue
          taskForce {
            name
          }
          assignee {
            fullName
          }
          originDecision {
            text
          }
          measures {
            code
          }
          lastUpdate {
            text
          }
        }
      }
    }
  }
`;

describe('Finding action items', () => {
  let t: TestApp;
  let w: TaskForceWorld;
  let a: MeasureRef;
  let b: MeasureRef;
  let decisionId: string;
  const ids: Record<string, string> = {};

  const ids_of = (res: any) => res.data.actionItems.edges.map((e: any) => e.node.id).sort();
  const expectIds = async (filter: Record<string, unknown>, keys: string[]) => {
    const res = await t.gql(
      ACTION_ITEMS,
      { taskForceId: w.taskForceId, first: 100, ...filter },
      w.member.token,
    );
    expect(res.errors).toBeUndefined();
    expect({ filter, ids: ids_of(res) }).toEqual({ filter, ids: keys.map((k) => ids[k]).sort() });
    expect(res.data.actionItems.totalCount).toBe(keys.length);
  };

  beforeAll(async () => {
    t = await startTestApp({ fixedNow: PINNED_NOW });
    w = await seedTaskForceWorld(t);
    const plan = await planMeasures(t, w.secretary.token);
    [a, b] = plan.active;
    const keeper = { taskForceId: w.taskForceId, token: w.secretary.token };
    const meeting = await markHeld(
      t,
      keeper,
      await scheduleMeeting(t, keeper, '2026-05-05T07:00:00Z'),
    );
    decisionId = (
      await t.gql(
        RECORD_DECISION,
        {
          input: {
            meetingId: meeting.id,
            kind: 'RESOLUTION',
            text: 'Pavesti parengti lankstinukus.',
          },
        },
        w.secretary.token,
      )
    ).data.recordDecision.id;

    const specs: [string, Record<string, unknown>][] = [
      [
        'leaflets',
        {
          title: 'Parengti lankstinukus mokykloms',
          dueDate: '2026-06-01',
          measureIds: [a.id],
          originDecisionId: decisionId,
        },
      ],
      [
        'training',
        {
          title: 'Apmokyti socialinius darbuotojus',
          dueDate: '2026-06-20',
          measureIds: [b.id],
          assigneeId: w.others[0],
          description: 'Dviejų dienų mokymai',
        },
      ],
      [
        'campaign',
        { title: 'Informacinė kampanija', dueDate: '2026-09-01', measureIds: [a.id, b.id] },
      ],
      ['done', { title: 'Apskritasis stalas', dueDate: '2026-05-01', measureIds: [b.id] }],
    ];
    for (const [key, input] of specs) {
      const res = await t.gql(
        CREATE_ACTION_ITEM,
        { input: { taskForceId: w.taskForceId, assigneeId: w.member.personId, ...input } },
        w.secretary.token,
      );
      expect(res.errors).toBeUndefined();
      ids[key] = res.data.createActionItem.id;
    }
    await t.gql(
      UPDATE_ACTION_ITEM,
      { input: { id: ids.done, version: 1, status: 'DONE' } },
      w.secretary.token,
    );
    await t.gql(
      POST_ACTION_UPDATE,
      { input: { actionItemId: ids.training, text: 'Pradėta', status: 'IN_PROGRESS' } },
      w.secretary.token,
    );
  });
  afterAll(() => t.close());

  it('filters by every criterion', async () => {
    await expectIds({}, ['leaflets', 'training', 'campaign', 'done']);
    await expectIds({ assigneeId: w.others[0] }, ['training']);
    await expectIds({ status: ['OPEN'] }, ['leaflets', 'campaign']);
    await expectIds({ status: ['IN_PROGRESS', 'DONE'] }, ['training', 'done']);
    await expectIds({ overdue: true }, ['leaflets']);
    await expectIds({ overdue: false }, ['training', 'campaign', 'done']);
    await expectIds({ measureId: a.id }, ['leaflets', 'campaign']);
    await expectIds({ measureId: b.id }, ['training', 'campaign', 'done']);
    await expectIds({ dueFrom: '2026-06-01', dueTo: '2026-06-20' }, ['leaflets', 'training']);
    await expectIds({ dueFrom: '2026-06-02' }, ['training', 'campaign']);
    await expectIds({ text: 'mokykl' }, ['leaflets']);
    await expectIds({ text: 'DVIEJŲ' }, ['training']);
    await expectIds({ text: 'dviej' }, ['training']);
    await expectIds({ text: '100%_' }, []);
  });

  it('filters by plan', async () => {
    const plan = await planMeasures(t, w.secretary.token);
    await expectIds({ planId: plan.activePlanId }, ['leaflets', 'training', 'campaign', 'done']);
    await expectIds({ planId: plan.closedPlanId }, []);
  });

  it("hides another task force's items and shows none to an outsider", async () => {
    const res = await t.gql(
      ACTION_ITEMS,
      { taskForceId: w.taskForceId, first: 100 },
      w.outsider.token,
    );
    expect(res.data.actionItems.edges).toEqual([]);
  });

  it.each([
    ['DUE_DATE_ASC', ['done', 'leaflets', 'training', 'campaign']],
    ['DUE_DATE_DESC', ['campaign', 'training', 'leaflets', 'done']],
  ])('orders by %s and pages through', async (order, keys) => {
    const first = await t.gql(
      ACTION_ITEMS,
      { taskForceId: w.taskForceId, order, first: 3 },
      w.member.token,
    );
    const rest = await t.gql(
      ACTION_ITEMS,
      {
        taskForceId: w.taskForceId,
        order,
        first: 3,
        after: first.data.actionItems.pageInfo.endCursor,
      },
      w.member.token,
    );
    expect(first.data.actionItems.pageInfo.hasNextPage).toBe(true);
    const seen = [...first.data.actionItems.edges, ...rest.data.actionItems.edges].map(
      (e: any) => e.node.id,
    );
    expect(seen).toEqual(keys.map((k) => ids[k]));
  });

  it('orders by creation and by last change', async () => {
    const created = await t.gql(
      ACTION_ITEMS,
      { taskForceId: w.taskForceId, order: 'CREATED_ASC', first: 10 },
      w.member.token,
    );
    expect(created.data.actionItems.edges).toHaveLength(4);
    const updated = await t.gql(
      ACTION_ITEMS,
      { taskForceId: w.taskForceId, order: 'UPDATED_DESC', first: 10 },
      w.member.token,
    );
    expect(updated.data.actionItems.edges).toHaveLength(4);
  });

  it('loads a page with its relations in a number of statements that does not grow with the page', async () => {
    for (let i = 0; i < 100; i++) {
      const res = await t.gql(
        CREATE_ACTION_ITEM,
        {
          input: {
            taskForceId: w.taskForceId,
            title: `Užduotis ${i}`,
            assigneeId: i % 2 ? w.member.personId : w.others[i % 5],
            dueDate: '2026-12-01',
            measureIds: [a.id, b.id],
            originDecisionId: decisionId,
          },
        },
        w.secretary.token,
      );
      await t.gql(
        POST_ACTION_UPDATE,
        { input: { actionItemId: res.data.createActionItem.id, text: `Ataskaita ${i}` } },
        w.secretary.token,
      );
    }
    const run = (first: number) =>
      countStatements(t.dataSource, async () => {
        const res = await t.gql(
          PAGE_WITH_RELATIONS,
          { taskForceId: w.taskForceId, first },
          w.commission,
        );
        expect(res.errors).toBeUndefined();
        expect(res.data.actionItems.edges).toHaveLength(first);
      });
    const ten = await run(10);
    const hundred = await run(100);
    expect(hundred).toBe(ten);
    expect(hundred).toBeLessThanOrEqual(8);
  });
});
