import type { InstitutionType } from '../../institutions/institution-type.enum';
import type { PlanStatus } from '../../national-plans/plan-status.enum';
import type { MembershipRole, QuorumRule } from '../../task-forces/task-force.enums';
import type { BulkLoader } from './scale-bulk-insert';
import type { ScaleCalendar } from './scale-calendar';
import type { Random } from './scale-random';

export interface MunicipalityRef {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  county: string;
  /** "Vilniaus miesto", "Druskininkų": how place names and institution names begin. */
  place: string;
  /** "Vilniaus miesto savivaldybės": how a task force's name begins. */
  genitive: string;
  population: number;
}

export interface InstitutionRef {
  id: string;
  name: string;
  type: InstitutionType;
  municipalityId: string | null;
}

export interface IndicatorRef {
  id: string;
  measureId: string;
  name: string;
  unit: string;
  targetValue: number;
}

export interface MeasureRef {
  id: string;
  code: string;
  planId: string;
  indicators: IndicatorRef[];
}

export interface PlanRef {
  id: string;
  code: string;
  status: PlanStatus;
  startYear: number;
  endYear: number | null;
  measures: MeasureRef[];
  byCode: Map<string, MeasureRef>;
}

/** One seat holder's term in a task force, with days as day numbers (see ScaleCalendar). */
export interface MemberRef {
  membershipId: string;
  personId: string;
  fullName: string;
  role: MembershipRole;
  from: number;
  /** Last day of the term, inclusive; null while it runs. */
  to: number | null;
  institutionId: string | null;
  institutionName: string | null;
  type: InstitutionType;
}

export interface TaskForceRef {
  id: string;
  name: string;
  municipality: MunicipalityRef;
  /** Relative size of its workload: more residents, more meetings and tasks. */
  weight: number;
  established: number;
  quorumRule: QuorumRule;
  members: MemberRef[];
}

/** What every phase of the generator shares. */
export interface ScaleContext {
  seed: string;
  cal: ScaleCalendar;
  loader: BulkLoader;
  /** An independent stream per purpose, so that one phase's draws never shift another's. */
  random(stream: string): Random;
  /** A deterministic id source per purpose. */
  ids(stream: string): () => string;
}

/** Whether a term covers a day. */
export const servesOn = (member: MemberRef, day: number) =>
  member.from <= day && (member.to === null || member.to >= day);
