import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { valueProblem } from '../action-items/action-item-rules';
import { Viewer } from '../auth/viewer';
import { definedChanges } from '../common/dto/defined-changes';
import { badInput, FieldProblem, notFound } from '../common/errors/domain-error';
import { PLAN_TREE_MAX, requireRoom } from '../common/graphql/list-bounds';
import { requireAll } from '../database/require-all';
import { requireUnique } from '../database/require-unique';
import { TransactionService } from '../database/transaction.service';
import { Institution } from '../institutions/institution.entity';
import {
  AddPlanIndicatorInput,
  AddPlanMeasureInput,
  UpdatePlanIndicatorInput,
  UpdatePlanMeasureInput,
} from './dto/plan-measure.inputs';
import { NationalPlan } from './national-plan.entity';
import { PlanIndicator } from './plan-indicator.entity';
import { linkedRecords } from './plan-item-links';
import { itemForChange, nextSortOrder, planForChange, requireOpen } from './plan-items';
import { PlanLevel } from './plan-level.enum';
import { periodOf } from './plan-lifecycle';
import { PlanMeasure } from './plan-measure.entity';
import { applyNodeChanges, requireFreeCode } from './plan-node-edits';
import { PlanObjective } from './plan-objective.entity';

/** The Ministry adds and edits a plan's measures and their indicators; each change is audited. */
@Injectable()
export class PlanMeasureEditingService {
  constructor(private readonly tx: TransactionService) {}

  addPlanMeasure(viewer: Viewer, input: AddPlanMeasureInput): Promise<PlanMeasure> {
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const objective = await manager.findOneBy(PlanObjective, { id: input.objectiveId });
      if (!objective) throw notFound('Plan objective', input.objectiveId);
      const plan = await planForChange(manager, objective.planId);
      requireOpen(PlanLevel.OBJECTIVE, objective);
      await requireFreeCode(manager, PlanLevel.MEASURE, plan.id, input.code, objective.code);
      requireWithin(plan, 'deadline', input.deadline);
      const inObjective = await manager.countBy(PlanMeasure, { objectiveId: objective.id });
      const inPlan = await manager.countBy(PlanMeasure, { planId: plan.id });
      requireRoom(
        inObjective,
        PLAN_TREE_MAX.measuresPerObjective,
        `Objective ${objective.code} has ${inObjective} measures, the most.`,
      );
      requireRoom(
        inPlan,
        PLAN_TREE_MAX.measuresPerPlan,
        `Plan ${plan.code} has ${inPlan} measures, the most.`,
      );
      const measure = await manager.save(
        manager.create(PlanMeasure, {
          planId: plan.id,
          objectiveId: objective.id,
          code: input.code,
          title: input.title.trim(),
          deadline: input.deadline ?? null,
          sortOrder: await nextSortOrder(manager, PlanMeasure, { objectiveId: objective.id }),
          illustrative: false,
          closedOn: null,
          responsibleInstitutions: await requireInstitutions(
            manager,
            input.responsibleInstitutionIds,
          ),
        }),
      );
      const after = { ...measure, responsibleInstitutionIds: input.responsibleInstitutionIds };
      await audit({
        operation: 'addPlanMeasure',
        entityType: 'PlanMeasure',
        entityId: measure.id,
        after,
      });
      return measure;
    });
  }

  updatePlanMeasure(viewer: Viewer, input: UpdatePlanMeasureInput): Promise<PlanMeasure> {
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const level = PlanLevel.MEASURE;
      const { item: measure, plan } = await itemForChange(manager, level, input.id, input.version);
      requireOpen(level, measure);
      const objective = await manager.findOneByOrFail(PlanObjective, { id: measure.objectiveId });
      const responsible = manager
        .createQueryBuilder()
        .relation(PlanMeasure, 'responsibleInstitutions')
        .of(measure.id);
      const formerIds = (await responsible.loadMany<Institution>()).map((i) => i.id);
      const before = { ...measure, responsibleInstitutionIds: formerIds };
      await applyNodeChanges(manager, level, measure, input, objective.code);
      if (input.deadline !== undefined) {
        requireWithin(plan, 'deadline', input.deadline);
        measure.deadline = input.deadline;
      }
      const ids = input.responsibleInstitutionIds;
      const added = ids?.filter((id) => !formerIds.includes(id)) ?? [];
      const removed = ids ? formerIds.filter((id) => !ids.includes(id)) : [];
      if (ids) await requireInstitutions(manager, ids);
      await responsible.addAndRemove(added, removed);
      const saved = await manager.save(measure);
      if (saved.version === before.version && added.length + removed.length) {
        // A change of the join table alone saves no column: the version must still move.
        await manager.increment(PlanMeasure, { id: measure.id }, 'version', 1);
        saved.version = (await manager.findOneByOrFail(PlanMeasure, { id: measure.id })).version;
      }
      const after = { ...saved, responsibleInstitutionIds: ids ?? formerIds };
      await audit({
        operation: 'updatePlanMeasure',
        entityType: 'PlanMeasure',
        entityId: measure.id,
        before,
        after,
      });
      return saved;
    });
  }

  addPlanIndicator(viewer: Viewer, input: AddPlanIndicatorInput): Promise<PlanIndicator> {
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const measure = await manager.findOneBy(PlanMeasure, { id: input.measureId });
      if (!measure) throw notFound('Plan measure', input.measureId);
      const plan = await planForChange(manager, measure.planId);
      requireOpen(PlanLevel.MEASURE, measure);
      const count = await manager.countBy(PlanIndicator, { measureId: measure.id });
      requireRoom(
        count,
        PLAN_TREE_MAX.indicatorsPerMeasure,
        `Measure ${measure.code} has ${count} indicators, the most.`,
      );
      const indicator = manager.create(PlanIndicator, {
        measureId: measure.id,
        name: input.name.trim(),
        unit: input.unit.trim(),
        baseline: input.baseline ?? null,
        targetValue: input.targetValue,
        targetYear: input.targetYear,
        illustrative: false,
        closedOn: null,
      });
      await requireSoundIndicator(manager, plan, indicator);
      const saved = await manager.save(indicator);
      await audit({
        operation: 'addPlanIndicator',
        entityType: 'PlanIndicator',
        entityId: saved.id,
        after: saved,
      });
      return saved;
    });
  }

  updatePlanIndicator(viewer: Viewer, input: UpdatePlanIndicatorInput): Promise<PlanIndicator> {
    const { id, version, ...fields } = input;
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const level = PlanLevel.INDICATOR;
      const { item: indicator, plan } = await itemForChange(manager, level, id, version);
      requireOpen(level, indicator);
      const before = { ...indicator };
      const changes = definedChanges(fields);
      if (changes.name !== undefined) changes.name = changes.name.trim();
      if (changes.unit !== undefined) changes.unit = changes.unit.trim();
      if (changes.unit !== undefined && changes.unit !== indicator.unit) {
        const figures = await linkedRecords(manager, [], [id]);
        if (figures.length) {
          const message = `cannot change: ${figures.join(', ')} were reported in ${indicator.unit}`;
          throw badInput([{ field: 'unit', rule: 'INVALID_VALUE', message }]);
        }
      }
      Object.assign(indicator, changes);
      await requireSoundIndicator(manager, plan, indicator);
      const saved = await manager.save(indicator);
      await audit({
        operation: 'updatePlanIndicator',
        entityType: 'PlanIndicator',
        entityId: id,
        before,
        after: saved,
      });
      return saved;
    });
  }
}

