import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { badInput, failedPrecondition } from '../common/errors/domain-error';
import { Clock } from '../common/time/clock';
import { MutationScope, TransactionService } from '../database/transaction.service';
import { ClosePlanItemInput, DeletePlanItemInput } from './dto/plan-item.inputs';
import { NationalPlan } from './national-plan.entity';
import { PlanGoal } from './plan-goal.entity';
import { PlanIndicator } from './plan-indicator.entity';
import { linkedRecords } from './plan-item-links';
import {
  itemName,
  itemForChange,
  PlanItem,
  PlanSubtree,
  requireOpen,
  subtreeOf,
} from './plan-items';
import { PlanLevel } from './plan-level.enum';
import { requireItemsDeletable } from './plan-lifecycle';
import { PlanMeasure } from './plan-measure.entity';
import { PlanObjective } from './plan-objective.entity';

/** The levels of a subtree from the top down, with the entity type the audit trail names. */
const LEVELS = [
  ['goals', 'PlanGoal', PlanGoal],
  ['objectives', 'PlanObjective', PlanObjective],
  ['measures', 'PlanMeasure', PlanMeasure],
  ['indicators', 'PlanIndicator', PlanIndicator],
] as const;

/**
 * Closing and deleting plan items. An item linked to records (action items, agenda items,
 * decisions, prevention activities, indicator figures) is only ever closed: it stays in the
 * tree, its records keep it, and it takes no new links. Unlinked items of a DRAFT plan may be
 * deleted. Either acts on the item and everything under it, each row audited.
 */
@Injectable()
export class PlanItemRetirementService {
  constructor(
    private readonly tx: TransactionService,
    private readonly clock: Clock,
  ) {}

  closePlanItem(viewer: Viewer, input: ClosePlanItemInput): Promise<NationalPlan> {
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const { item, plan } = await itemForChange(manager, input.level, input.id, input.version);
      requireOpen(input.level, item);
      const today = this.clock.today();
      const closedOn = input.closedOn ?? today;
      if (closedOn > today) {
        throw badInput([
          { field: 'closedOn', rule: 'IN_THE_FUTURE', message: 'cannot be after today' },
        ]);
      }
      const tree = await subtreeOf(manager, input.level, item);
      for (const [key, entityType] of LEVELS) {
        for (const row of tree[key] as PlanItem[]) {
          if (row.closedOn !== null) continue;
          const before = { ...row };
          row.closedOn = closedOn;
          const after = await manager.save(row);
          await audit({ operation: 'closePlanItem', entityType, entityId: row.id, before, after });
        }
      }
      return plan;
    });
  }

  deletePlanItem(viewer: Viewer, input: DeletePlanItemInput): Promise<NationalPlan> {
    return this.tx.run(viewer.accountId, async (scope) => {
      const { manager } = scope;
      const { item, plan } = await itemForChange(manager, input.level, input.id, input.version);
      requireItemsDeletable(plan);
      const tree = await subtreeOf(manager, input.level, item);
      const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
      const linked = await linkedRecords(manager, ids(tree.measures), ids(tree.indicators));
      if (linked.length) {
        const under = input.level === PlanLevel.INDICATOR ? '' : ' with what is under it';
        throw failedPrecondition(
          'PLAN_ITEM_LINKED',
          `The ${itemName(input.level, item)}${under} is linked to ${linked.join(', ')}: close it instead; records keep what they were linked to.`,
        );
      }
      await deleteSubtree(scope, tree);
      return plan;
    });
  }
}

/** Deletes from the bottom up, so no row outlives its parent even for a moment. */
async function deleteSubtree({ manager, audit }: MutationScope, tree: PlanSubtree) {
  const measureIds = tree.measures.map((m) => m.id);
  if (measureIds.length) {
    await manager
      .createQueryBuilder()
      .delete()
      .from('plan_measure_responsible_institution')
      .where('measure_id IN (:...ids)', { ids: measureIds })
      .execute();
  }
  for (const [key, entityType, entity] of [...LEVELS].reverse()) {
    const rows = tree[key] as PlanItem[];
    if (!rows.length) continue;
    await manager.delete(entity, { id: In(rows.map((row) => row.id)) });
    for (const row of rows) {
      await audit({ operation: 'deletePlanItem', entityType, entityId: row.id, before: row });
    }
  }
}
