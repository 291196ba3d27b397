import { searchTextFor } from '../../database/search-text';
import { Account } from '../../auth/account.entity';
import { SystemRole } from '../../auth/system-role.enum';
import { between, nameGenerator, positionFor, workEmail } from '../../demo-data/demo-people';
import { MUNICIPALITIES } from '../../reference-data/data/municipalities.data';
import {
  MembershipRole as R,
  QuorumRule,
  TaskForceStatus,
} from '../../task-forces/task-force.enums';
import { allocate, distinctSorted } from './scale-random';
import { ReferenceData } from './scale-reference';
import {
  CORE_SEATS,
  EXTRA_TYPES,
  NAME_PATTERNS,
  NATIONAL_ACCOUNTS,
  OBSERVERS,
  Seat,
  SOCIAL_SERVICES_SEAT,
} from './scale-seats';
import { writerFor } from './scale-tables';
import type { MemberRef, MunicipalityRef, ScaleContext, TaskForceRef } from './scale-types';

const VILNIUS = '13';

export interface ScaleAccount {
  email: string;
  personId: string;
  systemRole: SystemRole;
  /** What the benchmark uses it for. */
  purpose: string;
}

export interface Roster {
  taskForces: TaskForceRef[];
  accounts: ScaleAccount[];
  /** The national persons who ask follow-up questions (Commission, Ministry). */
  askers: { personId: string; role: SystemRole }[];
  busyMember: MemberRef;
  busyTaskForce: TaskForceRef;
  people: number;
}

/** The 60 municipalities: the ten seeded county centres first, then the rest by code. */
function orderedMunicipalities(ref: ReferenceData): MunicipalityRef[] {
  const seeded = MUNICIPALITIES.map((m) => ref.municipalities.find((r) => r.code === m.code)!);
  return [...seeded, ...ref.municipalities.filter((m) => !seeded.includes(m))];
}

/** Workload weight: grows with the square root of the population, within bounds. */
const weightOf = (m: MunicipalityRef) => Math.min(3.5, Math.max(0.6, Math.sqrt(m.population / 35)));

/**
 * Builds and writes the task forces, the holders of their seats over ten years (people and
 * memberships, earlier terms ended and handed over), and the benchmark's accounts.
 */
