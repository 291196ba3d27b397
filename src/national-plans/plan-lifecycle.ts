import { EntityManager } from 'typeorm';
import { failedPrecondition } from '../common/errors/domain-error';
import { NationalPlan } from './national-plan.entity';
import { PlanMeasure } from './plan-measure.entity';
import { PlanStatus } from './plan-status.enum';

interface StatusRules {
  /** The statuses it may move to. */
  next: PlanStatus[];
  /** The Ministry may change the plan and add, edit or close its items. */
  edit: boolean;
  /** Items no record links to may be deleted (linked ones are only ever closed). */
  deleteItems: boolean;
  means: string;
}

/**
 * A plan's life, DRAFT → ACTIVE → CLOSED: the one table of which status may follow which and
 * what each lets the Ministry change. The services consult it; the README prints it.
 */
export const PLAN_LIFECYCLE: Record<PlanStatus, StatusRules> = {
  [PlanStatus.DRAFT]: {
    next: [PlanStatus.ACTIVE],
    edit: true,
    deleteItems: true,
    means: 'being written: items are added, edited, closed, and deleted while nothing links them',
  },
  [PlanStatus.ACTIVE]: {
    next: [PlanStatus.CLOSED],
    edit: true,
    deleteItems: false,
    means: 'in force over its period: items are added, edited and closed, never deleted',
  },
  [PlanStatus.CLOSED]: {
    next: [],
    edit: false,
    deleteItems: false,
    means: 'over: kept as it was, for the records that link it',
  },
};

/** The plan takes changes (its fields, its items' additions, edits and closings). */
export function requireEditable(plan: NationalPlan): void {
  if (!PLAN_LIFECYCLE[plan.status].edit) {
    throw failedPrecondition(
      'PLAN_KEPT',
      `Plan ${plan.code} is ${plan.status}: it is kept as it was.`,
    );
  }
}

/** Only a draft plan's items are deleted; in force or over, they are closed instead. */
export function requireItemsDeletable(plan: NationalPlan): void {
  if (!PLAN_LIFECYCLE[plan.status].deleteItems) {
    throw failedPrecondition(
      'PLAN_ITEMS_NOT_DELETABLE',
      `Plan ${plan.code} is ${plan.status}: its items can be closed, not deleted (only a DRAFT plan's can).`,
    );
  }
}

/** A plan moves only along the table; it becomes ACTIVE with a measure, alone over its years. */
export async function requireStatusChange(
  manager: EntityManager,
  plan: NationalPlan,
  to: PlanStatus,
): Promise<void> {
  if (!PLAN_LIFECYCLE[plan.status].next.includes(to)) {
    throw failedPrecondition(
      'PLAN_STATUS_ORDER',
      `A ${plan.status} plan cannot become ${to}: a plan goes DRAFT → ACTIVE → CLOSED.`,
    );
  }
  if (to !== PlanStatus.ACTIVE) return;
  if (!(await manager.existsBy(PlanMeasure, { planId: plan.id }))) {
    throw failedPrecondition(
      'PLAN_HAS_NO_MEASURES',
      `Plan ${plan.code} has no measures yet; nothing could be linked to it.`,
    );
  }
  await requireNoOtherActivePlan(manager, { ...plan, status: PlanStatus.ACTIVE });
}

/** A plan's period in words, e.g. "2024–2026" or "2024 onwards". */
export const periodOf = (plan: Pick<NationalPlan, 'startYear' | 'endYear'>) =>
  plan.endYear === null ? `${plan.startYear} onwards` : `${plan.startYear}–${plan.endYear}`;

/**
 * A plan's period covers `:year` (SQL form). The plan active on a date is an ACTIVE one whose
 * period covers the date's year; requireNoOtherActivePlan keeps that to one plan.
 */
export const COVERS_YEAR = (alias: string) =>
  `${alias}.startYear <= :year AND (${alias}.endYear IS NULL OR ${alias}.endYear >= :year)`;

/**
 * At most one ACTIVE plan covers any year, so the plan active on a date, to whose measures
 * new action items link (requireActiveMeasures), is never ambiguous. Checked when a plan
 * becomes ACTIVE and when an active plan's period changes.
 */
export async function requireNoOtherActivePlan(
  manager: EntityManager,
  plan: NationalPlan,
): Promise<void> {
  if (plan.status !== PlanStatus.ACTIVE) return;
  const query = manager
    .createQueryBuilder(NationalPlan, 'plan')
    .where('plan.status = :status', { status: PlanStatus.ACTIVE })
    .andWhere('plan.id <> :id', { id: plan.id })
    .andWhere('(plan.endYear IS NULL OR plan.endYear >= :start)', { start: plan.startYear });
  if (plan.endYear !== null) query.andWhere('plan.startYear <= :end', { end: plan.endYear });
  const other = await query.getOne();
  if (other) {
    throw failedPrecondition(
      'PLAN_PERIOD_OVERLAPS',
      `Plan ${other.code} is ACTIVE over ${periodOf(other)}, which overlaps ${periodOf(plan)}: one plan is active on any date, so close it first or change the period.`,
    );
  }
}
