import { EntityManager } from 'typeorm';
import { badInput } from '../common/errors/domain-error';
import { definedChanges } from '../common/dto/defined-changes';
import { requireUnique } from '../database/require-unique';
import { PlanNodeChanges } from './dto/plan-tree.inputs';
import { PlanGoal } from './plan-goal.entity';
import { requireCode } from './plan-items';
import { PlanLevel } from './plan-level.enum';
import { PlanMeasure } from './plan-measure.entity';
import { PlanNode } from './plan-node.entity';
import { PlanObjective } from './plan-objective.entity';

type NodeLevel = PlanLevel.GOAL | PlanLevel.OBJECTIVE | PlanLevel.MEASURE;

const NODE_ENTITY = {
  [PlanLevel.GOAL]: PlanGoal,
  [PlanLevel.OBJECTIVE]: PlanObjective,
  [PlanLevel.MEASURE]: PlanMeasure,
};

/** The items whose codes start with a node's code, and how to find them. */
const CHILDREN = {
  [PlanLevel.GOAL]: { entity: PlanObjective, key: 'goalId', name: 'objectives' },
  [PlanLevel.OBJECTIVE]: { entity: PlanMeasure, key: 'objectiveId', name: 'measures' },
  [PlanLevel.MEASURE]: null,
} as const;

/** A node's code nests under its parent's, and no other node of its level in the plan has it. */
export async function requireFreeCode(
  manager: EntityManager,
  level: NodeLevel,
  planId: string,
  code: string,
  parentCode: string | null,
  exceptId?: string,
): Promise<void> {
  requireCode(code, parentCode);
  await requireUnique(manager, NODE_ENTITY[level] as typeof PlanGoal, 'code', code, {
    exceptId,
    scope: { planId },
    message: `is already the code of another ${level.toLowerCase()} of this plan`,
  });
}

/**
 * Applies the edits of a goal, objective or measure (code, title, illustrative) and returns
 * them. A code changes only while no item under it carries it.
 */
export async function applyNodeChanges(
  manager: EntityManager,
  level: NodeLevel,
  node: PlanNode,
  input: PlanNodeChanges,
  parentCode: string | null,
): Promise<Partial<PlanNodeChanges>> {
  const { code, title, illustrative } = input;
  const changes = definedChanges({ code, title: title?.trim(), illustrative });
  if (changes.code !== undefined && changes.code !== node.code) {
    await requireFreeCode(manager, level, node.planId, changes.code, parentCode, node.id);
    const children = CHILDREN[level];
    if (children && (await manager.existsBy(children.entity, { [children.key]: node.id }))) {
      throw badInput([
        {
          field: 'code',
          rule: 'INVALID_VALUE',
          message: `cannot change while it has ${children.name}, whose codes start with ${node.code}`,
        },
      ]);
    }
  }
  Object.assign(node, changes);
  return changes;
}
