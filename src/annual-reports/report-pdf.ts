import PDFDocument from 'pdfkit';
import { breakLongRuns, writeBounded } from './bounded-text';
import { AnnualReportFigures, LabelledCount } from './dto/annual-report-figures.type';

const CONFIDENTIAL_COUNTED =
  'Skaičiuojami ir uždari (konfidencialūs) posėdžiai bei jų sprendimai; jų turinys čia nerodomas.';

/** DejaVu Sans covers ą č ę ė į š ų ū ž; PDF's built-in fonts do not. */
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

const STATUS_LT: Record<string, string> = {
  DRAFT: 'projektas',
  SUBMITTED: 'pateikta',
  ACCEPTED: 'priimta',
  RETURNED: 'grąžinta',
};

const TRUNCATED = ({ narrativePages }: { narrativePages: number }) =>
  `[Aprašymas per ilgas PDF dokumentui: čia pateikta tik jo pradžia (iki ${narrativePages} psl.). ` +
  'Visą tekstą rasite darbo erdvėje, metinės ataskaitos aprašyme.]';

export interface ReportMeta {
  status: string;
  narrative: string | null;
  figuresGeneratedAt: Date;
  returnReason: string | null;
}

/** A readable A4 document of the report, with its figures and the secretary's narrative. */
export function renderReportPdf(figures: AnnualReportFigures, meta: ReportMeta): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: {
      Title: `${figures.taskForce}: metinė ataskaita ${figures.year}`,
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

  // Every text goes through here: names and titles may hold long runs too (see bounded-text).
  const write = (text: string) => doc.text(breakLongRuns(text));
  const heading = (text: string) =>
    doc.moveDown(0.8).font('bold').fontSize(13).text(text).font('body').fontSize(10.5);
  const line = (label: string, value: string | number | null) => write(`${label}: ${value ?? '—'}`);
  const list = (rows: LabelledCount[]) =>
    rows.length
      ? rows.forEach((r) =>
          write(`• ${r.label}: ${r.count}${r.participants ? ` (dalyvių ${r.participants})` : ''}`),
        )
      : doc.text('—');

  doc.font('bold').fontSize(18).text(`Metinė ataskaita už ${figures.year} m.`);
  doc.font('body').fontSize(12);
  write(figures.taskForce);
  write(figures.municipality);
  doc.fontSize(10.5).moveDown(0.5);
  line('Būsena', STATUS_LT[meta.status] ?? meta.status);
  line(
    'Duomenys paimti',
    meta.figuresGeneratedAt.toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  );
  if (meta.returnReason) line('Grąžinimo priežastis', meta.returnReason);

  // Figures count confidential meetings for every reader; the report says so plainly.
  heading('Darbo grupė ir posėdžiai');
  line('Narių', figures.members);
  line('Atstovaujamų institucijų', figures.institutions);
  line('Įvykusių posėdžių', figures.meetingsHeld);
  line('Atšauktų posėdžių', figures.meetingsCancelled);
  line('Lankomumas, %', figures.attendanceRate);
  write(CONFIDENTIAL_COUNTED);

  heading('Sprendimai');
  line('Iš viso', figures.decisions);
  list(figures.decisionsByKind);

  heading('Veiksmai (priemonių įgyvendinimas)');
  list(figures.actionItemsByStatus);
  line('Įvykdyta laiku', figures.actionItemsDoneOnTime);
  line('Įvykdyta pavėluotai', figures.actionItemsDoneLate);
  for (const m of figures.actionItemsByMeasure) {
    write(
      `${m.measureCode} ${m.measureTitle}: atviri ${m.open}, vykdomi ${m.inProgress}, įvykdyti ${m.done}, atšaukti ${m.cancelled}`,
    );
  }

  heading('Vertinimo rodikliai');
  if (!figures.indicators.length) doc.text('—');
  for (const i of figures.indicators) {
    write(`${i.measureCode} ${i.indicator}: ${i.total} ${i.unit} (siektina reikšmė ${i.target})`);
  }

  heading('Prevencinė veikla');
  line('Renginių', figures.preventionActivities);
  line('Dalyvių', figures.preventionParticipants);
  list(figures.activitiesByKind);
  list(figures.activitiesByTargetGroup);

  heading('Paklausimai');
  list(figures.followUpRequests);

  heading('Aprašymas');
  const narrative = meta.narrative?.trim();
  if (!narrative) doc.text('—');
  else writeBounded(doc, narrative, TRUNCATED);
  doc.end();
  return done;
}
