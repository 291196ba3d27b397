import { Injectable } from '@nestjs/common';
import { Viewer } from '../auth/viewer';
import { notFound } from '../common/errors/domain-error';
import { PLAN_TREE_MAX, requireRoom } from '../common/graphql/list-bounds';
import { TransactionService } from '../database/transaction.service';
import {
  AddPlanGoalInput,
  AddPlanObjectiveInput,
  UpdatePlanGoalInput,
  UpdatePlanObjectiveInput,
} from './dto/plan-tree.inputs';
import { PlanGoal } from './plan-goal.entity';
import { itemForChange, nextSortOrder, planForChange, requireOpen } from './plan-items';
import { PlanLevel } from './plan-level.enum';
import { applyNodeChanges, requireFreeCode } from './plan-node-edits';
import { PlanObjective } from './plan-objective.entity';

/** The Ministry adds and edits a plan's goals and objectives; each change is audited. */
@Injectable()
export class PlanStructureService {
  constructor(private readonly tx: TransactionService) {}

  addPlanGoal(viewer: Viewer, input: AddPlanGoalInput): Promise<PlanGoal> {
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const plan = await planForChange(manager, input.planId);
      await requireFreeCode(manager, PlanLevel.GOAL, plan.id, input.code, null);
      const goals = await manager.countBy(PlanGoal, { planId: plan.id });
      requireRoom(goals, PLAN_TREE_MAX.goals, `Plan ${plan.code} has ${goals} goals, the most.`);
      const goal = await manager.save(
        manager.create(PlanGoal, {
          planId: plan.id,
          code: input.code,
          title: input.title.trim(),
          sortOrder: await nextSortOrder(manager, PlanGoal, { planId: plan.id }),
          illustrative: false,
          closedOn: null,
        }),
      );
      await audit({
        operation: 'addPlanGoal',
        entityType: 'PlanGoal',
        entityId: goal.id,
        after: goal,
      });
      return goal;
    });
  }

  addPlanObjective(viewer: Viewer, input: AddPlanObjectiveInput): Promise<PlanObjective> {
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const goal = await manager.findOneBy(PlanGoal, { id: input.goalId });
      if (!goal) throw notFound('Plan goal', input.goalId);
      const plan = await planForChange(manager, goal.planId);
      requireOpen(PlanLevel.GOAL, goal);
      await requireFreeCode(manager, PlanLevel.OBJECTIVE, plan.id, input.code, goal.code);
      const underGoal = await manager.countBy(PlanObjective, { goalId: goal.id });
      const inPlan = await manager.countBy(PlanObjective, { planId: plan.id });
      requireRoom(
        underGoal,
        PLAN_TREE_MAX.objectivesPerGoal,
        `Goal ${goal.code} has ${underGoal} objectives, the most.`,
      );
      requireRoom(
        inPlan,
        PLAN_TREE_MAX.objectivesPerPlan,
        `Plan ${plan.code} has ${inPlan} objectives, the most.`,
      );
      const objective = await manager.save(
        manager.create(PlanObjective, {
          planId: plan.id,
          goalId: goal.id,
          code: input.code,
          title: input.title.trim(),
          sortOrder: await nextSortOrder(manager, PlanObjective, { goalId: goal.id }),
          illustrative: false,
          closedOn: null,
        }),
      );
      await audit({
        operation: 'addPlanObjective',
        entityType: 'PlanObjective',
        entityId: objective.id,
        after: objective,
      });
      return objective;
    });
  }

  updatePlanGoal(viewer: Viewer, input: UpdatePlanGoalInput): Promise<PlanGoal> {
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const { item: goal } = await itemForChange(manager, PlanLevel.GOAL, input.id, input.version);
      requireOpen(PlanLevel.GOAL, goal);
      const before = { ...goal };
      await applyNodeChanges(manager, PlanLevel.GOAL, goal, input, null);
      const saved = await manager.save(goal);
      await audit({
        operation: 'updatePlanGoal',
        entityType: 'PlanGoal',
        entityId: goal.id,
        before,
        after: saved,
      });
      return saved;
    });
  }

  updatePlanObjective(viewer: Viewer, input: UpdatePlanObjectiveInput): Promise<PlanObjective> {
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const level = PlanLevel.OBJECTIVE;
      const { item: objective } = await itemForChange(manager, level, input.id, input.version);
      requireOpen(level, objective);
      const goal = await manager.findOneByOrFail(PlanGoal, { id: objective.goalId });
      const before = { ...objective };
      await applyNodeChanges(manager, level, objective, input, goal.code);
      const saved = await manager.save(objective);
      await audit({
        operation: 'updatePlanObjective',
        entityType: 'PlanObjective',
        entityId: objective.id,
        before,
        after: saved,
      });
      return saved;
    });
  }
}
