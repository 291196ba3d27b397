import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getIntrospectionQuery } from 'graphql';
import { LIST_BOUNDS, MAX_AGENDA_ITEMS, MAX_DECISIONS } from '../src/common/graphql/list-bounds';
import { listFields } from '../src/common/graphql/list-caps';
import { LIST_QUERIES, PLAN_PROGRESS, STATUS_OVERVIEW } from '../src/scripts/bench/bench-queries';
import {
  activeMeasureIds,
  PINNED_NOW,
  seedTaskForceWorld,
  TaskForceWorld,
} from './support/factories';
import { scheduleMeeting } from './support/meeting-builders';
import { ADD_AGENDA_ITEM, RECORD_DECISION } from './support/meeting-documents';
import { codeOf, countStatements, DEMO, startTestApp, TestApp } from './support/test-app';

/**
 * Issue 12, item 4: a query's cost multiplies by the sizes of the lists it nests (`first`, or
 * the stated bound of LIST_BOUNDS), and a query over the limit is refused before it runs.
 */

const NESTED_TRACE = /* GraphQL */ `
  query ($first: Int!) {
    actionItems(first: $first) {
      edges {
        node {
          measures {
            actionItems {
              measures {
                actionItems {
                  measures {
                    actionItems {
                      id
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`;

const TRACE = /* GraphQL */ `
  query ($first: Int) {
    nationalPlans(status: ACTIVE, first: 1) {
      edges {
        node {
          goals {
            objectives {
              measures {
                id
                actionItems(first: $first) {
                  id
                }
                decisions(first: $first) {
                  id
                }
              }
            }
          }
        }
      }
    }
  }
`;

