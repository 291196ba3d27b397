import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { CREATE_ACTION_ITEM, UPDATE_ACTION_ITEM } from './support/action-item-documents';
import {
  activeMeasureIds,
  addMember,
  createTaskForce,
  PINNED_NOW,
  seedTaskForceWorld,
  TaskForceWorld,
} from './support/factories';
import { meetingBuilders } from './support/meeting-builders';
import { RECORD_DECISION } from './support/meeting-documents';
import { pdfText } from './support/pdf-text';
import { codeOf, startTestApp, TestApp } from './support/test-app';

const REPORT_FIELDS = /* GraphQL */ `
  fragment Report on AnnualReport {
    id
    version
    year
    status
    narrative
    returnReason
    pdfPath
    csvPath
    submittedBy {
      id
    }
    figures {
      taskForce
      municipality
      members
      meetingsHeld
      meetingsCancelled
      attendanceRate
      decisions
      decisionsByKind {
        label
        count
      }
      actionItemsByStatus {
        label
        count
      }
      preventionActivities
      preventionParticipants
      activitiesByKind {
        label
        count
        participants
      }
    }
  }
`;
const GENERATE = `${REPORT_FIELDS} mutation($input: GenerateAnnualReportInput!) { generateAnnualReport(input: $input) { ...Report } }`;
const NARRATIVE = `${REPORT_FIELDS} mutation($input: SaveAnnualReportNarrativeInput!) { saveAnnualReportNarrative(input: $input) { ...Report } }`;
const SUBMIT = `${REPORT_FIELDS} mutation($input: AnnualReportStepInput!) { submitAnnualReport(input: $input) { ...Report } }`;
const ACCEPT = `${REPORT_FIELDS} mutation($input: AnnualReportStepInput!) { acceptAnnualReport(input: $input) { ...Report } }`;
const RETURN = `${REPORT_FIELDS} mutation($input: ReturnAnnualReportInput!) { returnAnnualReport(input: $input) { ...Report } }`;
const REPORT = `${REPORT_FIELDS} query($taskForceId: ID!, $year: Int!) { annualReport(taskForceId: $taskForceId, year: $year) { ...Report } }`;
const RECORD_ACTIVITY = /* GraphQL */ `
  mutation ($input: RecordPreventionActivityInput!) {
    recordPreventionActivity(input: $input) {
      id
    }
  }
`;

