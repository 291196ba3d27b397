import { codeOf, countStatements, startTestApp, TestApp } from './support/test-app';

const PLAN_TREE = /* GraphQL */ `
  fragment Tree on NationalPlan {
    id
    code
    title
    status
    adoptingAct
    adoptedOn
    startYear
    endYear
    goals {
      code
      title
      objectives {
        code
        title
        measures {
          code
          title
          deadline
          illustrative
          responsibleInstitutions {
            name
            type
          }
          indicators {
            name
            unit
            baseline
            targetValue
            targetYear
          }
        }
      }
    }
  }
`;

const PLANS = /* GraphQL */ `
  ${PLAN_TREE}
  query Plans($status: PlanStatus, $activeOn: LocalDate, $first: Int) {
    nationalPlans(status: $status, activeOn: $activeOn, first: $first) {
      totalCount
      edges {
        node {
          ...Tree
        }
      }
    }
  }
`;

const PLAN = /* GraphQL */ `
  ${PLAN_TREE}
  query Plan($id: ID!) {
    nationalPlan(id: $id) {
      ...Tree
    }
  }
`;

const measuresOf = (plan: any) =>
  plan.goals.flatMap((g: any) => g.objectives.flatMap((o: any) => o.measures));

describe('national plans', () => {
  let t: TestApp;
  let plans: any[];

  beforeAll(async () => {
    t = await startTestApp();
    plans = (await t.gql(PLANS, { first: 100 })).data.nationalPlans.edges.map((e: any) => e.node);
  });
  afterAll(() => t.close());

  it('holds the national plans, newest first, with at least 30 measures and one active plan', () => {
    const codes = plans.map((p) => p.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'PZ-2005',
        'PZ-2009',
        'NNPKP-2013',
        'VSPP-2015',
        'VSPP-TVP',
        'KPZ-2020',
        'KPZ-2024',
      ]),
    );
    expect(plans.map((p) => p.startYear)).toEqual(
      [...plans.map((p) => p.startYear)].sort((a, b) => b - a),
    );
    expect(plans.flatMap(measuresOf).length).toBeGreaterThanOrEqual(30);
    expect(plans.filter((p) => p.status === 'ACTIVE').map((p) => p.code)).toEqual(['KPZ-2024']);
  });

  it('carries the confirmed adopting acts and dates', () => {
    const byCode = Object.fromEntries(plans.map((p) => [p.code, p]));
    expect(byCode['PZ-2009']).toMatchObject({
      adoptedOn: '2009-09-09',
      adoptingAct: expect.stringContaining('Nr. 1104'),
    });
    expect(byCode['KPZ-2020']).toMatchObject({
      adoptedOn: '2020-06-12',
      adoptingAct: expect.stringContaining('1V-577'),
    });
    expect(byCode['KPZ-2024']).toMatchObject({
      adoptedOn: '2024-07-29',
      startYear: 2024,
      endYear: 2026,
    });
  });

  it('codes the tree goal "1", objective "1.2", measure "1.2.3", each with owners, deadline and indicators', () => {
    for (const plan of plans) {
      for (const goal of plan.goals) {
        expect(goal.code).toMatch(/^\d+$/);
        for (const objective of goal.objectives) {
          expect(objective.code.startsWith(`${goal.code}.`)).toBe(true);
          for (const measure of objective.measures) {
            expect(measure.code).toMatch(
              new RegExp(`^${objective.code.replace('.', '\\.')}\\.\\d+$`),
            );
            expect(measure.responsibleInstitutions.length).toBeGreaterThan(0);
            expect(measure.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            expect(measure.indicators[0]).toMatchObject({
              unit: expect.any(String),
              targetValue: expect.any(Number),
              targetYear: expect.any(Number),
            });
          }
        }
      }
    }
  });

  it('marks the rows whose official wording is not confirmed as illustrative', () => {
    const tvp = plans.find((p) => p.code === 'VSPP-TVP');
    const byCode = Object.fromEntries(measuresOf(tvp).map((m: any) => [m.code, m]));
    expect(byCode['1.1.1'].illustrative).toBe(false);
    expect(byCode['1.5.1'].illustrative).toBe(true);
  });

  it('filters by status and by a date within the plan period', async () => {
    const active = await t.gql(PLANS, { status: 'ACTIVE' });
    expect(active.data.nationalPlans.edges.map((e: any) => e.node.code)).toEqual(['KPZ-2024']);
    const in2010 = await t.gql(PLANS, { activeOn: '2010-05-01' });
    expect(in2010.data.nationalPlans.edges.map((e: any) => e.node.code)).toEqual(['PZ-2009']);
  });

  it('refuses a malformed LocalDate', async () => {
    for (const activeOn of ['2026-02-30', '01/05/2010', '2010-5-1']) {
      expect(codeOf(await t.gql(PLANS, { activeOn }))).toBe('BAD_USER_INPUT');
    }
  });

  it('returns one plan by id, NOT_FOUND for an unknown one and BAD_USER_INPUT for a malformed id', async () => {
    const plan = plans.find((p) => p.code === 'KPZ-2024');
    const res = await t.gql(PLAN, { id: plan.id });
    expect(res.data.nationalPlan).toEqual(plan);
    expect(codeOf(await t.gql(PLAN, { id: '00000000-0000-4000-8000-000000000000' }))).toBe(
      'NOT_FOUND',
    );
    const malformed = await t.gql(PLAN, { id: 'not-a-uuid' });
    expect(codeOf(malformed)).toBe('BAD_USER_INPUT');
    expect(malformed.errors![0].extensions.fields![0].field).toBe('id');
  });

  it('loads the whole tree in the same number of statements whatever its size (no N+1)', async () => {
    const small = plans.find((p) => p.code === 'PZ-2002');
    const large = plans.find((p) => p.code === 'KPZ-2024');
    expect(measuresOf(large).length).toBeGreaterThan(3 * measuresOf(small).length);
    const smallCount = await countStatements(t.dataSource, () => t.gql(PLAN, { id: small.id }));
    const largeCount = await countStatements(t.dataSource, () => t.gql(PLAN, { id: large.id }));
    expect(largeCount).toBe(smallCount);
    // plan, goals, objectives, measures, indicators, institutions
    expect(largeCount).toBe(6);

    const one = await countStatements(t.dataSource, () => t.gql(PLANS, { first: 1 }));
    const all = await countStatements(t.dataSource, () => t.gql(PLANS, { first: 100 }));
    expect(all).toBe(one);
    expect(all).toBe(7); // the count, the page, then one statement per tree level
  });
});
