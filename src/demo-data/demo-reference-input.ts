import { INSTITUTIONS } from '../reference-data/data/institutions.data';
import { MUNICIPALITIES } from '../reference-data/data/municipalities.data';
import { PLANS_SINCE_2015 } from '../reference-data/data/plans-since-2015.data';
import { DemoInput } from './demo-plan.types';

/**
 * The reference data as the seeder reads it from the database, with made-up ids: what the
 * unit specs plan the demo from, without a database.
 */
export function referenceInput(now: Date): DemoInput {
  const municipalities = MUNICIPALITIES.map((m) => ({ ...m, id: `m-${m.code}` }));
  const institutions = INSTITUTIONS.map((i, n) => ({
    id: `i-${n}`,
    name: i.name,
    type: i.type,
    municipalityId: i.municipalityCode ? `m-${i.municipalityCode}` : null,
  }));
  const plan = PLANS_SINCE_2015.find((p) => p.code === 'KPZ-2024')!;
  const seeds = plan.goals.flatMap((g) => g.objectives.flatMap((o) => o.measures));
  const measures = seeds.map((m) => ({ id: `pm-${m.code}`, code: m.code }));
  const indicators = seeds.flatMap((m) =>
    m.indicators.map((i, n) => ({
      id: `pi-${m.code}-${n}`,
      measureId: `pm-${m.code}`,
      name: i.name,
      unit: i.unit,
      targetValue: i.target,
    })),
  );
  const overseers = { commission: 'p-commission', ministry: 'p-ministry' };
  return { now, municipalities, institutions, measures, indicators, overseers };
}

/** Ids in the order rows are made, so equal plans have equal ids. */
export const counterIds = () => {
  let n = 0;
  return () => `id-${++n}`;
};
