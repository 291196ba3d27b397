import { AnnualReportHistory1796284711859 } from '../src/database/migrations/1796284711859-AnnualReportHistory';
import { PostgresAnnualReportHistory1796284762820 } from '../src/database/migrations/postgres/1796284762820-AnnualReportHistory';
import { PINNED_NOW, seedTaskForceWorld, TaskForceWorld } from './support/factories';
import { codeOf, onPostgres, startTestApp, TestApp } from './support/test-app';

const REPORT_FIELDS = /* GraphQL */ `
  fragment Report on AnnualReport {
    id
    version
    status
    narrative
    returnReason
    history {
      sequence
      kind
      at
      by {
        id
      }
      reason
      narrative
      figures {
        year
        members
      }
    }
  }
`;
const step = (name: string, input: string) =>
  `${REPORT_FIELDS} mutation($input: ${input}!) { ${name}(input: $input) { ...Report } }`;
const GENERATE = step('generateAnnualReport', 'GenerateAnnualReportInput');
const NARRATIVE = step('saveAnnualReportNarrative', 'SaveAnnualReportNarrativeInput');
const SUBMIT = step('submitAnnualReport', 'AnnualReportStepInput');
const ACCEPT = step('acceptAnnualReport', 'AnnualReportStepInput');
const RETURN = step('returnAnnualReport', 'ReturnAnnualReportInput');
const REPORT = `${REPORT_FIELDS} query($taskForceId: ID!, $year: Int!) { annualReport(taskForceId: $taskForceId, year: $year) { ...Report } }`;
const ME = `query { me { person { id } } }`;

describe('Annual report history', () => {
  let t: TestApp;
  let w: TaskForceWorld;
  let commissionPerson: string;
  let ministryPerson: string;

  beforeAll(async () => {
    t = await startTestApp({ fixedNow: PINNED_NOW });
    w = await seedTaskForceWorld(t);
    commissionPerson = (await t.gql(ME, {}, w.commission)).data.me.person.id;
    ministryPerson = (await t.gql(ME, {}, w.ministry)).data.me.person.id;
  });
  afterAll(() => t.close());

  const run = async (document: string, input: Record<string, unknown>, token: string) => {
    const res = await t.gql(document, { input }, token);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return Object.values(res.data)[0] as any;
  };
  const generate = (year: number) =>
    run(GENERATE, { taskForceId: w.taskForceId, year }, w.secretary.token);
  const write = (report: any, narrative: string) =>
    run(NARRATIVE, { id: report.id, version: report.version, narrative }, w.secretary.token);
  const submit = (report: any) =>
    run(SUBMIT, { id: report.id, version: report.version }, w.chair.token);
  const giveBack = (report: any, reason: string) =>
    run(RETURN, { id: report.id, version: report.version, reason }, w.commission);
  const accept = (report: any) =>
    run(ACCEPT, { id: report.id, version: report.version }, w.ministry);
  const read = async (year: number, token = w.observer.token) =>
    (await t.gql(REPORT, { taskForceId: w.taskForceId, year }, token)).data?.annualReport;

  it('keeps every submission, return and decision through a return and an acceptance', async () => {
    let report = await write(await generate(2025), 'Pirmasis variantas.');
    report = await giveBack(await submit(report), 'Trūksta pagalbos aprašymo.');
    report = await write(await generate(2025), 'Papildytas variantas.');
    report = await accept(await submit(report));

    expect(report).toMatchObject({
      status: 'ACCEPTED',
      narrative: 'Papildytas variantas.',
      returnReason: null,
    });
    const figures = { year: 2025, members: expect.any(Number) };
    const expected = [
      {
        sequence: 1,
        kind: 'SUBMITTED',
        by: { id: w.chair.personId },
        reason: null,
        narrative: 'Pirmasis variantas.',
        figures,
      },
      {
        sequence: 2,
        kind: 'RETURNED',
        by: { id: commissionPerson },
        reason: 'Trūksta pagalbos aprašymo.',
        narrative: null,
        figures: null,
      },
      {
        sequence: 3,
        kind: 'SUBMITTED',
        by: { id: w.chair.personId },
        narrative: 'Papildytas variantas.',
        figures,
      },
      { sequence: 4, kind: 'ACCEPTED', by: { id: ministryPerson }, reason: null, figures: null },
    ];
    expect(report.history).toMatchObject(expected);
    expect(report.history.map((e: any) => e.at)).toEqual(
      [...report.history.map((e: any) => e.at)].sort(),
    );

    // The task force (observers too), the Commission and the Ministry read it; outsiders do not.
    for (const token of [w.observer.token, w.commission, w.ministry, w.admin]) {
      expect((await read(2025, token)).history).toMatchObject(expected);
    }
    const outsider = await t.gql(
      REPORT,
      { taskForceId: w.taskForceId, year: 2025 },
      w.outsider.token,
    );
    expect(codeOf(outsider)).toBe('FORBIDDEN');
  });

  it('gives reports reviewed before the history existed what their columns still say', async () => {
    const accepted = await accept(await submit(await write(await generate(2020), 'Priimta.')));
    const returned = await giveBack(await submit(await write(await generate(2021), 'Pirma.')), 'A');
    await write(returned, 'Taisoma.');
    await giveBack(await submit(await generate(2022)), 'B');
    await generate(2022);
    await giveBack(await submit(await generate(2023)), 'C');
    await submit(await generate(2023));
    await generate(2024);

    // Back to before the history: its table dropped, then made again from the report columns.
    const migration = onPostgres
      ? new PostgresAnnualReportHistory1796284762820()
      : new AnnualReportHistory1796284711859();
    const runner = t.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }

    const kinds = async (year: number) =>
      (await read(year)).history.map((e: any) => [
        e.kind,
        e.by.id,
        e.reason,
        e.narrative,
        e.figures && e.figures.year,
      ]);
    const chair = w.chair.personId;
    expect(await kinds(2020)).toEqual([
      ['SUBMITTED', chair, null, 'Priimta.', 2020],
      ['ACCEPTED', ministryPerson, null, null, null],
    ]);
    expect(accepted.status).toBe('ACCEPTED');
    // Returned, the narrative edited since: only the figures are still as submitted.
    expect(await kinds(2021)).toEqual([
      ['SUBMITTED', chair, null, null, 2021],
      ['RETURNED', commissionPerson, 'A', null, null],
    ]);
    // Returned, then generated again: neither narrative nor figures are as submitted.
    expect(await kinds(2022)).toEqual([
      ['SUBMITTED', chair, null, null, null],
      ['RETURNED', commissionPerson, 'B', null, null],
    ]);
    // Submitted again after a return: that return (its reason cleared), then the submission.
    expect(await kinds(2023)).toEqual([
      ['RETURNED', commissionPerson, null, null, null],
      ['SUBMITTED', chair, null, null, 2023],
    ]);
    expect(await kinds(2024)).toEqual([]);
  });
});