describe('Query cost', () => {
  let t: TestApp;
  let w: TaskForceWorld;

  beforeAll(async () => {
    t = await startTestApp({ fixedNow: PINNED_NOW });
    w = await seedTaskForceWorld(t);
  });
  afterAll(() => t.close());

  it("refuses the Commission's nested traceability query before anything runs", async () => {
    const commission = await t.login(DEMO.commission);
    let res: Awaited<ReturnType<TestApp['gql']>> | undefined;
    const statements = await countStatements(t.dataSource, async () => {
      res = await t.gql(NESTED_TRACE, { first: 100 }, commission);
    });
    expect(res!.status).toBe(400);
    expect(codeOf(res!)).toBe('QUERY_TOO_COSTLY');
    expect(res!.errors![0].message).toMatch(/limit is 200,000/);
    expect(res!.data ?? null).toBeNull();
    // Not even the token was looked up: the refusal comes before the first resolver.
    expect(statements).toBe(0);

    // One row at the top does not help: the lists below still multiply.
    const one = await t.gql(NESTED_TRACE, { first: 1 }, w.observer.token);
    expect(codeOf(one)).toBe('QUERY_TOO_COSTLY');
  });

  it("answers the benchmark's screens at their largest page", async () => {
    const commission = await t.login(DEMO.commission);
    for (const [name, query] of Object.entries(LIST_QUERIES)) {
      const res = await t.gql(query, { first: 100 }, commission);
      expect({ name, errors: res.errors }).toEqual({ name, errors: undefined });
    }
    const plans = await t.gql(
      '{ nationalPlans(first: 1) { edges { node { id } } } }',
      {},
      commission,
    );
    const planId = plans.data.nationalPlans.edges[0].node.id;
    expect((await t.gql(PLAN_PROGRESS, { planId }, commission)).errors).toBeUndefined();
    expect((await t.gql(STATUS_OVERVIEW, {}, commission)).errors).toBeUndefined();
  });

  it('pages the traceability lists of a measure with `first` (default 20, at most 100)', async () => {
    const measureId = (await activeMeasureIds(t, w.secretary.token))[0];
    const create = /* GraphQL */ `
      mutation ($input: CreateActionItemInput!) {
        createActionItem(input: $input) {
          id
        }
      }
    `;
    for (let i = 0; i < 3; i++) {
      const res = await t.gql(
        create,
        {
          input: {
            taskForceId: w.taskForceId,
            title: `Priemonės darbas ${i}`,
            assigneeId: w.member.personId,
            dueDate: `2026-0${7 + i}-01`,
            measureIds: [measureId],
          },
        },
        w.secretary.token,
      );
      expect(res.errors).toBeUndefined();
    }
    const measuresOf = (res: any) =>
      res.data.nationalPlans.edges[0].node.goals.flatMap((g: any) =>
        g.objectives.flatMap((o: any) => o.measures),
      );
    const two = measuresOf(await t.gql(TRACE, { first: 2 }, w.secretary.token));
    expect(two.find((m: any) => m.id === measureId).actionItems).toHaveLength(2);
    const all = measuresOf(await t.gql(TRACE, {}, w.secretary.token));
    expect(all.find((m: any) => m.id === measureId).actionItems).toHaveLength(3);
    for (const m of all) expect(m.actionItems.length).toBeLessThanOrEqual(20);

    const tooMany = await t.gql(TRACE, { first: 101 }, w.secretary.token);
    expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
  });

  it('has a bound for every list in the schema, stated in its description', async () => {
    const { schema } = t.app.get(GraphQLSchemaHost);
    const lists = listFields(schema);
    expect(lists.filter((name) => !LIST_BOUNDS[name])).toEqual([]);
    // No row of the table is left over from a list that is gone.
    expect(Object.keys(LIST_BOUNDS).filter((name) => !lists.includes(name))).toEqual([]);
    const described = await t.gql(
      `{ __type(name: "Meeting") { fields { name description } } }`,
      {},
      w.secretary.token,
    );
    const agenda = described.data.__type.fields.find((f: any) => f.name === 'agenda');
    expect(agenda.description).toContain(`At most ${MAX_AGENDA_ITEMS}`);
  });

  it('keeps the reference plans within the bounds the cost counts on', async () => {
    const most = async (sql: string) => Number((await t.sql(sql))[0]?.n ?? 0);
    const perPlan = (table: string) =>
      most(`SELECT MAX(c) AS n FROM (SELECT COUNT(*) AS c FROM ${table} GROUP BY plan_id) x`);
    const per = (table: string, column: string) =>
      most(`SELECT MAX(c) AS n FROM (SELECT COUNT(*) AS c FROM ${table} GROUP BY ${column}) x`);
    const bound = (name: string) => LIST_BOUNDS[name] as { max: number; perPlan?: number };
    expect(await per('plan_goal', 'plan_id')).toBeLessThanOrEqual(bound('NationalPlan.goals').max);
    expect(await per('plan_objective', 'goal_id')).toBeLessThanOrEqual(
      bound('PlanGoal.objectives').max,
    );
    expect(await perPlan('plan_objective')).toBeLessThanOrEqual(
      bound('PlanGoal.objectives').perPlan!,
    );
    expect(await per('plan_measure', 'objective_id')).toBeLessThanOrEqual(
      bound('PlanObjective.measures').max,
    );
    expect(await perPlan('plan_measure')).toBeLessThanOrEqual(
      bound('PlanObjective.measures').perPlan!,
    );
    expect(await per('plan_indicator', 'measure_id')).toBeLessThanOrEqual(
      bound('PlanMeasure.indicators').max,
    );
    expect(await per('plan_measure_responsible_institution', 'measure_id')).toBeLessThanOrEqual(
      bound('PlanMeasure.responsibleInstitutions').max,
    );
  });

  it('answers GraphiQL introspection, not introspection that re-enters the schema', async () => {
    const full = await t.gql(getIntrospectionQuery(), {}, w.secretary.token);
    expect(full.errors).toBeUndefined();
    expect(full.data.__schema.types.length).toBeGreaterThan(50);
    const reentering = await t.gql(
      `{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }`,
      {},
      w.secretary.token,
    );
    // graphql-js's MaxIntrospectionDepthRule; the cost leaves introspection to it.
    expect(codeOf(reentering)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses an agenda item or a decision beyond what one meeting can hold', async () => {
    const keeper = { taskForceId: w.taskForceId, token: w.secretary.token };
    const meeting = await scheduleMeeting(t, keeper, '2026-06-01T07:00:00Z', {
      title: 'Ilgas posėdis',
      endsAt: '2026-06-01T15:00:00Z',
    });
    for (let i = 0; i < MAX_AGENDA_ITEMS; i++) {
      const added = await t.gql(
        ADD_AGENDA_ITEM,
        { input: { meetingId: meeting.id, title: `Klausimas ${i + 1}` } },
        w.secretary.token,
      );
      expect(added.errors).toBeUndefined();
    }
    const oneMore = await t.gql(
      ADD_AGENDA_ITEM,
      { input: { meetingId: meeting.id, title: 'Dar vienas' } },
      w.secretary.token,
    );
    expect(codeOf(oneMore)).toBe('FAILED_PRECONDITION');

    for (let i = 0; i < MAX_DECISIONS; i++) {
      const decided = await t.gql(
        RECORD_DECISION,
        { input: { meetingId: meeting.id, kind: 'INFORMATION', text: `Informacija ${i + 1}.` } },
        w.secretary.token,
      );
      expect(decided.errors).toBeUndefined();
    }
    const oneMoreDecision = await t.gql(
      RECORD_DECISION,
      { input: { meetingId: meeting.id, kind: 'INFORMATION', text: 'Dar viena.' } },
      w.secretary.token,
    );
    expect(codeOf(oneMoreDecision)).toBe('FAILED_PRECONDITION');
  });
});
