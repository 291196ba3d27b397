import { BENCH_PAGES } from '../src/scripts/bench/bench-pages';
import { LIST_QUERIES, STATUS_OVERVIEW } from '../src/scripts/bench/bench-queries';
import { countStatements, DEMO, startTestApp, TestApp } from './support/test-app';

/**
 * Regression guard for the performance targets: every list query runs the same number of SQL
 * statements for a small and a large page, and never more than eight.
 */
describe('Statements per request', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    tokens.commission = await t.login(DEMO.commission);
    tokens.member = await t.login('member.vilnius@demo.lt');
  });
  afterAll(() => t.close());

  const count = (query: string, first: number, token: string) =>
    countStatements(t.dataSource, async () => {
      const res = await t.gql(query, { first }, token);
      expect(res.errors).toBeUndefined();
    });

  it.each(Object.keys(LIST_QUERIES))('%s: the same for 20 and 60 rows, at most 8', async (name) => {
    const token = name === 'myActionItems' ? tokens.member : tokens.commission;
    const small = await count(LIST_QUERIES[name], 20, token);
    const large = await count(LIST_QUERIES[name], 60, token);
    expect({ name, large }).toEqual({ name, large: small });
    expect(large).toBeLessThanOrEqual(8);
  });

  it.each(BENCH_PAGES.map((page) => [page.name, page] as const))(
    'the benchmark page %s runs its stated number of statements for 20 and 60 rows',
    async (_name, page) => {
      const token = page.as === 'member' ? tokens.member : tokens.commission;
      const taskForceId = await vilniusTaskForceId();
      const run = (first: number) =>
        countStatements(t.dataSource, async () => {
          const res = await t.gql(page.query, { ...page.variables({ taskForceId }), first }, token);
          expect(res.errors).toBeUndefined();
          const list = Object.values(res.data)[0] as { edges: unknown[] };
          expect(list.edges.length).toBeGreaterThan(1);
        });
      expect([await run(20), await run(60)]).toEqual([page.statements, page.statements]);
    },
  );

  const vilniusTaskForceId = async () => {
    const res = await t.gql(
      `{ taskForces(first: 20) { edges { node { id municipality { code } } } } }`,
      {},
      tokens.commission,
    );
    const edges = res.data.taskForces.edges as {
      node: { id: string; municipality: { code: string } };
    }[];
    return edges.find((e) => e.node.municipality.code === '13')!.node.id;
  };

  it('statusOverview runs a fixed number of statements for all the task forces', async () => {
    const statements = await count(STATUS_OVERVIEW, 0, tokens.commission);
    expect(statements).toBeLessThanOrEqual(10);
  });
});
