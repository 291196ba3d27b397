import { EntityManager, In } from 'typeorm';
import { badInput } from '../common/errors/domain-error';
import { PlanMeasure } from './plan-measure.entity';

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
