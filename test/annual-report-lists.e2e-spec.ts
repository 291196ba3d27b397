import { seedTaskForceWorld, TaskForceWorld } from './support/factories';
import { codeOf, startTestApp, TestApp } from './support/test-app';

const LIST = /* GraphQL */ `
  query ($year: Int, $status: AnnualReportStatus, $taskForceId: ID, $first: Int, $after: String) {
    annualReports(
      year: $year
      status: $status
      taskForceId: $taskForceId
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          year
          status
          taskForce {
            id
          }
        }
      }
    }
  }
`;
const GENERATE = `mutation($input: GenerateAnnualReportInput!) { generateAnnualReport(input: $input) { id version } }`;
const SUBMIT = `mutation($input: AnnualReportStepInput!) { submitAnnualReport(input: $input) { id version } }`;
const ACCEPT = `mutation($input: AnnualReportStepInput!) { acceptAnnualReport(input: $input) { id version } }`;

/** The clock runs: each submission takes the figures a moment after the one before. */
describe('Annual report lists', () => {
  let t: TestApp;
  let w: TaskForceWorld;
  const ids: Record<string, string> = {};

  const report = async (key: string, taskForceId: string, year: number, token: string) => {
    const res = await t.gql(GENERATE, { input: { taskForceId, year } }, token);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    ids[key] = res.data.generateAnnualReport.id;
    return res.data.generateAnnualReport;
  };
  const submit = async (draft: { id: string; version: number }, token: string) => {
    const res = await t.gql(SUBMIT, { input: draft }, token);
    if (!res.data?.submitAnnualReport) throw new Error(JSON.stringify(res.errors));
    return res.data.submitAnnualReport;
  };

  beforeAll(async () => {
    t = await startTestApp();
    w = await seedTaskForceWorld(t);
    // Years before the demo's reports (last year's). The other task force submits its 2023
    // report before this one does; this one's 2022 report is accepted, its 2021 one a draft.
    const other = await report('otherA', w.otherTaskForceId, 2023, w.outsider.token);
    await submit(other, w.outsider.token);
    await submit(await report('ownA', w.taskForceId, 2023, w.secretary.token), w.chair.token);
    const ownB = await report('ownB', w.taskForceId, 2022, w.secretary.token);
    await t.gql(ACCEPT, { input: await submit(ownB, w.chair.token) }, w.ministry);
    await report('ownC', w.taskForceId, 2021, w.secretary.token);
  });
  afterAll(() => t.close());

  const list = async (token: string, args: Record<string, unknown> = {}) => {
    const res = await t.gql(LIST, { first: 100, ...args }, token);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.annualReports;
  };
  const keys = (connection: any) =>
    connection.edges.map((e: any) => Object.keys(ids).find((k) => ids[k] === e.node.id));

  it('gives the Ministry and the Commission the queue of submitted reports, first come first', async () => {
    for (const token of [w.ministry, w.commission]) {
      const queue = await list(token, { status: 'SUBMITTED', year: 2023 });
      expect([queue.totalCount, keys(queue)]).toEqual([2, ['otherA', 'ownA']]);
    }
    expect(keys(await list(w.ministry, { year: 2022 }))).toEqual(['ownB']);
    expect(keys(await list(w.commission, { taskForceId: w.taskForceId }))).toEqual([
      'ownA',
      'ownB',
      'ownC',
    ]);
  });

  it("shows a task force's members only their own reports", async () => {
    expect(keys(await list(w.observer.token))).toEqual(['ownA', 'ownB', 'ownC']);
    expect(keys(await list(w.outsider.token))).toEqual(['otherA']);
    const foreign = await list(w.outsider.token, { taskForceId: w.taskForceId });
    expect(foreign.totalCount).toBe(0);
  });

  it('pages through the list, one report at a time', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await list(w.ministry, { first: 1, after, taskForceId: w.taskForceId });
      seen.push(...keys(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(['ownA', 'ownB', 'ownC']);
  });

  it('refuses bad arguments, naming them', async () => {
    for (const [args, field] of [
      [{ year: 1990 }, 'year'],
      [{ taskForceId: 'Vilnius' }, 'taskForceId'],
      [{ first: 500 }, 'first'],
    ] as const) {
      const res = await t.gql(LIST, args, w.ministry);
      expect([codeOf(res), res.errors![0].extensions.fields?.[0].field]).toEqual([
        'BAD_USER_INPUT',
        field,
      ]);
    }
  });
});
