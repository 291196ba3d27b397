import { PlanStatus } from '../../national-plans/plan-status.enum';

export interface IndicatorSeed {
  name: string;
  unit: string;
  baseline: number | null;
  target: number;
  year: number;
}

export interface MeasureSeed {
  code: string;
  title: string;
  /** Institution names (see NATIONAL in institutions.data.ts). */
  responsible: string[];
  deadline: string | null;
  indicators: IndicatorSeed[];
  confirmed?: boolean;
}

export interface ObjectiveSeed {
  code: string;
  title: string;
  measures: MeasureSeed[];
  confirmed?: boolean;
}

export interface GoalSeed {
  code: string;
  title: string;
  objectives: ObjectiveSeed[];
  confirmed?: boolean;
}

export interface PlanSeed {
  code: string;
  title: string;
  titleEn: string;
  adoptingAct: string | null;
  adoptedOn: string | null;
  startYear: number;
  endYear: number | null;
  status: PlanStatus;
  notes: string;
  goals: GoalSeed[];
}

/** Rows are illustrative unless marked confirmed: their official wording was not retrieved. */
export const goal = (
  code: string,
  title: string,
  objectives: ObjectiveSeed[],
  confirmed = false,
): GoalSeed => ({
  code,
  title,
  objectives,
  confirmed,
});

export const objective = (
  code: string,
  title: string,
  measures: MeasureSeed[],
  confirmed = false,
): ObjectiveSeed => ({
  code,
  title,
  measures,
  confirmed,
});

export const measure = (
  code: string,
  title: string,
  responsible: string[],
  deadline: string | null,
  indicators: IndicatorSeed[],
  confirmed = false,
): MeasureSeed => ({ code, title, responsible, deadline, indicators, confirmed });

export const indicator = (
  name: string,
  unit: string,
  baseline: number | null,
  target: number,
  year: number,
): IndicatorSeed => ({ name, unit, baseline, target, year });