describe('Annual reports', () => {
  let t: TestApp;
  let w: TaskForceWorld;

  const activity = (title: string, date: string, participants: number) =>
    t.gql(
      RECORD_ACTIVITY,
      {
        input: {
          taskForceId: w.taskForceId,
          kind: 'LECTURE_FOR_RISK_GROUP',
          title,
          date,
          targetGroup: 'SCHOOLS',
          participants,
        },
      },
      w.secretary.token,
    );
  const download = (path: string, token?: string) => {
    const req = request(t.app.getHttpServer()).get(path).buffer(true);
    req.parse((res, callback) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => callback(null, Buffer.concat(chunks)));
    });
    return token ? req.set('Authorization', `Bearer ${token}`) : req;
  };

  beforeAll(async () => {
    t = await startTestApp({ fixedNow: PINNED_NOW });
    w = await seedTaskForceWorld(t);
    const { heldMeeting } = meetingBuilders(t, w);
    // Six of the nine present at each: attendance 66.7 %.
    const first = await heldMeeting('2026-02-10T08:00:00Z', 3);
    await heldMeeting('2026-04-14T07:00:00Z', 3);
    await t.gql(
      RECORD_DECISION,
      {
        input: {
          meetingId: first.id,
          kind: 'RESOLUTION',
          text: 'Parengti planą.',
          votes: { for: 6, against: 0, abstained: 0 },
        },
      },
      w.secretary.token,
    );
    await t.gql(
      RECORD_DECISION,
      { input: { meetingId: first.id, kind: 'INFORMATION', text: 'Informacija.' } },
      w.secretary.token,
    );
    const [measure] = await activeMeasureIds(t, w.secretary.token);
    await t.gql(
      CREATE_ACTION_ITEM,
      {
        input: {
          taskForceId: w.taskForceId,
          title: 'Paskaitos',
          assigneeId: w.member.personId,
          dueDate: '2026-10-01',
          measureIds: [measure],
        },
      },
      w.secretary.token,
    );
    await activity('Paskaita Šiaulių gimnazijoje', '2026-03-03', 45);
  });
  afterAll(() => t.close());

  it('generates, writes, submits (freezing the figures), returns, regenerates and accepts', async () => {
    const forbidden = await t.gql(
      GENERATE,
      { input: { taskForceId: w.taskForceId, year: 2026 } },
      w.member.token,
    );
    expect(codeOf(forbidden)).toBe('FORBIDDEN');
    const future = await t.gql(
      GENERATE,
      { input: { taskForceId: w.taskForceId, year: 2027 } },
      w.secretary.token,
    );
    expect(codeOf(future)).toBe('BAD_USER_INPUT');

    const draft = (
      await t.gql(
        GENERATE,
        { input: { taskForceId: w.taskForceId, year: 2026 } },
        w.secretary.token,
      )
    ).data.generateAnnualReport;
    expect(draft).toMatchObject({ status: 'DRAFT', year: 2026 });
    expect(draft.figures).toMatchObject({
      members: 10,
      meetingsHeld: 2,
      meetingsCancelled: 0,
      // six of nine voting members at each meeting
      attendanceRate: 66.7,
      decisions: 2,
      decisionsByKind: [
        { label: 'INFORMATION', count: 1 },
        { label: 'RESOLUTION', count: 1 },
      ],
      actionItemsByStatus: [{ label: 'OPEN', count: 1 }],
      preventionActivities: 1,
      preventionParticipants: 45,
    });

    const written = (
      await t.gql(
        NARRATIVE,
        {
          input: {
            id: draft.id,
            version: draft.version,
            narrative:
              'Šiais metais: ąžuolų giraitė, čiuožykla, gręžinys, įvykis, ūkis, žemė; Ūla Žemaitė.',
          },
        },
        w.secretary.token,
      )
    ).data.saveAnnualReportNarrative;
    const submitted = (
      await t.gql(SUBMIT, { input: { id: draft.id, version: written.version } }, w.chair.token)
    ).data.submitAnnualReport;
    expect(submitted).toMatchObject({ status: 'SUBMITTED', submittedBy: { id: w.chair.personId } });

    // The records change after submission; the submitted figures do not.
    await activity('Mokymai socialiniams darbuotojams', '2026-05-05', 30);
    const frozen = (await t.gql(REPORT, { taskForceId: w.taskForceId, year: 2026 }, w.commission))
      .data.annualReport;
    expect(frozen.figures.preventionActivities).toBe(1);
    const regenerate = await t.gql(
      GENERATE,
      { input: { taskForceId: w.taskForceId, year: 2026 } },
      w.secretary.token,
    );
    expect(codeOf(regenerate)).toBe('FAILED_PRECONDITION');
    const edit = await t.gql(
      NARRATIVE,
      { input: { id: draft.id, version: frozen.version, narrative: 'Kitaip.' } },
      w.secretary.token,
    );
    expect(codeOf(edit)).toBe('FAILED_PRECONDITION');

    expect(
      codeOf(
        await t.gql(
          RETURN,
          { input: { id: draft.id, version: frozen.version, reason: 'Ne.' } },
          w.chair.token,
        ),
      ),
    ).toBe('FORBIDDEN');
    const returned = (
      await t.gql(
        RETURN,
        { input: { id: draft.id, version: frozen.version, reason: 'Trūksta veiklų aprašymo.' } },
        w.ministry,
      )
    ).data.returnAnnualReport;
    expect(returned).toMatchObject({
      status: 'RETURNED',
      returnReason: 'Trūksta veiklų aprašymo.',
    });

    const again = (
      await t.gql(
        GENERATE,
        { input: { taskForceId: w.taskForceId, year: 2026 } },
        w.secretary.token,
      )
    ).data.generateAnnualReport;
    expect(again).toMatchObject({ status: 'DRAFT', narrative: written.narrative });
    expect(again.figures.preventionActivities).toBe(2);
    const resubmitted = (
      await t.gql(SUBMIT, { input: { id: draft.id, version: again.version } }, w.secretary.token)
    ).data.submitAnnualReport;
    const accepted = await t.gql(
      ACCEPT,
      { input: { id: draft.id, version: resubmitted.version } },
      w.commission,
    );
    expect(accepted.data.acceptAnnualReport.status).toBe('ACCEPTED');
    const acceptTwice = await t.gql(
      ACCEPT,
      { input: { id: draft.id, version: accepted.data.acceptAnnualReport.version } },
      w.ministry,
    );
    expect(codeOf(acceptTwice)).toBe('FAILED_PRECONDITION');
  });

  it('exports a PDF with Lithuanian letters and a CSV that parses back, to readers only', async () => {
    const report = (await t.gql(REPORT, { taskForceId: w.taskForceId, year: 2026 }, w.member.token))
      .data.annualReport;

    const pdf = await download(report.pdfPath, w.member.token);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.body);
    expect(text).toContain('Metinė ataskaita už 2026 m.');
    expect(text).toContain(report.figures.taskForce);
    expect(text).toContain('Vilniaus miesto savivaldybė');
    expect(text).toContain('Ūla Žemaitė');
    expect(text).toMatch(/Įvykusių posėdžių: 2/);
    expect(text).toContain('Skaičiuojami ir uždari (konfidencialūs) posėdžiai');
    for (const letter of ['ą', 'č', 'ę', 'ė', 'į', 'š', 'ų', 'ū', 'ž'])
      expect(text).toContain(letter);

    const csv = await download(report.csvPath, w.commission);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const body: Buffer = csv.body;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.toString('utf8')).toContain('\r\n');
    const rows: string[][] = parse(body, { bom: true });
    expect(rows[0]).toEqual(['Skyrius', 'Eilutė', 'Rodiklis', 'Reikšmė', 'Vienetas', 'Pastaba']);
    const value = (item: string, figure?: string) =>
      rows.find((r) => r[1] === item && (figure === undefined || r[2] === figure))?.[3];
    expect(value('Darbo grupė')).toBe(report.figures.taskForce);
    expect(value('Įvykusių posėdžių')).toBe('2');
    expect(rows.find((r) => r[1] === 'Iš viso' && r[0] === 'Sprendimai')?.[5]).toContain(
      'Skaičiuojami ir uždari',
    );
    expect(value('Iš viso', 'Dalyvių')).toBe('75');
    expect(value('Nutarimas')).toBe('1');

    expect((await download(report.pdfPath, w.outsider.token)).status).toBe(403);
    expect((await download(report.csvPath)).status).toBe(401);
    expect(
      (await download('/reports/00000000-0000-4000-8000-000000000000.pdf', w.member.token)).status,
    ).toBe(404);
    expect((await download('/reports/not-a-report.pdf', w.member.token)).status).toBe(404);
  });

  it('writes the PDF in the reader language: labels, tables of words, Vilnius time, no codes', async () => {
    const { id } = (await t.gql(REPORT, { taskForceId: w.taskForceId, year: 2026 }, w.member.token))
      .data.annualReport;
    const codes =
      /\b(RESOLUTION|PROPOSAL_TO_COMMISSION|IN_PROGRESS|LECTURE_FOR_RISK_GROUP|SCHOOLS|DRAFT|SUBMITTED|ACCEPTED|OPEN)\b/;

    const lt = pdfText((await download(`/reports/${id}.pdf?lang=lt`, w.member.token)).body);
    expect(lt).not.toMatch(codes);
    expect(lt).not.toContain('UTC');
    expect(lt).toContain('Renginiai pagal rūšį');
    expect(lt).toContain('Renginiai pagal tikslinę grupę');
    expect(lt).toContain('Paskaita rizikos grupei');
    expect(lt).toContain('Nutarimas');
    expect(lt).toMatch(/Duomenys paimti \(Vilniaus laiku\): \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);

    // English from Accept-Language when nothing else says otherwise.
    const en = pdfText(
      (await download(`/reports/${id}.pdf`, w.member.token).set('Accept-Language', 'en-GB')).body,
    );
    expect(en).toContain('Annual report for 2026');
    expect(en).toContain('Events by kind');
    expect(en).toContain('Events by target group');
    expect(en).toContain('Lecture for a risk group');
    expect(en).toMatch(/Meetings held: 2/);
    expect(en).not.toMatch(codes);
    expect(en).not.toContain('Įvykusių');
  });

  it('answers the spreadsheet CSV variant with semicolons, in the language asked for', async () => {
    const { id } = (await t.gql(REPORT, { taskForceId: w.taskForceId, year: 2026 }, w.member.token))
      .data.annualReport;
    const csv = await download(`/reports/${id}.csv?dialect=EXCEL&lang=en`, w.commission);
    const rows: string[][] = parse(csv.body, { bom: true, delimiter: ';' });
    expect(rows[0]).toEqual(['Section', 'Item', 'Figure', 'Value', 'Unit', 'Note']);
    expect(rows.every((r) => r.length === 6)).toBe(true);
    expect(
      rows.find((r) => r[1] === 'Lecture for a risk group' && r[2] === 'Participants')?.[3],
    ).toBe('75');
  });

  it('gives signed addresses that open without a bearer header, for minutes, for that reader', async () => {
    const LINKS = /* GraphQL */ `
      query ($taskForceId: ID!, $year: Int!) {
        annualReport(taskForceId: $taskForceId, year: $year) {
          id
          pdfUrl(language: EN)
          csvUrl(dialect: EXCEL)
        }
      }
    `;
    const links = (await t.gql(LINKS, { taskForceId: w.taskForceId, year: 2026 }, w.member.token))
      .data.annualReport;
    expect(links.pdfUrl).toMatch(
      /^\/reports\/[0-9a-f-]{36}\.pdf\?lang=en&account=.+&expires=\d+&signature=/,
    );
    const pdf = await download(links.pdfUrl);
    expect(pdf.status).toBe(200);
    expect(pdfText(pdf.body)).toContain('Annual report for 2026');
    const csv = await download(links.csvUrl);
    expect(csv.status).toBe(200);
    expect(parse(csv.body, { bom: true, delimiter: ';' })[0][0]).toBe('Skyrius');

    // Bound to the file and the signature: another file, or a changed expiry, opens nothing.
    expect((await download(links.pdfUrl.replace('.pdf?', '.csv?'))).status).toBe(401);
    const later = links.pdfUrl.replace(
      /expires=(\d+)/,
      (_: string, e: string) => `expires=${Number(e) + 600}`,
    );
    expect((await download(later)).status).toBe(401);
    expect((await download(links.pdfUrl.replace(/signature=.*/, 'signature=x'))).status).toBe(401);

    // Expired after DOWNLOAD_LINK_MINUTES.
    t.config.fixedNow = new Date(PINNED_NOW.getTime() + 11 * 60 * 1000);
    try {
      const expired = await download(links.pdfUrl);
      expect(expired.status).toBe(401);
      expect(JSON.parse(expired.body.toString()).message).toContain('expired');
    } finally {
      t.config.fixedNow = PINNED_NOW;
    }
  });

  it('bounds the narrative in the PDF: long words wrap, and past the page bound a note ends it', async () => {
    const draft = (
      await t.gql(
        GENERATE,
        { input: { taskForceId: w.taskForceId, year: 2024 } },
        w.secretary.token,
      )
    ).data.generateAnnualReport;
    const lines = Array.from({ length: 5000 }, (_, i) => `Eilutė ${i + 1}.`);
    const word = 'Ilgas'.repeat(1000);
    const written = await t.gql(
      NARRATIVE,
      { input: { id: draft.id, version: draft.version, narrative: [word, ...lines].join('\n') } },
      w.secretary.token,
    );
    expect(written.errors).toBeUndefined();

    const pdf = await download(draft.pdfPath, w.member.token);
    expect(pdf.status).toBe(200);
    const text = pdfText(pdf.body);
    // Broken across lines and pages, not lost (a failure would print 5,000 characters).
    expect(text.replace(/\s|-- \d+ of \d+ --/g, '').includes(word)).toBe(true);
    expect(text).toContain('Eilutė 1.');
    expect(text).toContain('Aprašymas per ilgas PDF dokumentui');
    expect(text).not.toContain('Eilutė 5000.');
    const pages = Number(/-- 1 of (\d+) --/.exec(text)?.[1]);
    // The figures take a page or two; the narrative at most 40 (bounded-text.ts).
    expect(pages).toBeGreaterThanOrEqual(40);
    expect(pages).toBeLessThanOrEqual(43);
  });

  it('writes no spreadsheet formula into the CSV: cells starting with = + - @ are quoted', async () => {
    const formula = '=HYPERLINK("https://example.org/x","Spausti")';
    const taskForceId = await createTaskForce(t, w.admin, formula);
    await addMember(t, w.admin, { taskForceId, personId: w.outsider.personId, role: 'MEMBER' });
    await addMember(t, w.admin, { taskForceId, personId: w.secretary.personId, role: 'SECRETARY' });
    const report = (
      await t.gql(GENERATE, { input: { taskForceId, year: 2026 } }, w.secretary.token)
    ).data.generateAnnualReport;
    expect(report.figures.taskForce.startsWith(formula)).toBe(true);

    const csv = await download(report.csvPath, w.commission);
    expect(csv.status).toBe(200);
    const rows: string[][] = parse(csv.body, { bom: true });
    const name = rows.find((r) => r[1] === 'Darbo grupė')?.[3];
    expect(name).toBe(`'${report.figures.taskForce}`);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('counts items done in the year, on time or late, as the overview counts a period (issue 13)', async () => {
    const taskForceId = await createTaskForce(t, w.admin, 'Laiku');
    for (const [personId, role] of [
      [w.secretary.personId, 'SECRETARY'],
      [w.member.personId, 'MEMBER'],
    ]) {
      await addMember(t, w.admin, { taskForceId, personId, role, validFrom: '2025-01-01' });
    }
    const [measure] = await activeMeasureIds(t, w.secretary.token);
    const doneOn = async (dueDate: string, created: string, done: string) => {
      t.config.fixedNow = new Date(`${created}T08:00:00Z`);
      const item = (
        await t.gql(
          CREATE_ACTION_ITEM,
          {
            input: {
              taskForceId,
              title: `Iki ${dueDate}`,
              assigneeId: w.member.personId,
              dueDate,
              measureIds: [measure],
            },
          },
          w.secretary.token,
        )
      ).data.createActionItem;
      t.config.fixedNow = new Date(`${done}T08:00:00Z`);
      const res = await t.gql(
        UPDATE_ACTION_ITEM,
        { input: { id: item.id, version: item.version, status: 'DONE' } },
        w.secretary.token,
      );
      expect(res.errors).toBeUndefined();
    };
    try {
      await doneOn('2026-01-31', '2025-11-01', '2025-11-10'); // due next year, done this year
      await doneOn('2025-12-15', '2025-11-01', '2026-01-05'); // due this year, done late next year
    } finally {
      t.config.fixedNow = PINNED_NOW;
    }
    const timeliness = `{ actionItemsDoneOnTime actionItemsDoneLate }`;
    const report = await t.gql(
      `mutation($input: GenerateAnnualReportInput!) { generateAnnualReport(input: $input) { figures ${timeliness} } }`,
      { input: { taskForceId, year: 2025 } },
      w.secretary.token,
    );
    expect(report.data.generateAnnualReport.figures).toEqual({
      actionItemsDoneOnTime: 1,
      actionItemsDoneLate: 0,
    });
    const overview = await t.gql(
      `{ statusOverview(from: "2025-01-01", to: "2025-12-31") { rows { taskForce { id } ${timeliness.slice(1, -1)} } } }`,
      {},
      w.commission,
    );
    const row = overview.data.statusOverview.rows.find((r: any) => r.taskForce.id === taskForceId);
    expect(row).toMatchObject(report.data.generateAnnualReport.figures);
  });
});
