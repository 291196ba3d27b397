import { Language } from '../common/i18n/language';

/** Every heading and label of the annual report's PDF and CSV, in each language. */
export interface ReportWording {
  title: (year: number) => string;
  status: string;
  figuresTaken: string;
  returnReason: string;
  taskForce: string;
  municipality: string;
  year: string;
  report: string;
  membersAndMeetings: string;
  members: string;
  institutions: string;
  meetingsHeld: string;
  meetingsCancelled: string;
  attendanceRate: string;
  confidentialCounted: string;
  decisions: string;
  total: string;
  kind: string;
  number: string;
  actionItems: string;
  byStatus: string;
  doneOnTime: string;
  doneLate: string;
  byMeasure: string;
  measure: string;
  indicators: string;
  indicator: string;
  contributed: string;
  target: string;
  unit: string;
  prevention: string;
  events: string;
  participants: string;
  byKind: string;
  byTargetGroup: string;
  targetGroup: string;
  followUps: string;
  narrative: string;
  none: string;
  truncated: (pages: number) => string;
  csvHeader: [string, string, string, string, string, string];
}

export const REPORT_WORDING: Record<Language, ReportWording> = {
  [Language.LT]: {
    title: (year) => `Metinė ataskaita už ${year} m.`,
    status: 'Būsena',
    figuresTaken: 'Duomenys paimti (Vilniaus laiku)',
    returnReason: 'Grąžinimo priežastis',
    taskForce: 'Darbo grupė',
    municipality: 'Savivaldybė',
    year: 'Metai',
    report: 'Ataskaita',
    membersAndMeetings: 'Darbo grupė ir posėdžiai',
    members: 'Narių',
    institutions: 'Atstovaujamų institucijų',
    meetingsHeld: 'Įvykusių posėdžių',
    meetingsCancelled: 'Atšauktų posėdžių',
    attendanceRate: 'Lankomumas, %',
    confidentialCounted:
      'Skaičiuojami ir uždari (konfidencialūs) posėdžiai bei jų sprendimai; jų turinys čia nerodomas.',
    decisions: 'Sprendimai',
    total: 'Iš viso',
    kind: 'Rūšis',
    number: 'Skaičius',
    actionItems: 'Veiksmai (priemonių įgyvendinimas)',
    byStatus: 'Veiksmai pagal būseną',
    doneOnTime: 'Įvykdyta laiku',
    doneLate: 'Įvykdyta pavėluotai',
    byMeasure: 'Veiksmai pagal priemonę',
    measure: 'Priemonė',
    indicators: 'Vertinimo rodikliai',
    indicator: 'Rodiklis',
    contributed: 'Pasiekta per metus',
    target: 'Siektina reikšmė',
    unit: 'Vienetas',
    prevention: 'Prevencinė veikla',
    events: 'Renginių',
    participants: 'Dalyvių',
    byKind: 'Renginiai pagal rūšį',
    byTargetGroup: 'Renginiai pagal tikslinę grupę',
    targetGroup: 'Tikslinė grupė',
    followUps: 'Paklausimai',
    narrative: 'Aprašymas',
    none: '—',
    truncated: (pages) =>
      `[Aprašymas per ilgas PDF dokumentui: čia pateikta tik jo pradžia (iki ${pages} psl.). ` +
      'Visą tekstą rasite darbo erdvėje, metinės ataskaitos aprašyme.]',
    csvHeader: ['Skyrius', 'Eilutė', 'Rodiklis', 'Reikšmė', 'Vienetas', 'Pastaba'],
  },
  [Language.EN]: {
    title: (year) => `Annual report for ${year}`,
    status: 'Status',
    figuresTaken: 'Figures taken (Vilnius time)',
    returnReason: 'Reason for return',
    taskForce: 'Task force',
    municipality: 'Municipality',
    year: 'Year',
    report: 'Report',
    membersAndMeetings: 'Task force and meetings',
    members: 'Members',
    institutions: 'Institutions represented',
    meetingsHeld: 'Meetings held',
    meetingsCancelled: 'Meetings cancelled',
    attendanceRate: 'Attendance, %',
    confidentialCounted:
      'Closed (confidential) meetings and their decisions are counted; their content is not shown here.',
    decisions: 'Decisions',
    total: 'Total',
    kind: 'Kind',
    number: 'Number',
    actionItems: 'Action items (carrying out the measures)',
    byStatus: 'Action items by status',
    doneOnTime: 'Done on time',
    doneLate: 'Done late',
    byMeasure: 'Action items by measure',
    measure: 'Measure',
    indicators: 'Evaluation indicators',
    indicator: 'Indicator',
    contributed: 'Reached in the year',
    target: 'Target',
    unit: 'Unit',
    prevention: 'Prevention activities',
    events: 'Events',
    participants: 'Participants',
    byKind: 'Events by kind',
    byTargetGroup: 'Events by target group',
    targetGroup: 'Target group',
    followUps: 'Follow-up requests',
    narrative: 'Narrative',
    none: '—',
    truncated: (pages) =>
      `[The narrative is too long for the PDF: only its beginning is printed here (up to ${pages} pages). ` +
      'The full text is in the workspace, in the annual report.]',
    csvHeader: ['Section', 'Item', 'Figure', 'Value', 'Unit', 'Note'],
  },
};
