/**
 * Issue 13, item 16: a plan item that records link (action items, agenda items, decisions,
 * prevention activities, indicator figures) is never deleted, only closed: the records keep
 * it and new ones cannot link it. Unlinked items of a DRAFT plan can be deleted. The plan
 * active today is the one new action items link to.
 */
import { CREATE_ACTION_ITEM, POST_ACTION_UPDATE } from './support/action-item-documents';
import { PINNED_NOW, seedTaskForceWorld, TaskForceWorld } from './support/factories';
import { scheduleMeeting } from './support/meeting-builders';
import { ADD_AGENDA_ITEM } from './support/meeting-documents';
import {
  ACTIVE_PLAN,
  planBuilders,
  PLAN_DOCS,
  PLAN_TREE,
  PlanBuilders,
} from './support/plan-builders';
import { codeOf, GraphQLResponse, startTestApp, TestApp } from './support/test-app';

const AUDIT = `query ($id: ID!) { auditEvents(entityId: $id) { edges { node { operation } } } }`;
const ITEM_MEASURES = `query ($id: ID!) { actionItem(id: $id) { measures { id closedOn } } }`;
const field = (res: GraphQLResponse) => res.errors?.[0]?.extensions.fields?.[0]?.field;

describe('Closing and deleting plan items', () => {
  let t: TestApp;
  let w: TaskForceWorld;
  let make: PlanBuilders;
  let meetingId: string;

  beforeAll(async () => {
    t = await startTestApp({ fixedNow: PINNED_NOW });
    w = await seedTaskForceWorld(t);
    make = planBuilders(
      t,
      () => w.ministry,
      () => w.admin,
    );
    const keeper = { taskForceId: w.taskForceId, token: w.secretary.token };
    meetingId = (await scheduleMeeting(t, keeper, '2026-09-10T07:00:00Z')).id;
  }, 60_000);
  afterAll(() => t.close());

  const send = (document: string, input: object) => t.gql(document, { input }, w.ministry);
  const tree = async (id: string) => (await t.gql(PLAN_TREE, { id })).data.nationalPlan;
  const activePlan = async () =>
    tree((await t.gql(ACTIVE_PLAN)).data.nationalPlans.edges[0].node.id);
  const item = (measureIds: string[], title = 'Parengti atmintinę') =>
    t.gql(
      CREATE_ACTION_ITEM,
      {
        input: {
          taskForceId: w.taskForceId,
          title,
          assigneeId: w.member.personId,
          dueDate: '2026-12-15',
          measureIds,
        },
      },
      w.secretary.token,
    );
  const agendaItem = (measureIds: string[]) =>
    t.gql(
      ADD_AGENDA_ITEM,
      { input: { meetingId, title: 'Klausimas', measureIds } },
      w.secretary.token,
    );

  it('deletes unlinked items of a DRAFT plan with everything under them, each audited', async () => {
    const measure = await make.measure();
    const indicator = await make.indicator(measure);
    const goal = (await tree(measure.planId)).goals[0];
    const res = await send(PLAN_DOCS.deleteItem, {
      level: 'GOAL',
      id: goal.id,
      version: goal.version,
    });
    expect(res.errors).toBeUndefined();
    expect((await tree(measure.planId)).goals).toEqual([]);
    for (const id of [goal.id, measure.id, indicator.id]) {
      const trail = await t.gql(AUDIT, { id }, w.admin);
      expect(trail.data.auditEvents.edges[0].node.operation).toBe('deletePlanItem');
    }
  });

  it('refuses to delete a measure a record links, even in a DRAFT plan, and closes it instead', async () => {
    const measure = await make.measure();
    expect((await agendaItem([measure.id])).errors).toBeUndefined();
    const goal = (await tree(measure.planId)).goals[0];
    for (const [level, target] of [
      ['MEASURE', measure],
      ['GOAL', goal],
    ] as const) {
      const res = await send(PLAN_DOCS.deleteItem, {
        level,
        id: target.id,
        version: target.version,
      });
      expect(codeOf(res)).toBe('FAILED_PRECONDITION');
      expect(res.errors![0].message).toContain('1 agenda item');
    }
    const closed = await send(PLAN_DOCS.closeItem, {
      level: 'MEASURE',
      id: measure.id,
      version: measure.version,
      closedOn: '2026-06-01',
    });
    expect(closed.errors).toBeUndefined();
    expect((await tree(measure.planId)).goals[0].objectives[0].measures[0].closedOn).toBe(
      '2026-06-01',
    );
  });

  it('refuses to delete items of the ACTIVE plan: they can only be closed', async () => {
    const measure = (await activePlan()).goals[0].objectives[0].measures[0];
    const res = await send(PLAN_DOCS.deleteItem, {
      level: 'MEASURE',
      id: measure.id,
      version: measure.version,
    });
    expect(codeOf(res)).toBe('FAILED_PRECONDITION');
  });

  it('closes a linked measure: its records keep it, new records cannot link it', async () => {
    const measure = (await activePlan()).goals[0].objectives[0].measures[1];
    const linked = await item([measure.id]);
    expect(linked.errors).toBeUndefined();

    const future = {
      level: 'MEASURE',
      id: measure.id,
      version: measure.version,
      closedOn: '2026-06-16',
    };
    const ahead = await send(PLAN_DOCS.closeItem, future);
    expect([codeOf(ahead), field(ahead)]).toEqual(['BAD_USER_INPUT', 'closedOn']);
    const closed = await send(PLAN_DOCS.closeItem, { ...future, closedOn: undefined });
    expect(closed.errors).toBeUndefined();

    const kept = await t.gql(
      ITEM_MEASURES,
      { id: linked.data.createActionItem.id },
      w.secretary.token,
    );
    expect(kept.data.actionItem.measures).toEqual([{ id: measure.id, closedOn: '2026-06-15' }]);
    for (const res of [await item([measure.id]), await agendaItem([measure.id])]) {
      expect([codeOf(res), field(res)]).toEqual(['BAD_USER_INPUT', 'measureIds']);
    }
    const again = { level: 'MEASURE', id: measure.id, version: measure.version + 1 };
    expect(codeOf(await send(PLAN_DOCS.closeItem, again))).toBe('FAILED_PRECONDITION');
    const edit = { id: measure.id, version: measure.version + 1, title: 'Vėliau' };
    expect(codeOf(await send(PLAN_DOCS.updateMeasure, edit))).toBe('FAILED_PRECONDITION');
  });

  it('keeps an indicator unit once figures are reported, and a closed indicator takes no new figures', async () => {
    const measure = (await activePlan()).goals[1].objectives[0].measures[0];
    const [indicator] = measure.indicators;
    const created = await item([measure.id]);
    const post = (value: number) =>
      t.gql(
        POST_ACTION_UPDATE,
        {
          input: {
            actionItemId: created.data.createActionItem.id,
            text: 'Surengti mokymai.',
            contributions: [{ indicatorId: indicator.id, value }],
          },
        },
        w.secretary.token,
      );
    expect((await post(12)).errors).toBeUndefined();
    const unit = await send(PLAN_DOCS.updateIndicator, {
      id: indicator.id,
      version: indicator.version,
      unit: '%',
    });
    expect([codeOf(unit), field(unit)]).toEqual(['BAD_USER_INPUT', 'unit']);
    const del = await send(PLAN_DOCS.deleteItem, {
      level: 'INDICATOR',
      id: indicator.id,
      version: indicator.version,
    });
    expect(codeOf(del)).toBe('FAILED_PRECONDITION');

    const closed = await send(PLAN_DOCS.closeItem, {
      level: 'INDICATOR',
      id: indicator.id,
      version: indicator.version,
    });
    expect(closed.errors).toBeUndefined();
    const late = await post(3);
    expect([codeOf(late), field(late)]).toEqual(['BAD_USER_INPUT', 'contributions.0.indicatorId']);
  });

  it('closes a goal with everything under it', async () => {
    const goal = (await activePlan()).goals[2];
    const res = await send(PLAN_DOCS.closeItem, {
      level: 'GOAL',
      id: goal.id,
      version: goal.version,
    });
    expect(res.errors).toBeUndefined();
    const after = (await activePlan()).goals[2];
    const dates = [after, ...after.objectives, ...after.objectives.flatMap((o: any) => o.measures)]
      .concat(after.objectives.flatMap((o: any) => o.measures.flatMap((m: any) => m.indicators)))
      .map((row: any) => row.closedOn);
    expect(dates.length).toBeGreaterThan(3);
    expect(new Set(dates)).toEqual(new Set(['2026-06-15']));
  });

  it('links new action items to the plan active today, whichever it is', async () => {
    const current = await activePlan();
    const next = await make.plan({ startYear: 2026, endYear: 2028 });
    const measure = await make.measure(await make.objective(await make.goal(next)));
    const status = (plan: { id: string; version: number }, to: string) =>
      send(PLAN_DOCS.changeStatus, { id: plan.id, version: plan.version, status: to });
    expect(codeOf(await item([measure.id]))).toBe('BAD_USER_INPUT');

    expect((await status(current, 'CLOSED')).errors).toBeUndefined();
    expect((await status(next, 'ACTIVE')).errors).toBeUndefined();
    expect((await item([measure.id])).errors).toBeUndefined();
    const old = current.goals[1].objectives[0].measures[0];
    expect(codeOf(await item([old.id]))).toBe('BAD_USER_INPUT');
  });
});
