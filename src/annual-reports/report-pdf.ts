import PDFDocument from 'pdfkit';
import { labelOf, LabelledEnum } from '../common/i18n/enum-labels';
import { formatDateTime, formatNumber } from '../common/i18n/formatting';
import { Language } from '../common/i18n/language';
import { breakLongRuns, writeBounded } from './bounded-text';
import { AnnualReportFigures, LabelledCount } from './dto/annual-report-figures.type';
import { REPORT_WORDING } from './report-wording';

/** DejaVu Sans covers ą č ę ė į š ų ū ž; PDF's built-in fonts do not. */
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

export interface ReportMeta {
  status: string;
  narrative: string | null;
  figuresGeneratedAt: Date;
  returnReason: string | null;
}

type Cell = string | number;

/** A readable A4 document of the report, with its figures and the secretary's narrative. */
export function renderReportPdf(
  figures: AnnualReportFigures,
  meta: ReportMeta,
  language: Language,
): Promise<Buffer> {
  const w = REPORT_WORDING[language];
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    lang: language,
    info: {
      Title: `${figures.taskForce}: ${w.title(figures.year)}`,
      CreationDate: meta.figuresGeneratedAt,
    },
  });
  doc.registerFont('body', FONT);
  doc.registerFont('bold', BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const shown = (value: Cell | null) =>
    value === null ? w.none : typeof value === 'number' ? formatNumber(language, value) : value;
  // Every text goes through here: names and titles may hold long runs too (see bounded-text).
  const write = (text: string) => doc.text(breakLongRuns(text));
  const heading = (text: string) =>
    doc.moveDown(0.8).font('bold').fontSize(13).text(text).font('body').fontSize(10.5);
  const line = (label: string, value: Cell | null) => write(`${label}: ${shown(value)}`);
  const table = (caption: string | null, header: string[], rows: Cell[][]) => {
    // A caption and the table's first rows stay together on one page.
    if (doc.y > doc.page.height - doc.page.margins.bottom - 90) doc.addPage();
    if (caption) doc.moveDown(0.4).font('bold').text(caption).font('body');
    if (!rows.length) return doc.text(w.none);
    const th = (text: string) => ({ text, type: 'TH' as const, font: { src: BOLD } });
    doc
      .moveDown(0.2)
      .fontSize(9.5)
      .table({
        columnStyles: header.map((_, i) =>
          i === 0 ? '*' : { width: 72, align: { x: 'right' as const, y: 'top' as const } },
        ),
        defaultStyle: { padding: 3, borderColor: '#999999' },
        data: [header.map(th), ...rows.map((row) => row.map((cell) => breakLongRuns(shown(cell))))],
      });
    doc.fontSize(10.5);
    doc.x = doc.page.margins.left;
  };
  const counted = (rows: LabelledCount[], kind: LabelledEnum, withPeople = false) =>
    rows.map((r) => {
      const cells: Cell[] = [labelOf(language, kind, r.label), r.count];
      return withPeople ? [...cells, r.participants ?? 0] : cells;
    });

  doc.font('bold').fontSize(18).text(w.title(figures.year));
  doc.font('body').fontSize(12);
  write(figures.taskForce);
  write(figures.municipality);
  doc.fontSize(10.5).moveDown(0.5);
  line(w.status, labelOf(language, 'reportStatus', meta.status));
  line(w.figuresTaken, formatDateTime(language, meta.figuresGeneratedAt));
  if (meta.returnReason) line(w.returnReason, meta.returnReason);

  // Figures count confidential meetings for every reader; the report says so plainly.
  heading(w.membersAndMeetings);
  line(w.members, figures.members);
  line(w.institutions, figures.institutions);
  line(w.meetingsHeld, figures.meetingsHeld);
  line(w.meetingsCancelled, figures.meetingsCancelled);
  line(w.attendanceRate, figures.attendanceRate);
  write(w.confidentialCounted);

  heading(w.decisions);
  line(w.total, figures.decisions);
  table(null, [w.kind, w.number], counted(figures.decisionsByKind, 'decisionKind'));

  heading(w.actionItems);
  line(w.doneOnTime, figures.actionItemsDoneOnTime);
  line(w.doneLate, figures.actionItemsDoneLate);
  table(w.byStatus, [w.status, w.number], counted(figures.actionItemsByStatus, 'actionItemStatus'));
  const status = (code: string) => labelOf(language, 'actionItemStatus', code);
  table(
    w.byMeasure,
    [w.measure, status('OPEN'), status('IN_PROGRESS'), status('DONE'), status('CANCELLED')],
    figures.actionItemsByMeasure.map((m) => [
      `${m.measureCode} ${m.measureTitle}`,
      m.open,
      m.inProgress,
      m.done,
      m.cancelled,
    ]),
  );

  heading(w.indicators);
  table(
    null,
    [w.indicator, w.contributed, w.target, w.unit],
    figures.indicators.map((i) => [`${i.measureCode} ${i.indicator}`, i.total, i.target, i.unit]),
  );

  heading(w.prevention);
  line(w.events, figures.preventionActivities);
  line(w.participants, figures.preventionParticipants);
  const people = [w.events, w.participants];
  table(w.byKind, [w.kind, ...people], counted(figures.activitiesByKind, 'activityKind', true));
  table(
    w.byTargetGroup,
    [w.targetGroup, ...people],
    counted(figures.activitiesByTargetGroup, 'targetGroup', true),
  );

  heading(w.followUps);
  table(null, [w.status, w.number], counted(figures.followUpRequests, 'followUpStatus'));

  heading(w.narrative);
  const narrative = meta.narrative?.trim();
  if (!narrative) doc.text(w.none);
  else writeBounded(doc, narrative, ({ narrativePages }) => w.truncated(narrativePages));
  doc.end();
  return done;
}
