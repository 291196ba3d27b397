import { EntityManager, FindOptionsWhere, In, ObjectLiteral } from 'typeorm';
import { badInput, conflict, failedPrecondition, notFound } from '../common/errors/domain-error';
import { NationalPlan } from './national-plan.entity';
import { PlanGoal } from './plan-goal.entity';
import { PlanIndicator } from './plan-indicator.entity';
import { PlanLevel } from './plan-level.enum';
import { requireEditable } from './plan-lifecycle';
import { PlanMeasure } from './plan-measure.entity';
import { PlanObjective } from './plan-objective.entity';

export type PlanItem = PlanGoal | PlanObjective | PlanMeasure | PlanIndicator;

export const ITEM_ENTITY = {
  [PlanLevel.GOAL]: PlanGoal,
  [PlanLevel.OBJECTIVE]: PlanObjective,
  [PlanLevel.MEASURE]: PlanMeasure,
  [PlanLevel.INDICATOR]: PlanIndicator,
} as const;

/** How an item is named in messages: "measure 1.2.3", "indicator Specialists trained". */
export const itemName = (level: PlanLevel, item: PlanItem) =>
  `${level.toLowerCase()} ${'code' in item ? item.code : item.name}`;

/** The plan a change goes into: it exists and its status takes changes (plan-lifecycle.ts). */
export async function planForChange(manager: EntityManager, planId: string) {
  const plan = await manager.findOneBy(NationalPlan, { id: planId });
  if (!plan) throw notFound('National plan', planId);
  requireEditable(plan);
  return plan;
}

/**
 * Loads an item for a change: refuses an unknown id (NOT_FOUND), a stale version (CONFLICT)
 * and a plan whose status takes no changes; returns the item with its plan.
 */
export async function itemForChange<L extends PlanLevel>(
  manager: EntityManager,
  level: L,
  id: string,
  version: number,
): Promise<{ item: InstanceType<(typeof ITEM_ENTITY)[L]>; plan: NationalPlan }> {
  const item = (await manager.findOneBy(ITEM_ENTITY[level], { id })) as InstanceType<
    (typeof ITEM_ENTITY)[L]
  > | null;
  const what = `Plan ${level.toLowerCase()}`;
  if (!item) throw notFound(what, id);
  if (item.version !== version) throw conflict(`the ${level.toLowerCase()}`);
  const planId =
    item instanceof PlanIndicator
      ? (await manager.findOneByOrFail(PlanMeasure, { id: item.measureId })).planId
      : (item as PlanGoal).planId;
  return { item, plan: await planForChange(manager, planId) };
}

/** A closed item keeps what it was: it takes no edits and no new items under it. */
export function requireOpen(level: PlanLevel, item: PlanItem): void {
  if (item.closedOn !== null) {
    throw failedPrecondition(
      'PLAN_ITEM_CLOSED',
      `The ${itemName(level, item)} was closed on ${item.closedOn}; it takes no changes.`,
    );
  }
}

/** Codes nest: goal "2", its objective "2.1", that objective's measure "2.1.3". */
export function requireCode(code: string, parentCode: string | null): void {
  const number = '[0-9]{1,3}';
  const prefix = parentCode === null ? '' : `${parentCode.replace(/\./g, '\\.')}\\.`;
  if (!new RegExp(`^${prefix}${number}$`).test(code)) {
    const example = parentCode === null ? '"2"' : `"${parentCode}.1"`;
    throw badInput([
      { field: 'code', rule: 'INVALID_FORMAT', message: `must be ${example} or the like` },
    ]);
  }
}

/** The place after the last of its siblings. */
export async function nextSortOrder<T extends ObjectLiteral & { sortOrder: number }>(
  manager: EntityManager,
  entity: new () => T,
  siblings: FindOptionsWhere<T>,
): Promise<number> {
  const last = await manager.findOne(entity, {
    where: siblings,
    order: { sortOrder: 'DESC' } as never,
  });
  return last ? last.sortOrder + 1 : 0;
}

/** An item and everything under it, level by level. */
export interface PlanSubtree {
  goals: PlanGoal[];
  objectives: PlanObjective[];
  measures: PlanMeasure[];
  indicators: PlanIndicator[];
}

export async function subtreeOf(
  manager: EntityManager,
  level: PlanLevel,
  item: PlanItem,
): Promise<PlanSubtree> {
  const tree: PlanSubtree = { goals: [], objectives: [], measures: [], indicators: [] };
  const ids = (rows: { id: string }[]) => In(rows.map((row) => row.id));
  if (level === PlanLevel.GOAL) tree.goals = [item as PlanGoal];
  if (level === PlanLevel.OBJECTIVE) tree.objectives = [item as PlanObjective];
  if (level === PlanLevel.MEASURE) tree.measures = [item as PlanMeasure];
  if (level === PlanLevel.INDICATOR) tree.indicators = [item as PlanIndicator];
  if (tree.goals.length) {
    tree.objectives = await manager.findBy(PlanObjective, { goalId: ids(tree.goals) });
  }
  if (tree.objectives.length) {
    tree.measures = await manager.findBy(PlanMeasure, { objectiveId: ids(tree.objectives) });
  }
  if (tree.measures.length) {
    tree.indicators = await manager.findBy(PlanIndicator, { measureId: ids(tree.measures) });
  }
  return tree;
}
