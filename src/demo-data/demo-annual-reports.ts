import {
  AnnualReportEventKind,
  AnnualReportStatus as S,
} from '../annual-reports/annual-report.enums';
import { vilniusStartOfDay, vilniusYear } from '../common/time/vilnius-time';
import { MeetingStatus } from '../meetings/meeting.enums';
import { MembershipRole as R } from '../task-forces/task-force.enums';
import { nationalPeople } from './demo-follow-ups';
import { between, pick, Random } from './demo-people';
import { DemoData, Overseers, Roster } from './demo-plan.types';
import { ReportStage } from './demo-profiles';

export interface ReportContext {
  roster: Roster;
  now: Date;
  overseers: Overseers;
  stage: ReportStage;
  /** Behind with its action items: what a returned report is faulted for. */
  behind: boolean;
}

const DAY_MS = 86_400_000;
/** Days into the year by which the demo's reporting round is over (decisions by ~80). */
const ROUND_DAYS = 120;

// prettier-ignore
const COOPERATION = [
  'Glaudžiausiai bendradarbiauta su policijos komisariatu, socialinių paslaugų centru ir vaiko teisių apsaugos skyriumi: nustatyti atvejai aptarti posėdžiuose, nukentėjusiems asmenims suteikta pagalba.',
  'Darbo grupės nariai keitėsi informacija apie rizikos šeimas ir įtartinus įdarbinimo pasiūlymus; į posėdžius kviesti Valstybinės darbo inspekcijos ir nevyriausybinių organizacijų atstovai.',
  'Sustiprintas bendradarbiavimas su mokyklomis ir užimtumo tarnyba: parengtas bendras prevencinių užsiėmimų grafikas, specialistai dalyvavo mokymuose apie aukų atpažinimą.',
];

// prettier-ignore
const CHALLENGES = [
  'Didžiausi sunkumai – specialistų kaita ir ribotos lėšos prevencinėms priemonėms; dalis priemonių įgyvendinta vėliau nei planuota.',
  'Ne visos institucijos laiku teikė informaciją apie įgyvendintas priemones, todėl kai kurių rodiklių duomenys surinkti tik metų pabaigoje.',
  'Sunkiausiai sekėsi pasiekti kaimiškųjų vietovių gyventojus ir asmenis, dirbančius užsienyje sezoninį darbą.',
];

// prettier-ignore
const PLANS = [
  'Kitais metais daugiau dėmesio bus skiriama darbo išnaudojimo prevencijai, pedagogų mokymams ir informacijai apie pagalbos galimybes.',
  'Kitais metais numatoma atnaujinti pagalbos nukentėjusiesiems algoritmą ir surengti bendrus mokymus policijos ir socialinių paslaugų specialistams.',
  'Kitais metais planuojama išplėsti prevencinius renginius rizikos grupių jaunimui ir glaudžiau bendradarbiauti su nevyriausybinėmis organizacijomis.',
];

/** Why a report came back: a task force behind with its work is asked about that first. */
const LATE_WORK_REASON =
  'Aprašomojoje dalyje nepaaiškinta, kodėl vėluoja dalis veiksmų plano priemonių, ir nenurodyti nauji jų terminai. Prašome papildyti ir pateikti iš naujo.';
// prettier-ignore
const RETURN_REASONS = [
  'Nepateikta informacija apie bendradarbiavimą su nevyriausybinėmis organizacijomis ir pagalbą nukentėjusiesiems. Prašome papildyti aprašomąją dalį.',
  'Trūksta prevencijos renginių tikslinėms grupėms aprašymo ir kitų metų planų. Prašome patikslinti ir pateikti ataskaitą iš naujo.',
];

/**
 * The narrative a secretary writes, with the year's counts as the figures will show them
 * (held meetings by Vilnius year, activities by date). A started draft has the first half.
 */
function narrative(random: Random, roster: Roster, year: number, data: DemoData, full: boolean) {
  const tf = roster.taskForce.id;
  const held = data.meetings.filter(
    (m) =>
      m.taskForceId === tf && m.status === MeetingStatus.HELD && vilniusYear(m.startsAt) === year,
  ).length;
  const activities = data.activities.filter(
    (a) => a.taskForceId === tf && a.date.startsWith(`${year}-`),
  );
  const participants = activities.reduce((sum, a) => sum + a.participants, 0);
  const paragraphs = [
    `${year} m. darbo grupė koordinavo ${roster.place} savivaldybės institucijų veiklą prekybos žmonėmis prevencijos ir kontrolės srityje. Įvykusių posėdžių skaičius – ${held}, prevencijos renginių – ${activities.length} (dalyvių – ${participants}).`,
    pick(random, COOPERATION),
    pick(random, CHALLENGES),
    pick(random, PLANS),
  ];
  return paragraphs.slice(0, full ? 4 : 2).join('\n\n');
}

