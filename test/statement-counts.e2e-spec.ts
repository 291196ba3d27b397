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

  it('statusOverview runs a fixed number of statements for all the task forces', async () => {
    const statements = await count(STATUS_OVERVIEW, 0, tokens.commission);
    expect(statements).toBeLessThanOrEqual(10);
  });
});
