import { randomUUID } from 'node:crypto';
import { addDays, vilniusDate } from '../common/time/vilnius-time';
import { InstitutionType as T } from '../institutions/institution-type.enum';
import { NATIONAL } from '../reference-data/data/institutions.data';
import { MUNICIPALITIES } from '../reference-data/data/municipalities.data';
import { MembershipRole as R, QuorumRule, TaskForceStatus } from '../task-forces/task-force.enums';
import { TASK_FORCE_DEMO_ACCOUNTS } from './demo-accounts';
import { buildActionItems } from './demo-action-items';
import { buildAnnualReport } from './demo-annual-reports';
import { buildFollowUps } from './demo-follow-ups';
import { buildMeetings } from './demo-meetings';
import {
  between,
  CHAIR_POSITION,
  nameGenerator,
  positionFor,
  Random,
  SECRETARY_POSITION,
  seededRandom,
  shuffled,
  workEmail,
} from './demo-people';
import { DemoData, DemoInput, Roster, RosterEntry } from './demo-plan.types';
import { buildPreventionActivities } from './demo-prevention-activities';
import { profileOf } from './demo-profiles';

type InstitutionRow = DemoInput['institutions'][number];

/** A place at a task force's table (the scale data set fills the same seats). */
export interface Seat {
  role: R;
  type: T;
  position?: [string, string];
  /** A fixed body (national NGOs and the IOM sit as observers). */
  institutionName?: string;
}

/** Seats every task force has: the municipality leads, police deputises, the rest serve. */
export const CORE_SEATS: Seat[] = [
  { role: R.CHAIR, type: T.MUNICIPAL_ADMINISTRATION, position: CHAIR_POSITION },
  { role: R.DEPUTY_CHAIR, type: T.POLICE },
  { role: R.SECRETARY, type: T.MUNICIPAL_ADMINISTRATION, position: SECRETARY_POSITION },
  { role: R.MEMBER, type: T.SOCIAL_SERVICES },
  { role: R.MEMBER, type: T.CHILD_RIGHTS_PROTECTION },
  { role: R.MEMBER, type: T.EDUCATION },
  { role: R.MEMBER, type: T.EMPLOYMENT_SERVICE },
];

/** Further voting seats, in the order a larger task force fills them. */
const EXTRA_SEATS: Seat[] = [
  { role: R.MEMBER, type: T.HEALTH },
  { role: R.MEMBER, type: T.PROSECUTION },
  { role: R.MEMBER, type: T.POLICE },
  { role: R.MEMBER, type: T.NGO },
  { role: R.MEMBER, type: T.SOCIAL_SERVICES },
  { role: R.MEMBER, type: T.CHILD_RIGHTS_PROTECTION },
  { role: R.MEMBER, type: T.EDUCATION },
];

const NAME_PATTERNS = [
  (of: string) => `${of} prekybos žmonėmis prevencijos darbo grupė`,
  (of: string) => `${of} prekybos žmonėmis prevencijos ir kontrolės darbo grupė`,
  (of: string) => `${of} tarpinstitucinė kovos su prekyba žmonėmis darbo grupė`,
];

const pad = (n: number) => String(n).padStart(2, '0');

function establishment(random: Random) {
  const on = `${between(random, 2019, 2023)}-${pad(between(random, 1, 12))}-${pad(between(random, 1, 28))}`;
  const act =
    random() < 0.5
      ? `Mero ${on} potvarkis Nr. M-${between(random, 20, 480)}`
      : `Savivaldybės administracijos direktoriaus ${on} įsakymas Nr. A1-${between(random, 100, 1900)}`;
  return { on, act };
}

/**
 * Builds the whole demo: a task force in each reference municipality with its roster, a year
 * of meetings around `now`, the action items and prevention work that followed, the
 * follow-up requests the Commission and the Ministry sent it and its report on last year,
 * all shaped by its profile (what the oversight views should show of it). Pure apart from
 * `newId`, so the same input always gives the same names, roles and dates.
 */
