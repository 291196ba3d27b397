import { EntityManager, In } from 'typeorm';
import { getEntities } from '../database/entity-rows';
import { Decision } from '../meetings/decision.entity';
import { ActionUpdate } from './action-update.entity';
import { IndicatorTotal } from './dto/indicator-total.type';
import { figureCountsSql, IndicatorContribution } from './indicator-contribution.entity';

/** The newest update of each item, in one query over the (item, sequence) index. */
export async function loadLastUpdates(
  manager: EntityManager,
  itemIds: readonly string[],
): Promise<(ActionUpdate | null)[]> {
  const rows = await getEntities(
    manager
      .getRepository(ActionUpdate)
      .createQueryBuilder('u')
      .where('u.actionItemId IN (:...itemIds)', { itemIds })
      .andWhere(
        'u.sequence = (SELECT MAX(newer.sequence) FROM action_update newer WHERE newer.action_item_id = u.action_item_id)',
      ),
  );
  const byItem = new Map(rows.map((row) => [row.actionItemId, row]));
  return itemIds.map((id) => byItem.get(id) ?? null);
}

/** Sums of the contributions per indicator, grouped by an owner column, in one aggregate. */
export async function loadIndicatorTotals(
  manager: EntityManager,
  ownerColumn: 'actionItemId' | 'measureId',
  ownerIds: readonly string[],
  taskForceIds?: string[],
): Promise<IndicatorTotal[][]> {
  const query = manager
    .getRepository(IndicatorContribution)
    .createQueryBuilder('c')
    .select(`c.${ownerColumn}`, 'owner')
    .addSelect('c.indicatorId', 'indicatorId')
    .addSelect('SUM(c.value)', 'total')
    .addSelect('COUNT(*)', 'contributions')
    .where(`c.${ownerColumn} IN (:...ownerIds)`, { ownerIds })
    .andWhere(figureCountsSql('c'))
    .groupBy(`c.${ownerColumn}`)
    .addGroupBy('c.indicatorId')
    .orderBy('c.indicatorId');
  if (taskForceIds) {
    query.andWhere(taskForceIds.length ? 'c.taskForceId IN (:...tfs)' : '1 = 0', {
      tfs: taskForceIds,
    });
  }
  const rows = await query.getRawMany<{
    owner: string;
    indicatorId: string;
    total: string | number;
    contributions: string | number;
  }>();
  const groups = new Map<string, IndicatorTotal[]>(ownerIds.map((id) => [id, []]));
  for (const row of rows) {
    groups.get(row.owner)?.push({
      indicatorId: row.indicatorId,
      total: Number(row.total),
      contributions: Number(row.contributions),
    });
  }
  return ownerIds.map((id) => groups.get(id) ?? []);
}

/** The figures of each update as they stand (corrected ones left out), oldest first. */
export async function loadStandingContributions(
  manager: EntityManager,
  updateIds: readonly string[],
): Promise<IndicatorContribution[][]> {
  const rows = await manager
    .getRepository(IndicatorContribution)
    .createQueryBuilder('c')
    .where('c.actionUpdateId IN (:...updateIds)', { updateIds })
    .andWhere(figureCountsSql('c'))
    .orderBy('c.createdAt', 'ASC')
    .addOrderBy('c.id', 'ASC')
    .getMany();
  const groups = new Map<string, IndicatorContribution[]>(updateIds.map((id) => [id, []]));
  for (const row of rows) groups.get(row.actionUpdateId)?.push(row);
  return updateIds.map((id) => groups.get(id) ?? []);
}

/** The figure each correction replaced or withdrew (null for ordinary updates). */
export async function loadCorrectedFigures(
  manager: EntityManager,
  updateIds: readonly string[],
): Promise<(IndicatorContribution | null)[]> {
  const rows = await manager.findBy(IndicatorContribution, {
    correctedByUpdateId: In([...updateIds]),
  });
  const byUpdate = new Map(rows.map((row) => [row.correctedByUpdateId, row]));
  return updateIds.map((id) => byUpdate.get(id) ?? null);
}

/** Decisions with their meetings in one joined query: an item's origin needs both. */
export async function loadDecisionsWithMeetings(
  manager: EntityManager,
  ids: readonly string[],
): Promise<(Decision | null)[]> {
  const rows = await manager.find(Decision, {
    where: { id: In([...ids]) },
    relations: { meeting: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
}