export async function buildRoster(
  ctx: ScaleContext,
  ref: ReferenceData,
  totalPeople: number,
  passwordHash: string,
): Promise<Roster> {
  const { cal, loader } = ctx;
  const random = ctx.random('roster');
  const newId = ctx.ids('roster');
  const names = nameGenerator(random);
  const person = writerFor(loader, 'person');
  const membership = writerFor(loader, 'membership');
  const emails = new Map<string, string>();
  const addPerson = async (
    fullName: string,
    email: string,
    position: string,
    institutionId: string | null,
    day: number,
  ) => {
    const id = newId();
    const at = cal.officeHours(day, random);
    // No phone: a made-up Lithuanian number could well ring a real one.
    await person.add(id, at, at, 1, fullName, email, null, position, institutionId);
    emails.set(id, email);
    return id;
  };

  const accounts: ScaleAccount[] = [];
  const askers: Roster['askers'] = [];
  for (const a of NATIONAL_ACCOUNTS) {
    const institutionId = ref.byName(a.institution)?.id ?? null;
    const personId = await addPerson(a.fullName, a.email, a.position, institutionId, cal.start);
    const purpose = a.systemRole.toLowerCase();
    accounts.push({ email: a.email, personId, systemRole: a.systemRole, purpose });
    if (a.systemRole !== SystemRole.ADMIN) askers.push({ personId, role: a.systemRole });
  }

  // Ten task forces from the first months, the other fifty set up over the following years,
  // larger municipalities sooner on the whole.
  const municipalities = orderedMunicipalities(ref);
  const first = municipalities.slice(0, MUNICIPALITIES.length);
  const later = municipalities
    .slice(MUNICIPALITIES.length)
    .map((m) => ({ m, key: m.population * (0.4 + random()) }))
    .sort((a, b) => b.key - a.key)
    .map((x) => x.m);
  const span = cal.today - 700 - (cal.start + 200);
  const established = new Map<MunicipalityRef, number>();
  for (const m of first) established.set(m, cal.workday(cal.start + between(random, 0, 200)));
  later.forEach((m, i) => {
    const slot = cal.start + 200 + Math.floor((span * i) / later.length);
    established.set(m, cal.workday(slot + between(random, 0, 40)));
  });

  // Seats per task force, then how many successive holders each seat had.
  const plans = municipalities.map((m) => {
    const weight = weightOf(m);
    const voting = Math.min(19, Math.max(8, Math.round(8 + 3 * weight) + between(random, -1, 1)));
    const seats: Seat[] = [
      ...CORE_SEATS,
      ...EXTRA_TYPES.slice(0, voting - CORE_SEATS.length).map((type) => ({ role: R.MEMBER, type })),
      ...OBSERVERS.slice(0, between(random, 1, 3)),
    ];
    return { m, weight, seats, from: established.get(m)! };
  });
  const seatCount = plans.reduce((s, p) => s + p.seats.length, 0);
  const successors = totalPeople - accounts.length - seatCount;
  if (successors < 0) throw new Error(`${totalPeople} people cannot fill ${seatCount} seats`);
  const perTaskForce = allocate(
    successors,
    plans.map((p) => p.seats.length * (cal.today - p.from)),
  );

  const taskForces: TaskForceRef[] = [];
  let busyMember: MemberRef | undefined;
  for (const [index, { m, weight, seats, from: founded }] of plans.entries()) {
    const id = newId();
    const on = cal.date(founded);
    const act =
      random() < 0.5
        ? `Mero ${on} potvarkis Nr. M-${between(random, 20, 480)}`
        : `Savivaldybės administracijos direktoriaus ${on} įsakymas Nr. A1-${between(random, 100, 1900)}`;
    const roll = random();
    const quorumRule =
      roll < 0.85
        ? QuorumRule.MORE_THAN_HALF
        : roll < 0.95
          ? QuorumRule.AT_LEAST_HALF
          : QuorumRule.AT_LEAST_TWO_THIRDS;
    const name = NAME_PATTERNS[index % NAME_PATTERNS.length](m.genitive);
    const at = cal.sqlAt(founded, 600);
    await writerFor(loader, 'task_force').add(
      ...[id, at, at, 1, m.id, name, on, act, TaskForceStatus.ACTIVE, quorumRule],
    );
    const taskForce: TaskForceRef = {
      id,
      name,
      municipality: m,
      weight,
      established: founded,
      quorumRule,
      members: [],
    };
    taskForces.push(taskForce);

    // The Vilnius social-services seat keeps one holder: the benchmark's busy member.
    const busySeat = m.code === VILNIUS ? seats[SOCIAL_SERVICES_SEAT] : undefined;
    const turnover = allocate(
      perTaskForce[index],
      seats.map((s) => (s === busySeat ? 0 : s.role === R.OBSERVER ? 0.5 : 0.5 + random())),
    );
    const positions = new Set<string>();
    const mailPlace = m.nameEn.split(' ')[0];
    for (const [s, seat] of seats.entries()) {
      const institution = seat.institutionName
        ? ref.byName(seat.institutionName)
        : ref.institutionFor(m, seat.type);
      const handovers = distinctSorted(random, founded + 60, cal.today - 30, turnover[s]);
      const starts = [founded, ...handovers];
      for (const [h, from] of starts.entries()) {
        const to = h + 1 < starts.length ? starts[h + 1] - 1 : null;
        const { fullName, female } = names();
        const position =
          seat.position?.[female ? 1 : 0] ?? positionFor(random, seat.type, female, positions);
        const email = workEmail(fullName, seat.type, mailPlace);
        const personId = await addPerson(fullName, email, position, institution?.id ?? null, from);
        const membershipId = newId();
        const created = cal.sqlAt(from, 540);
        const updated = to === null ? created : cal.sqlAt(to, 900);
        const validTo = to === null ? null : cal.date(to);
        await membership.add(
          ...[membershipId, created, updated, 1, id, personId, seat.role, cal.date(from), validTo],
        );
        const member: MemberRef = {
          membershipId,
          personId,
          fullName,
          role: seat.role,
          from,
          to,
          type: seat.type,
          institutionId: institution?.id ?? null,
          institutionName: institution?.name ?? null,
        };
        taskForce.members.push(member);
        if (seat === busySeat) busyMember = member;
      }
    }
  }

  // Vilnius seat holders who log in: the busy member, the record keepers and an observer.
  const vilnius = taskForces.find((t) => t.municipality.code === VILNIUS)!;
  const current = (role: R) => vilnius.members.find((x) => x.role === role && x.to === null)!;
  const seated: [MemberRef, string][] = [
    [busyMember!, 'busy member (myActionItems)'],
    [current(R.CHAIR), 'Vilnius chair'],
    [current(R.SECRETARY), 'Vilnius secretary'],
    [current(R.OBSERVER), 'Vilnius observer'],
  ];
  for (const [member, purpose] of seated) {
    const email = emails.get(member.personId)!;
    accounts.push({ email, personId: member.personId, systemRole: SystemRole.NONE, purpose });
  }
  const at = cal.sqlAt(cal.start + 1, 600);
  for (const a of accounts) {
    await writerFor(loader, 'account').add(
      ...[newId(), at, at, 1, a.email, passwordHash, a.systemRole, 1, 0, null, a.personId],
      searchTextFor(Account, a),
    );
  }
  return {
    taskForces,
    accounts,
    askers,
    busyMember: busyMember!,
    busyTaskForce: vilnius,
    people: emails.size,
  };
}