export function buildDemoData(input: DemoInput, newId: () => string = randomUUID): DemoData {
  const data: DemoData = {
    people: [],
    accounts: [],
    taskForces: [],
    memberships: [],
    meetings: [],
    agendaItems: [],
    agendaItemMeasures: [],
    attendance: [],
    guests: [],
    decisions: [],
    decisionMeasures: [],
    minutes: [],
    actionItems: [],
    actionItemMeasures: [],
    actionUpdates: [],
    contributions: [],
    activities: [],
    activityPartners: [],
    activityMeasures: [],
    followUps: [],
    followUpMessages: [],
    annualReports: [],
    annualReportEvents: [],
  };
  const today = vilniusDate(input.now);
  const takenNames = new Set<string>();
  const measureIds = new Map(input.measures.map((m) => [m.code, m.id]));
  const indicators = new Map<string, DemoInput['indicators']>();
  for (const indicator of input.indicators) {
    indicators.set(indicator.measureId, [
      ...(indicators.get(indicator.measureId) ?? []),
      indicator,
    ]);
  }
  const codes = MUNICIPALITIES.map((m) => m.code);
  const municipalities = input.municipalities
    .filter((m) => codes.includes(m.code))
    .sort((a, b) => codes.indexOf(a.code) - codes.indexOf(b.code));

  municipalities.forEach((municipality, index) => {
    const random = seededRandom(`task-force-${municipality.code}`);
    const names = nameGenerator(random, takenNames);
    const local = input.institutions.filter((i) => i.municipalityId === municipality.id);
    const byType = (type: T) => local.find((i) => i.type === type);
    const byName = (name: string) => input.institutions.find((i) => i.name === name);
    const genitive = municipality.name.replace(/savivaldybė$/, 'savivaldybės');
    const place = municipality.name.replace(/ savivaldybė$/, '');
    const mailPlace = municipality.nameEn.split(' ')[0];
    const founded = establishment(random);
    const taskForce = {
      id: newId(),
      municipalityId: municipality.id,
      name: NAME_PATTERNS[index % NAME_PATTERNS.length](genitive),
      establishedOn: founded.on,
      establishingAct: founded.act,
      status: TaskForceStatus.ACTIVE,
      dissolvedOn: null,
      dissolvingAct: null,
      quorumRule: QuorumRule.MORE_THAN_HALF,
    };
    data.taskForces.push(taskForce);

    const extras = EXTRA_SEATS.filter((seat) => byType(seat.type));
    const voting = Math.min(between(random, 7, 13), CORE_SEATS.length + extras.length);
    const seats = [...CORE_SEATS, ...extras.slice(0, voting - CORE_SEATS.length)];
    const observers: Seat[] = [
      seats.some((s) => s.type === T.NGO) || !byType(T.NGO)
        ? { role: R.OBSERVER, type: T.NGO, institutionName: NATIONAL.ANTI_TRAFFICKING_CENTRE }
        : { role: R.OBSERVER, type: T.NGO },
      { role: R.OBSERVER, type: T.INTERNATIONAL_ORGANISATION, institutionName: NATIONAL.IOM },
    ];
    seats.push(...observers.slice(0, between(random, 1, 2)));

    const accounts = TASK_FORCE_DEMO_ACCOUNTS.filter(
      (a) => a.municipalityCode === municipality.code,
    );
    const entries: RosterEntry[] = [];
    const positions = new Set<string>();
    const seat = (spec: Seat, validFrom: string, validTo: string | null, email?: string) => {
      const institution: InstitutionRow | undefined = spec.institutionName
        ? byName(spec.institutionName)
        : byType(spec.type);
      const { fullName, female } = names();
      const person = {
        id: newId(),
        fullName,
        email: email ?? workEmail(fullName, spec.type, mailPlace),
        // No phone: a made-up Lithuanian number could well ring a real one.
        phone: null,
        position:
          spec.position?.[female ? 1 : 0] ?? positionFor(random, spec.type, female, positions),
        institutionId: institution?.id ?? null,
      };
      const membership = {
        id: newId(),
        taskForceId: taskForce.id,
        personId: person.id,
        role: spec.role,
        validFrom,
        validTo,
      };
      data.people.push(person);
      data.memberships.push(membership);
      if (email) data.accounts.push({ email, personId: person.id });
      entries.push({
        personId: person.id,
        fullName,
        institutionId: institution?.id ?? null,
        institutionName: institution?.name ?? null,
        institutionType: spec.type,
        membership,
        alwaysAttends: !!email,
      });
    };

    // Each demo account takes the first free seat of its role.
    const holders = new Map<Seat, string>();
    for (const account of accounts) {
      const free = seats.find((s) => s.role === account.role && !holders.has(s));
      if (free) holders.set(free, account.email);
    }
    // A couple of members left during the year; someone from the same body took the seat.
    const replaceable = seats.filter((s, i) => s.role === R.MEMBER && i > 3 && !holders.has(s));
    const replaced = new Map<Seat, string>();
    for (const spec of shuffled(random, replaceable).slice(0, random() < 0.3 ? 1 : 2)) {
      const left = addDays(today, -between(random, 75, 300));
      seat({ role: R.MEMBER, type: spec.type }, founded.on, left);
      replaced.set(spec, addDays(left, 1));
    }
    for (const spec of seats) {
      seat(spec, replaced.get(spec) ?? founded.on, null, holders.get(spec));
    }

    const roster: Roster = {
      taskForce,
      place,
      entries,
      chairId: entries.find((e) => e.membership.role === R.CHAIR && !e.membership.validTo)!
        .personId,
    };
    // What the oversight views should make of it: how it met, how far behind it is, etc.
    const profile = profileOf(municipality.code);
    const { now, overseers } = input;
    const context = { roster, now, measures: input.measures, names, pattern: profile.meetings };
    buildMeetings(random, context, newId, data);
    // Own seeds, so the work planned after the meetings never shifts them (nor each other).
    const items = buildActionItems(
      seededRandom(`action-items-${municipality.code}`),
      { roster, now, measureIds, indicators, profile },
      newId,
      data,
    );
    buildPreventionActivities(
      seededRandom(`prevention-${municipality.code}`),
      { taskForceId: taskForce.id, place, now, measureIds, institutions: local },
      items,
      newId,
      data,
    );
    buildFollowUps(
      seededRandom(`follow-ups-${municipality.code}`),
      { roster, now, overseers, plans: profile.followUps },
      newId,
      data,
    );
    buildAnnualReport(
      seededRandom(`annual-report-${municipality.code}`),
      { roster, now, overseers, stage: profile.report, behind: profile.backlog !== 'NONE' },
      newId,
      data,
    );
  });
  return data;
}
