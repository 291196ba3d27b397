import { EntityManager } from 'typeorm';
import { requireAll } from '../database/require-all';
import { badInput } from '../common/errors/domain-error';
import { NationalPlan } from './national-plan.entity';
import { PlanIndicator } from './plan-indicator.entity';
import { COVERS_YEAR } from './plan-lifecycle';
import { PlanMeasure } from './plan-measure.entity';
import { PlanStatus } from './plan-status.enum';

/**
 * Loads the measures named by an input, refusing ids that name none and measures that were
 * closed: a closed measure keeps the records linked to it, and takes no new links.
 */
export async function requireMeasures(
  manager: EntityManager,
  ids: string[],
  field = 'measureIds',
): Promise<PlanMeasure[]> {
  const measures = await requireAll(
    manager,
    PlanMeasure,
    ids,
    field,
    (id) => `${id} does not name a measure of a national plan`,
  );
  const closed = measures.filter((m) => m.closedOn !== null);
  if (closed.length) {
    throw badInput(
      closed.map((m) => ({
        field,
        rule: 'ITEM_CLOSED',
        message: `${m.id} (measure ${m.code}) was closed on ${m.closedOn}; it takes no new links`,
      })),
    );
  }
  return measures;
}

/** Why an indicator takes no new figures (it was closed), or null when it takes them. */
export const closedIndicatorProblem = (indicator: PlanIndicator): string | null =>
  indicator.closedOn === null
    ? null
    : `was closed on ${indicator.closedOn}; it takes no new figures`;

/** A record with its linked measures as ids, for the audit trail. */
export const withMeasureIds = <T extends { measures?: { id: string }[] }>(record: T) => ({
  ...record,
  measureIds: record.measures?.map((m) => m.id),
});

/**
 * Loads the measures named by an input and refuses any that does not belong to a plan that is
 * active on `date` (status ACTIVE and its period covering that year).
 */
export async function requireActiveMeasures(
  manager: EntityManager,
  ids: string[],
  date: string,
  field = 'measureIds',
): Promise<PlanMeasure[]> {
  if (!ids.length) {
    throw badInput([
      {
        field,
        rule: 'MEASURE_NOT_IN_ACTIVE_PLAN',
        message: 'must name at least one measure of the national plan active today',
      },
    ]);
  }
  const measures = await requireMeasures(manager, ids, field);
  const year = Number(date.slice(0, 4));
  const active = await manager
    .createQueryBuilder(NationalPlan, 'plan')
    .select('plan.id', 'id')
    .where('plan.status = :status', { status: PlanStatus.ACTIVE })
    .andWhere(COVERS_YEAR('plan'), { year })
    .getRawMany<{ id: string }>();
  const activeIds = new Set(active.map((plan) => plan.id));
  const stale = measures.filter((m) => !activeIds.has(m.planId));
  if (stale.length) {
    throw badInput(
      stale.map((m) => ({
        field,
        rule: 'MEASURE_NOT_IN_ACTIVE_PLAN',
        message: `${m.id} (measure ${m.code}) belongs to a plan that is not active on ${date}`,
      })),
    );
  }
  return measures;
}
