import { stringify } from 'csv-stringify/sync';
import { AnnualReportFigures } from './dto/annual-report-figures.type';

/** What makes a spreadsheet read a text cell as a formula (OWASP's "CSV injection" list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell a spreadsheet would run as a formula gets a leading apostrophe, so it shows as the
 * text it is. Numbers stay numbers: a negative count is not a formula.
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * The figures as one CSV table (RFC 4180: quoted as needed, CRLF line ends), UTF-8 with a byte
 * order mark so spreadsheets read the Lithuanian letters right.
 */
export function renderReportCsv(figures: AnnualReportFigures, status: string): string {
  const rows: (string | number | null)[][] = [['section', 'item', 'value', 'detail']];
  const add = (section: string, item: string, value: string | number | null, detail = '') =>
    rows.push([section, item, value, detail]);

  add('report', 'task force', figures.taskForce);
  add('report', 'municipality', figures.municipality);
  add('report', 'year', figures.year);
  add('report', 'status', status);
  add('members', 'members', figures.members);
  add('members', 'institutions represented', figures.institutions);
  const counted = 'confidential meetings included (numbers only)';
  add('meetings', 'held', figures.meetingsHeld, counted);
  add('meetings', 'cancelled', figures.meetingsCancelled);
  add('meetings', 'attendance rate %', figures.attendanceRate);
  add('decisions', 'total', figures.decisions, counted);
  for (const row of figures.decisionsByKind) add('decisions by kind', row.label, row.count);
  for (const row of figures.actionItemsByStatus)
    add('action items by status', row.label, row.count);
  add('action items', 'done on time', figures.actionItemsDoneOnTime);
  add('action items', 'done late', figures.actionItemsDoneLate);
  for (const m of figures.actionItemsByMeasure) {
    const detail = `open ${m.open}; in progress ${m.inProgress}; done ${m.done}; cancelled ${m.cancelled}`;
    add(
      'action items by measure',
      `${m.measureCode} ${m.measureTitle}`,
      m.open + m.inProgress + m.done + m.cancelled,
      detail,
    );
  }
  for (const i of figures.indicators) {
    add('indicators', `${i.measureCode} ${i.indicator}`, i.total, `${i.unit}; target ${i.target}`);
  }
  add('prevention activities', 'total', figures.preventionActivities);
  add('prevention activities', 'participants', figures.preventionParticipants);
  for (const row of figures.activitiesByKind) {
    add('activities by kind', row.label, row.count, `participants ${row.participants ?? 0}`);
  }
  for (const row of figures.activitiesByTargetGroup) {
    add(
      'activities by target group',
      row.label,
      row.count,
      `participants ${row.participants ?? 0}`,
    );
  }
  for (const row of figures.followUpRequests) add('follow-up requests', row.label, row.count);
  return stringify(rows, {
    bom: true,
    record_delimiter: '\r\n',
    quoted_match: /[",\r\n]/,
    cast: { string: neutraliseFormula },
  });
}
