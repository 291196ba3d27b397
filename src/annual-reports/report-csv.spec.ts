import { parse } from 'csv-parse/sync';
import { neutraliseFormula, renderReportCsv } from './report-csv';

describe('neutraliseFormula', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1'])('quotes %j', (cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });

  it.each(['Vilnius', '1+1', " '=1", ''])('leaves %j alone', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });
});

describe('renderReportCsv', () => {
  it('neutralises text cells but keeps numbers', () => {
    const figures = {
      taskForce: '=cmd|" /C calc"!A0',
      municipality: '@Vilnius',
      year: 2026,
      members: 3,
      institutions: 2,
      meetingsHeld: 1,
      meetingsCancelled: 0,
      attendanceRate: null,
      decisions: 0,
      decisionsByKind: [],
      actionItemsByStatus: [],
      actionItemsDoneOnTime: 0,
      actionItemsDoneLate: 0,
      actionItemsByMeasure: [],
      indicators: [
        { measureCode: '-1', indicator: 'Rodiklis', unit: '+vnt.', total: -5, target: 10 },
      ],
      preventionActivities: 0,
      preventionParticipants: 0,
      activitiesByKind: [],
      activitiesByTargetGroup: [],
      followUpRequests: [],
    };
    const rows: string[][] = parse(renderReportCsv(figures, 'DRAFT'), { bom: true });
    const cell = (section: string, item: string, column = 2) =>
      rows.find((r) => r[0] === section && r[1] === item)?.[column];
    expect(cell('report', 'task force')).toBe(`'=cmd|" /C calc"!A0`);
    expect(cell('report', 'municipality')).toBe("'@Vilnius");
    expect(rows.find((r) => r[0] === 'indicators')).toEqual([
      'indicators',
      "'-1 Rodiklis",
      '-5',
      "'+vnt.; target 10",
    ]);
  });
});
