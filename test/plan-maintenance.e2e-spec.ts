/**
 * Issue 13, item 16: the Ministry writes national plans. A plan starts as a DRAFT, grows a
 * goal → objective → measure → indicator tree whose codes nest, and moves DRAFT → ACTIVE →
 * CLOSED along one table; at most one ACTIVE plan covers any year; the tree stays within the
 * bounds the query cost counts on. Every change is audited.
 */
import { PLAN_TREE_MAX } from '../src/common/graphql/list-bounds';
import { planBuilders, PLAN_DOCS, PLAN_TREE, PlanBuilders } from './support/plan-builders';
import { codeOf, DEMO, GraphQLResponse, startTestApp, TestApp } from './support/test-app';

const AUDIT = `query ($id: ID!) { auditEvents(entityId: $id) { edges { node { operation } } } }`;
const fields = (res: GraphQLResponse) =>
  (res.errors?.[0]?.extensions.fields ?? []).map((f) => f.field).sort();

describe('National plans maintained by the Ministry', () => {
  let t: TestApp;
  let ministry: string;
  let admin: string;
  let make: PlanBuilders;

  beforeAll(async () => {
    t = await startTestApp();
    ministry = await t.login(DEMO.ministry);
    admin = await t.login(DEMO.admin);
    make = planBuilders(
      t,
      () => ministry,
      () => admin,
    );
  }, 60_000);
  afterAll(() => t.close());

  const send = (document: string, input: object, token = ministry) =>
    t.gql(document, { input }, token);
  const tree = async (id: string) => (await t.gql(PLAN_TREE, { id })).data.nationalPlan;

  it('creates a DRAFT plan and builds its tree, each item audited', async () => {
    const plan = await send(PLAN_DOCS.createPlan, {
      code: 'KPZ-2027',
      title: 'Kovos su prekyba žmonėmis 2027–2029 m. veiksmų planas',
      adoptingAct: 'Vidaus reikalų ministro įsakymas Nr. 1V-100',
      adoptedOn: '2026-05-20',
      startYear: 2027,
      endYear: 2029,
    });
    expect(plan.errors).toBeUndefined();
    const planId = plan.data.createNationalPlan.id;
    const goal = await make.goal({ ...plan.data.createNationalPlan, planId, year: 2027 }, '2');
    const objective = await make.objective(goal, 3);
    const measure = await make.measure(objective, 4);
    const indicator = await make.indicator(measure);

    const read = await tree(planId);
    expect(read).toMatchObject({ status: 'DRAFT', startYear: 2027, endYear: 2029 });
    expect(read.goals[0].objectives[0].measures[0]).toMatchObject({
      code: '2.3.4',
      illustrative: false,
      closedOn: null,
      responsibleInstitutions: [{ id: await make.institutionId() }],
      indicators: [{ id: indicator.id, unit: 'asmenys', targetValue: 100 }],
    });
    for (const [id, operation] of [
      [planId, 'createNationalPlan'],
      [goal.id, 'addPlanGoal'],
      [objective.id, 'addPlanObjective'],
      [measure.id, 'addPlanMeasure'],
      [indicator.id, 'addPlanIndicator'],
    ]) {
      const trail = await t.gql(AUDIT, { id }, admin);
      expect(trail.data.auditEvents.edges.map((e: any) => e.node.operation)).toEqual([operation]);
    }
  });

  it('refuses codes that do not nest or are taken, dates outside the period and figures that do not fit', async () => {
    const objective = await make.objective();
    const measure = {
      objectiveId: objective.id,
      title: 'Priemonė',
      deadline: `${objective.year}-12-31`,
    };
    const owner = [await make.institutionId()];
    const cases: [object, string[]][] = [
      [{ ...measure, code: '2.1.1', responsibleInstitutionIds: owner }, ['code']],
      [{ ...measure, code: '1.1', responsibleInstitutionIds: owner }, ['code']],
      [
        { ...measure, code: '1.1.1', deadline: '2099-01-01', responsibleInstitutionIds: owner },
        ['deadline'],
      ],
      [{ ...measure, code: '1.1.1', responsibleInstitutionIds: [] }, ['responsibleInstitutionIds']],
    ];
    for (const [input, expected] of cases) {
      const res = await send(PLAN_DOCS.addMeasure, input);
      expect([codeOf(res), fields(res)]).toEqual(['BAD_USER_INPUT', expected]);
    }
    const taken = await send(PLAN_DOCS.addObjective, {
      goalId: (await tree(objective.planId)).goals[0].id,
      code: objective.code,
      title: 'Kitas',
    });
    expect([codeOf(taken), fields(taken)]).toEqual(['BAD_USER_INPUT', ['code']]);

    const made = await make.measure(objective);
    const indicator = {
      measureId: made.id,
      name: 'Dalyviai',
      unit: 'asmenys',
      targetYear: objective.year,
    };
    const bad = await send(PLAN_DOCS.addIndicator, {
      ...indicator,
      targetValue: 2.5,
      baseline: 0.5,
      targetYear: 1999,
    });
    expect([codeOf(bad), fields(bad)]).toEqual([
      'BAD_USER_INPUT',
      ['baseline', 'targetValue', 'targetYear'],
    ]);
    const percent = await send(PLAN_DOCS.addIndicator, {
      ...indicator,
      unit: '%',
      targetValue: 120,
    });
    expect([codeOf(percent), fields(percent)]).toEqual(['BAD_USER_INPUT', ['targetValue']]);
    expect(
      (await send(PLAN_DOCS.addIndicator, { ...indicator, targetValue: 40 })).errors,
    ).toBeUndefined();
    const twice = await send(PLAN_DOCS.addIndicator, { ...indicator, targetValue: 50 });
    expect([codeOf(twice), fields(twice)]).toEqual(['BAD_USER_INPUT', ['name']]);
  });

  it('changes a code only while nothing under it carries it, and refuses stale versions', async () => {
    const objective = await make.objective();
    const measure = await make.measure(objective);
    const goal = (await tree(objective.planId)).goals[0];
    const recode = await send(PLAN_DOCS.updateGoal, {
      id: goal.id,
      version: goal.version,
      code: '5',
    });
    expect([codeOf(recode), fields(recode)]).toEqual(['BAD_USER_INPUT', ['code']]);

    const input = {
      id: measure.id,
      version: measure.version,
      code: '1.1.7',
      deadline: null,
      illustrative: true,
    };
    const res = await send(PLAN_DOCS.updateMeasure, input);
    expect(res.errors).toBeUndefined();
    expect(res.data.updatePlanMeasure).toMatchObject({
      code: '1.1.7',
      deadline: null,
      version: measure.version + 1,
    });
    expect(codeOf(await send(PLAN_DOCS.updateMeasure, { ...input, code: '1.1.8' }))).toBe(
      'CONFLICT',
    );
    const other = await make.institution();
    const owners = {
      id: measure.id,
      version: measure.version + 1,
      responsibleInstitutionIds: [other.id],
    };
    const replaced = await send(PLAN_DOCS.updateMeasure, owners);
    expect(replaced.data.updatePlanMeasure).toMatchObject({
      version: measure.version + 2,
      responsibleInstitutions: [{ id: other.id }],
    });
  });

  it('moves a plan DRAFT → ACTIVE → CLOSED along the one table, one ACTIVE plan over any year', async () => {
    const status = async (plan: { id: string; version: number }, to: string) =>
      send(PLAN_DOCS.changeStatus, { id: plan.id, version: plan.version, status: to });
    const empty = await make.plan();
    expect(codeOf(await status(empty, 'ACTIVE'))).toBe('FAILED_PRECONDITION');
    expect(codeOf(await status(empty, 'CLOSED'))).toBe('FAILED_PRECONDITION');

    // KPZ-2024, the seeded ACTIVE plan, covers 2024–2026.
    const overlapping = await make.plan({ startYear: 2026, endYear: 2028 });
    await make.measure(await make.objective(await make.goal(overlapping)));
    const refused = await status(overlapping, 'ACTIVE');
    expect(codeOf(refused)).toBe('FAILED_PRECONDITION');
    expect(refused.errors![0].message).toContain('KPZ-2024');

    const own = await make.measure();
    const plan = { id: own.planId, version: 1 };
    const active = await status(plan, 'ACTIVE');
    expect(active.data.changeNationalPlanStatus).toMatchObject({ status: 'ACTIVE', version: 2 });
    expect(codeOf(await status({ ...plan, version: 2 }, 'DRAFT'))).toBe('FAILED_PRECONDITION');
    expect(codeOf(await status(plan, 'CLOSED'))).toBe('CONFLICT');
    const widen = await send(PLAN_DOCS.updatePlan, { id: plan.id, version: 2, startYear: 2025 });
    expect(codeOf(widen)).toBe('FAILED_PRECONDITION');

    const closed = await status({ ...plan, version: 2 }, 'CLOSED');
    expect(closed.data.changeNationalPlanStatus).toMatchObject({ status: 'CLOSED', version: 3 });
    const frozen = [
      await send(PLAN_DOCS.updatePlan, { id: plan.id, version: 3, title: 'Kitas' }),
      await send(PLAN_DOCS.addGoal, { planId: plan.id, code: '2', title: 'Vėlai' }),
      await send(PLAN_DOCS.updateMeasure, { id: own.id, version: own.version, title: 'Vėlai' }),
    ];
    expect(frozen.map(codeOf)).toEqual(Array(3).fill('FAILED_PRECONDITION'));
  });

  it('refuses a period that would leave deadlines or target years outside it', async () => {
    const measure = await make.measure(
      await make.objective(await make.goal(await make.plan({ startYear: 2040, endYear: 2042 }))),
    );
    await make.indicator(measure);
    const res = await send(PLAN_DOCS.updatePlan, {
      id: measure.planId,
      version: 1,
      startYear: 2041,
    });
    expect([codeOf(res), fields(res)]).toEqual(['BAD_USER_INPUT', ['startYear']]);
    const shorter = await send(PLAN_DOCS.updatePlan, {
      id: measure.planId,
      version: 1,
      endYear: 2040,
      code: 'BND-TRUMPAS',
    });
    expect(shorter.errors).toBeUndefined();
  });

  it('keeps the tree within the bounds the query cost counts on', async () => {
    const plan = await make.plan();
    const goals = [];
    for (let g = 1; g <= PLAN_TREE_MAX.goals; g++) goals.push(await make.goal(plan, String(g)));
    const goal = await send(PLAN_DOCS.addGoal, { planId: plan.id, code: '11', title: 'Per daug' });
    expect(codeOf(goal)).toBe('FAILED_PRECONDITION');

    const objectives = [];
    for (const g of goals.slice(0, 3)) {
      for (let o = 1; o <= PLAN_TREE_MAX.objectivesPerGoal; o++) {
        objectives.push(await make.objective(g, o));
      }
    }
    const perGoal = await send(PLAN_DOCS.addObjective, {
      goalId: goals[0].id,
      code: '1.11',
      title: 'Per daug',
    });
    const perPlan = await send(PLAN_DOCS.addObjective, {
      goalId: goals[3].id,
      code: '4.1',
      title: 'Per daug',
    });
    expect([perGoal, perPlan].map(codeOf)).toEqual(['FAILED_PRECONDITION', 'FAILED_PRECONDITION']);
    expect(perPlan.errors![0].message).toContain('30 objectives');

    for (const objective of objectives.slice(0, 2)) {
      for (let m = 1; m <= PLAN_TREE_MAX.measuresPerObjective; m++)
        await make.measure(objective, m);
    }
    const owners = [await make.institutionId()];
    const measure = (objective: { id: string; code?: string }, n: number) =>
      send(PLAN_DOCS.addMeasure, {
        objectiveId: objective.id,
        code: `${objective.code}.${n}`,
        title: 'Per daug',
        responsibleInstitutionIds: owners,
      });
    const measures = [await measure(objectives[0], 21), await measure(objectives[2], 1)];
    expect(measures.map(codeOf)).toEqual(['FAILED_PRECONDITION', 'FAILED_PRECONDITION']);
    expect(measures[1].errors![0].message).toContain('40 measures');

    const last = await make.measure();
    for (let i = 0; i < PLAN_TREE_MAX.indicatorsPerMeasure; i++) await make.indicator(last);
    const sixth = await send(PLAN_DOCS.addIndicator, {
      measureId: last.id,
      name: 'Šeštas',
      unit: 'vnt.',
      targetValue: 1,
      targetYear: last.year,
    });
    expect(codeOf(sixth)).toBe('FAILED_PRECONDITION');
    const six = await Promise.all(Array.from({ length: 6 }, () => make.institution()));
    const many = await send(PLAN_DOCS.updateMeasure, {
      id: last.id,
      version: last.version,
      responsibleInstitutionIds: six.map((i) => i.id),
    });
    expect([codeOf(many), fields(many)]).toEqual(['BAD_USER_INPUT', ['responsibleInstitutionIds']]);
  });

  it('refuses administrators: the Ministry maintains the plans', async () => {
    const res = await send(
      PLAN_DOCS.createPlan,
      { code: 'ADM-1', title: 'Ne', startYear: 2030 },
      admin,
    );
    expect(codeOf(res)).toBe('FORBIDDEN');
  });
});
