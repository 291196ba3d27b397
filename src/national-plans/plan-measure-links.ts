import { EntityManager, In } from 'typeorm';
import { badInput } from '../common/errors/domain-error';
import { NationalPlan } from './national-plan.entity';
import { PlanMeasure } from './plan-measure.entity';
import { PlanStatus } from './plan-status.enum';

/** Loads the measures named by an input, refusing ids that name none. */
export async function requireMeasures(
  manager: EntityManager,
  ids: string[],
  field = 'measureIds',
): Promise<PlanMeasure[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const measures = await manager.findBy(PlanMeasure, { id: In(unique) });
  const found = new Set(measures.map((m) => m.id));
  const missing = unique.filter((id) => !found.has(id));
  if (missing.length) {
    throw badInput(
      missing.map((id) => ({ field, message: `${id} does not name a measure of a national plan` })),
    );
  }
  return measures;
}

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
      { field, message: 'must name at least one measure of the national plan active today' },
    ]);
  }
  const measures = await requireMeasures(manager, ids, field);
  const year = Number(date.slice(0, 4));
  const active = await manager
    .createQueryBuilder(NationalPlan, 'plan')
    .select('plan.id', 'id')
    .where('plan.status = :status', { status: PlanStatus.ACTIVE })
    .andWhere('plan.startYear <= :year AND (plan.endYear IS NULL OR plan.endYear >= :year)', {
      year,
    })
    .getRawMany<{ id: string }>();
  const activeIds = new Set(active.map((plan) => plan.id));
  const stale = measures.filter((m) => !activeIds.has(m.planId));
  if (stale.length) {
    throw badInput(
      stale.map((m) => ({
        field,
        message: `${m.id} (measure ${m.code}) belongs to a plan that is not active on ${date}`,
      })),
    );
  }
  return measures;
}
