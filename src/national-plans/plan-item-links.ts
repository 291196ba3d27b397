import { EntityManager } from 'typeorm';

/** Every table that links records to measures, and what a row of it is, one and many. */
const MEASURE_LINKS: [table: string, one: string, many: string][] = [
  ['action_item_measure', 'action item', 'action items'],
  ['agenda_item_measure', 'agenda item', 'agenda items'],
  ['decision_measure', 'decision', 'decisions'],
  ['prevention_activity_measure', 'prevention activity', 'prevention activities'],
];

/**
 * The records that link measures or indicators of a plan ("3 action items", "1 indicator
 * figure"), empty when none does. An item with any is only ever closed, never deleted: the
 * records keep what they were linked to.
 */
export async function linkedRecords(
  manager: EntityManager,
  measureIds: string[],
  indicatorIds: string[],
): Promise<string[]> {
  const count = async (table: string, where: string, params: object) => {
    const row = await manager
      .createQueryBuilder()
      .select('COUNT(*)', 'n')
      .from(table, 'link')
      .where(where, params)
      .getRawOne<{ n: string | number }>();
    return Number(row?.n ?? 0);
  };
  const found: string[] = [];
  const say = (n: number, one: string, many: string) => {
    if (n) found.push(`${n} ${n === 1 ? one : many}`);
  };
  if (measureIds.length) {
    for (const [table, one, many] of MEASURE_LINKS) {
      say(await count(table, 'link.measure_id IN (:...ids)', { ids: measureIds }), one, many);
    }
  }
  const figures = [
    measureIds.length ? 'link.measure_id IN (:...measureIds)' : '',
    indicatorIds.length ? 'link.indicator_id IN (:...indicatorIds)' : '',
  ].filter(Boolean);
  if (figures.length) {
    const n = await count('indicator_contribution', figures.join(' OR '), {
      measureIds,
      indicatorIds,
    });
    say(n, 'indicator figure', 'indicator figures');
  }
  return found;
}