function requireInstitutions(manager: EntityManager, ids: string[]): Promise<Institution[]> {
  return requireAll(
    manager,
    Institution,
    ids,
    'responsibleInstitutionIds',
    (id) => `${id} does not name an institution`,
  );
}

/** A measure's deadline, or an indicator's target year, falls within the plan's period. */
function withinProblem(
  plan: NationalPlan,
  field: string,
  value: string | number | null | undefined,
): FieldProblem | null {
  if (value === null || value === undefined) return null;
  const year = Number(String(value).slice(0, 4));
  const inside = year >= plan.startYear && (plan.endYear === null || year <= plan.endYear);
  return inside
    ? null
    : {
        field,
        rule: 'OUT_OF_RANGE',
        message: `must fall within the plan's period, ${periodOf(plan)}`,
      };
}

function requireWithin(plan: NationalPlan, field: string, value: string | null | undefined): void {
  const problem = withinProblem(plan, field, value);
  if (problem) throw badInput([problem]);
}

/** Its name is its own within the measure, its figures fit its unit, its year the plan. */
async function requireSoundIndicator(
  manager: EntityManager,
  plan: NationalPlan,
  indicator: PlanIndicator,
) {
  await requireUnique(manager, PlanIndicator, 'name', indicator.name, {
    exceptId: indicator.id,
    scope: { measureId: indicator.measureId },
    message: 'is already the name of another indicator of this measure',
  });
  const target = valueProblem(indicator.unit, indicator.targetValue);
  const baseline = indicator.baseline ? valueProblem(indicator.unit, indicator.baseline) : null;
  const problems = [
    target && { field: 'targetValue', rule: 'INVALID_VALUE', message: target },
    baseline && { field: 'baseline', rule: 'INVALID_VALUE', message: baseline },
    withinProblem(plan, 'targetYear', indicator.targetYear),
  ].filter((problem): problem is FieldProblem => !!problem);
  if (problems.length) throw badInput(problems);
}
