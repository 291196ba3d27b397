import { parse } from 'csv-parse/sync';
import { Language } from '../common/i18n/language';
import { AnnualReportFigures } from './dto/annual-report-figures.type';
import { CsvDialect, neutraliseFormula, renderReportCsv } from './report-csv';

describe('neutraliseFormula', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1'])('quotes %j', (cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });

  it.each(['Vilnius', '1+1', " '=1", ''])('leaves %j alone', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });
});

const figures = (over: Partial<AnnualReportFigures> = {}): AnnualReportFigures => ({
  taskForce: 'Vilniaus darbo grupė',
  municipality: 'Vilnius',
  year: 2026,
  members: 3,
  institutions: 2,
  meetingsHeld: 1,
  meetingsCancelled: 0,
  attendanceRate: 87.5,
  decisions: 0,
  decisionsByKind: [{ label: 'PROPOSAL_TO_COMMISSION', count: 1 }],
  actionItemsByStatus: [],
  actionItemsDoneOnTime: 0,
  actionItemsDoneLate: 0,
  actionItemsByMeasure: [
    { measureCode: '1.1', measureTitle: 'Mokymai', open: 1, inProgress: 2, done: 3, cancelled: 0 },
  ],
  indicators: [],
  preventionActivities: 0,
  preventionParticipants: 0,
  activitiesByKind: [{ label: 'LECTURE_FOR_RISK_GROUP', count: 5, participants: 1250 }],
  activitiesByTargetGroup: [],
  followUpRequests: [],
  ...over,
});

describe('renderReportCsv', () => {
  it('neutralises text cells but keeps numbers', () => {
    const hostile = figures({
      taskForce: '=cmd|" /C calc"!A0',
      municipality: '@Vilnius',
      indicators: [
        { measureCode: '-1', indicator: 'Rodiklis', unit: '+vnt.', total: -5, target: 10 },
      ],
    });
    const rows: string[][] = parse(renderReportCsv(hostile, 'DRAFT', Language.EN), { bom: true });
    const cell = (section: string, item: string, column = 3) =>
      rows.find((r) => r[0] === section && r[1] === item)?.[column];
    expect(cell('Report', 'Task force')).toBe(`'=cmd|" /C calc"!A0`);
    expect(cell('Report', 'Municipality')).toBe("'@Vilnius");
    expect(rows.find((r) => r[0] === 'Evaluation indicators')).toEqual([
      'Evaluation indicators',
      "'-1 Rodiklis",
      'Reached in the year',
      '-5',
      "'+vnt.",
      '',
    ]);
  });

  it('puts one figure in each cell under headers in the reader language, words for codes', () => {
    const rows: string[][] = parse(renderReportCsv(figures(), 'SUBMITTED', Language.LT), {
      bom: true,
    });
    expect(rows[0]).toEqual(['Skyrius', 'Eilutė', 'Rodiklis', 'Reikšmė', 'Vienetas', 'Pastaba']);
    const byMeasure = rows.filter((r) => r[1] === '1.1 Mokymai').map((r) => [r[2], r[3]]);
    expect(byMeasure).toEqual([
      ['Nepradėta', '1'],
      ['Vykdoma', '2'],
      ['Įvykdyta', '3'],
      ['Atšaukta', '0'],
    ]);
    expect(rows.some((r) => r[1] === 'Siūlymas Komisijai' && r[3] === '1')).toBe(true);
    expect(rows.find((r) => r[1] === 'Būsena')?.[3]).toBe('Pateikta');
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[A-Z_]{5,}$/);
    for (const row of rows.slice(1))
      expect(Number.isNaN(Number(row[3])) && row[2] !== '').toBe(false);
  });

  it('writes the spreadsheet variant with semicolons and a decimal comma', () => {
    const text = renderReportCsv(figures(), 'DRAFT', Language.LT, CsvDialect.EXCEL);
    const rows: string[][] = parse(text, { bom: true, delimiter: ';' });
    expect(rows.every((r) => r.length === 6)).toBe(true);
    expect(rows.find((r) => r[1] === 'Lankomumas, %')?.[3]).toBe('87,5');
    const lecture = rows.filter((r) => r[1] === 'Paskaita rizikos grupei');
    expect(lecture.map((r) => r[3])).toEqual(['5', '1250']);
  });
});
