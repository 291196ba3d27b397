import { buildSchema, graphql, Kind, OperationDefinitionNode, parse } from 'graphql';
import { capLists } from './list-caps';
import { LIST_BOUNDS } from './list-bounds';
import { operationCost } from './query-cost';

/** A corner of the real schema, with the names LIST_BOUNDS knows. */
const schema = capLists(
  buildSchema(`
    type Query {
      nationalPlans(first: Int! = 20): NationalPlanConnection!
      statusOverview: StatusOverview!
    }
    type NationalPlanConnection { edges: [NationalPlanEdge!]! totalCount: Int! }
    type NationalPlanEdge { node: NationalPlan! }
    type NationalPlan { code: String! goals: [PlanGoal!]! }
    type PlanGoal { code: String! objectives: [PlanObjective!]! }
    type PlanObjective { code: String! measures: [PlanMeasure!]! }
    type PlanMeasure { code: String! actionItems(first: Int! = 20): [ActionItem!]! }
    type ActionItem { title: String! }
    type StatusOverview { rows: [StatusOverviewRow!]! }
    type StatusOverviewRow { members: Int! reasons: [String!]! }
  `),
);

const cost = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  return operationCost(schema, operation, {}, variables);
};
const bound = (name: string) => LIST_BOUNDS[name] as { max: number; perPlan?: number };

describe('operationCost', () => {
  it('counts each field once per row it can appear on', () => {
    // nationalPlans, edges, totalCount; then node and code on each of the 5 rows.
    expect(cost('{ nationalPlans(first: 5) { totalCount edges { node { code } } } }')).toBe(
      3 + 5 * 2,
    );
  });

  it('reads `first` from variables, their defaults and the argument default', () => {
    const query = 'query($n: Int! = 7) { nationalPlans(first: $n) { edges { node { code } } } }';
    expect(cost(query, { n: 3 })).toBe(2 + 3 * 2);
    expect(cost(query)).toBe(2 + 7 * 2);
    expect(cost('{ nationalPlans { edges { node { code } } } }')).toBe(2 + 20 * 2);
    // Over the maximum: counted at 100, and refused as BAD_USER_INPUT when it runs.
    expect(cost(query, { n: 1_000_000 })).toBe(2 + 100 * 2);
  });

  it('multiplies by the bounds of nested lists, the plan tree by its per-plan totals', () => {
    const measures =
      '{ nationalPlans(first: 1) { edges { node { goals { objectives { measures { code } } } } } } }';
    const goals = bound('NationalPlan.goals').max;
    const objectives = bound('PlanGoal.objectives').perPlan!;
    const perPlan = bound('PlanObjective.measures').perPlan!;
    // nationalPlans, edges, node, goals; objectives per goal; measures per objective; codes.
    expect(cost(measures)).toBe(3 + 1 + goals + objectives + perPlan);
  });

  it('multiplies the `first` of every traceability list it nests', () => {
    const nested =
      '{ nationalPlans(first: 1) { edges { node { goals { objectives { measures { actionItems(first: 50) { title } } } } } } } }';
    const perPlan = bound('PlanObjective.measures').perPlan!;
    expect(cost(nested)).toBeGreaterThan(perPlan * 50);
  });
});

describe('capLists', () => {
  it('states each bound in the description and cuts a growing list when it is read', async () => {
    const fields = schema.getType('StatusOverview')!.toConfig() as any;
    expect(fields.fields.rows.description).toMatch(/^At most \d+/);
    const many = Array.from({ length: 500 }, () => ({ members: 1, reasons: [] }));
    const res = await graphql({
      schema,
      source: '{ statusOverview { rows { members } } }',
      rootValue: { statusOverview: { rows: many } },
    });
    expect((res.data as any).statusOverview.rows).toHaveLength(bound('StatusOverview.rows').max);
  });

  it('refuses a schema with a list it has no bound for', () => {
    expect(() => capLists(buildSchema('type Query { everything: [String!]! }'))).toThrow(
      /Query.everything/,
    );
  });
});
