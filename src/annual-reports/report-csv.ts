import { registerEnumType } from '@nestjs/graphql';
import { stringify } from 'csv-stringify/sync';
import { labelOf, LabelledEnum } from '../common/i18n/enum-labels';
import { formatNumber } from '../common/i18n/formatting';
import { Language } from '../common/i18n/language';
import { AnnualReportFigures, LabelledCount } from './dto/annual-report-figures.type';
import { REPORT_WORDING } from './report-wording';

/** What makes a spreadsheet read a text cell as a formula (OWASP's "CSV injection" list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * RFC 4180 (comma, decimal point) for programs; EXCEL for a spreadsheet under Lithuanian
 * regional settings, which splits columns at `;` and reads `87,5` as a number.
 */
export enum CsvDialect {
  RFC4180 = 'RFC4180',
  EXCEL = 'EXCEL',
}

registerEnumType(CsvDialect, {
  name: 'CsvDialect',
  description:
    'RFC4180: comma-separated, decimal point, for programs. EXCEL: semicolon-separated with a decimal comma, as a spreadsheet under Lithuanian regional settings opens it in columns.',
});

/**
 * A text cell a spreadsheet would run as a formula gets a leading apostrophe, so it shows as the
 * text it is. Numbers stay numbers: a negative count is not a formula.
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

type Cell = string | number | null;

/**
 * The figures as one table, one figure per row (section, item, figure, value, unit, note), UTF-8
 * with a byte order mark so spreadsheets read the Lithuanian letters right, CRLF line ends.
 */
export function renderReportCsv(
  figures: AnnualReportFigures,
  status: string,
  language: Language,
  dialect = CsvDialect.RFC4180,
): string {
  const w = REPORT_WORDING[language];
  const rows: Cell[][] = [];
  const add = (section: string, item: string, figure: string, value: Cell, unit = '', note = '') =>
    rows.push([section, item, figure, value, unit, note]);
  const counts = (section: string, kind: LabelledEnum, list: LabelledCount[], people = false) => {
    for (const row of list) {
      const label = labelOf(language, kind, row.label);
      add(section, label, people ? w.events : w.number, row.count);
      if (people) add(section, label, w.participants, row.participants ?? 0);
    }
  };

  add(w.report, w.taskForce, '', figures.taskForce);
  add(w.report, w.municipality, '', figures.municipality);
  add(w.report, w.year, '', figures.year);
  add(w.report, w.status, '', labelOf(language, 'reportStatus', status));
  add(w.membersAndMeetings, w.members, w.number, figures.members);
  add(w.membersAndMeetings, w.institutions, w.number, figures.institutions);
  add(
    w.membersAndMeetings,
    w.meetingsHeld,
    w.number,
    figures.meetingsHeld,
    '',
    w.confidentialCounted,
  );
  add(w.membersAndMeetings, w.meetingsCancelled, w.number, figures.meetingsCancelled);
  add(w.membersAndMeetings, w.attendanceRate, w.attendanceRate, figures.attendanceRate, '%');
  add(w.decisions, w.total, w.number, figures.decisions, '', w.confidentialCounted);
  counts(w.decisions, 'decisionKind', figures.decisionsByKind);
  counts(w.byStatus, 'actionItemStatus', figures.actionItemsByStatus);
  add(w.actionItems, w.doneOnTime, w.number, figures.actionItemsDoneOnTime);
  add(w.actionItems, w.doneLate, w.number, figures.actionItemsDoneLate);
  const statusWord = (code: string) => labelOf(language, 'actionItemStatus', code);
  for (const m of figures.actionItemsByMeasure) {
    const item = `${m.measureCode} ${m.measureTitle}`;
    add(w.byMeasure, item, statusWord('OPEN'), m.open);
    add(w.byMeasure, item, statusWord('IN_PROGRESS'), m.inProgress);
    add(w.byMeasure, item, statusWord('DONE'), m.done);
    add(w.byMeasure, item, statusWord('CANCELLED'), m.cancelled);
  }
  for (const i of figures.indicators) {
    add(w.indicators, `${i.measureCode} ${i.indicator}`, w.contributed, i.total, i.unit);
    add(w.indicators, `${i.measureCode} ${i.indicator}`, w.target, i.target, i.unit);
  }
  add(w.prevention, w.total, w.events, figures.preventionActivities);
  add(w.prevention, w.total, w.participants, figures.preventionParticipants);
  counts(w.byKind, 'activityKind', figures.activitiesByKind, true);
  counts(w.byTargetGroup, 'targetGroup', figures.activitiesByTargetGroup, true);
  counts(w.followUps, 'followUpStatus', figures.followUpRequests);

  const excel = dialect === CsvDialect.EXCEL;
  const cell = (value: Cell) =>
    typeof value === 'number'
      ? excel
        ? formatNumber(language, value).replace(/\s/g, '')
        : String(value)
      : neutraliseFormula(value ?? '');
  return stringify([w.csvHeader, ...rows.map((row) => row.map(cell))], {
    bom: true,
    delimiter: excel ? ';' : ',',
    record_delimiter: '\r\n',
    quoted_match: excel ? /[";\r\n]/ : /[",\r\n]/,
  });
}
