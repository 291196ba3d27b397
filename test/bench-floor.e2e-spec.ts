import { BENCH_PAGES } from '../src/scripts/bench/bench-pages';
import { captureStatements } from '../src/scripts/bench/bench-sql';
import {
  buildFloorAnswer,
  describeStatement,
  StatementRows,
} from '../src/scripts/bench/floor-pages';
import { DEMO, GraphQLResponse, startTestApp, TestApp } from './support/test-app';

/**
 * `npm run bench` compares each list page with its data floor: the statements the server ran,
 * replayed, and the same JSON built by hand (floor-pages.ts). Built from other statements or
 * into another answer, the floor would measure other work; here it must equal the GraphQL
 * answer, on the demo data and on either engine.
 */
describe('Benchmark data floor', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let taskForceId: string;

  beforeAll(async () => {
    t = await startTestApp();
    tokens.commission = await t.login(DEMO.commission);
    tokens.member = await t.login('member.vilnius@demo.lt');
    const [vilnius] = await t.sql<{ id: string }>(
      `SELECT t.id FROM task_force t JOIN municipality m ON m.id = t.municipality_id
       WHERE m.code = '13'`,
    );
    taskForceId = vilnius.id;
  });
  afterAll(() => t.close());

  it.each(BENCH_PAGES.map((page) => [page.name, page] as const))(
    '%s: the hand-built answer equals the GraphQL one',
    async (_name, page) => {
      const variables = { ...page.variables({ taskForceId }), first: 20 };
      let reply = {} as GraphQLResponse;
      const statements = await captureStatements(t.dataSource, async () => {
        reply = await t.gql(page.query, variables, tokens[page.as]);
      });
      expect(reply.errors).toBeUndefined();
      const results: StatementRows[] = [];
      for (const { sql, params } of statements) {
        results.push({ ...describeStatement(sql), rows: await t.dataSource.query(sql, params) });
      }
      const list = Object.values(reply.data)[0] as { edges: unknown[] };
      expect(list.edges.length).toBeGreaterThan(1);
      expect(buildFloorAnswer(page.name, results, variables)).toEqual({ data: reply.data });
    },
  );
});