/**
 * Adds one task force's report on last year (the Vilnius year before `now`) at its planned
 * stage to `data`, without figures: the seeder takes those from the stored records. Its
 * steps run from January on, a few weeks apart; early in the year they are squeezed into
 * the days since New Year, so that every instant stays before `now`.
 */
export function buildAnnualReport(
  random: Random,
  { roster, now, overseers, stage, behind }: ReportContext,
  newId: () => string,
  data: DemoData,
): void {
  const year = vilniusYear(now) - 1;
  const newYear = vilniusStartOfDay(`${year + 1}-01-01`).getTime();
  const scale = Math.min(1, (now.getTime() - newYear) / (ROUND_DAYS * DAY_MS));
  const at = (day: number) => new Date(newYear + day * DAY_MS * scale);
  // A day that far into the round, at a time in office hours (08:00–16:00 in winter).
  const workday = (first: number, last: number) =>
    between(random, first, last) + between(random, 8 * 60, 16 * 60) / (24 * 60);

  const secretary = roster.entries.find(
    (e) => e.membership.role === R.SECRETARY && !e.membership.validTo,
  )!.personId;
  const deciders = nationalPeople(overseers);
  // Without a national account to decide, a decided report stays submitted.
  const decided = (stage === 'ACCEPTED' || stage === 'RETURNED') && deciders.length > 0;
  const submitted = stage === 'SUBMITTED' || stage === 'ACCEPTED' || stage === 'RETURNED';

  const generated = workday(8, 20);
  const written = generated + between(random, 1, 10);
  const submittedDay = written + between(random, 2, 12);
  const decidedDay = submittedDay + between(random, 5, 30);
  const decider = decided ? pick(random, deciders) : null;
  const text =
    stage === 'DRAFT_EMPTY'
      ? null
      : narrative(random, roster, year, data, stage !== 'DRAFT_STARTED');
  const last = decided ? decidedDay : submitted ? submittedDay : text ? written : generated;

  const report = {
    id: newId(),
    taskForceId: roster.taskForce.id,
    year,
    status: decided
      ? stage === 'ACCEPTED'
        ? S.ACCEPTED
        : S.RETURNED
      : submitted
        ? S.SUBMITTED
        : S.DRAFT,
    // Submission takes the figures afresh, so a submitted report's are from that moment.
    figuresGeneratedAt: at(submitted ? submittedDay : generated),
    narrative: text,
    submittedAt: submitted ? at(submittedDay) : null,
    submittedById: submitted ? secretary : null,
    decidedAt: decided ? at(decidedDay) : null,
    decidedById: decider?.personId ?? null,
    returnReason:
      decided && stage === 'RETURNED'
        ? behind
          ? LATE_WORK_REASON
          : pick(random, RETURN_REASONS)
        : null,
    createdAt: at(generated),
    updatedAt: at(last),
  };
  data.annualReports.push(report);

  // Its history: the submission, then the decision, each as it happened.
  const step = (
    sequence: number,
    kind: AnnualReportEventKind,
    when: Date,
    byId: string,
    fields: { reason?: string | null; narrative?: string | null } = {},
  ) =>
    data.annualReportEvents.push({
      id: newId(),
      reportId: report.id,
      sequence,
      kind,
      at: when,
      byId,
      reason: fields.reason ?? null,
      narrative: fields.narrative ?? null,
      createdAt: when,
      updatedAt: when,
    });
  if (report.submittedAt) {
    step(1, AnnualReportEventKind.SUBMITTED, report.submittedAt, secretary, { narrative: text });
  }
  if (report.decidedAt && decider) {
    const kind =
      report.status === S.ACCEPTED
        ? AnnualReportEventKind.ACCEPTED
        : AnnualReportEventKind.RETURNED;
    step(2, kind, report.decidedAt, decider.personId, { reason: report.returnReason });
  }
}
