import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { definedChanges } from '../common/dto/defined-changes';
import { badInput, conflict, FieldProblem, notFound } from '../common/errors/domain-error';
import { requireUnique } from '../database/require-unique';
import { TransactionService } from '../database/transaction.service';
import { retireKey } from '../reference-data/former-keys';
import {
  ChangeNationalPlanStatusInput,
  CreateNationalPlanInput,
  UpdateNationalPlanInput,
} from './dto/national-plan.inputs';
import { NationalPlan } from './national-plan.entity';
import { PlanIndicator } from './plan-indicator.entity';
import {
  periodOf,
  requireEditable,
  requireNoOtherActivePlan,
  requireStatusChange,
} from './plan-lifecycle';
import { PlanMeasure } from './plan-measure.entity';
import { PlanStatus } from './plan-status.enum';

const CODE_TAKEN = 'is already the code of another plan';

/** The Ministry writes national plans and moves them DRAFT → ACTIVE → CLOSED. */
@Injectable()
export class PlanEditingService {
  constructor(private readonly tx: TransactionService) {}

  createNationalPlan(viewer: Viewer, input: CreateNationalPlanInput): Promise<NationalPlan> {
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      await requireUnique(manager, NationalPlan, 'code', input.code, { message: CODE_TAKEN });
      requirePeriod(input.startYear, input.endYear ?? null);
      const plan = await manager.save(
        manager.create(NationalPlan, {
          code: input.code,
          title: input.title.trim(),
          titleEn: input.titleEn?.trim() ?? null,
          adoptingAct: input.adoptingAct?.trim() ?? null,
          adoptedOn: input.adoptedOn ?? null,
          startYear: input.startYear,
          endYear: input.endYear ?? null,
          notes: input.notes?.trim() ?? null,
          status: PlanStatus.DRAFT,
        }),
      );
      await audit({
        operation: 'createNationalPlan',
        entityType: 'NationalPlan',
        entityId: plan.id,
        after: plan,
      });
      return plan;
    });
  }

  updateNationalPlan(viewer: Viewer, input: UpdateNationalPlanInput): Promise<NationalPlan> {
    const { id, version, ...fields } = input;
    return this.change(viewer, { id, version }, 'updateNationalPlan', async (plan, manager) => {
      requireEditable(plan);
      const changes = definedChanges(fields);
      await requireUnique(manager, NationalPlan, 'code', changes.code, {
        exceptId: id,
        message: CODE_TAKEN,
      });
      for (const key of ['title', 'titleEn', 'adoptingAct', 'notes'] as const) {
        if (typeof changes[key] === 'string') changes[key] = changes[key].trim();
      }
      const before = plan.code;
      Object.assign(plan, changes);
      if (changes.startYear !== undefined || changes.endYear !== undefined) {
        requirePeriod(plan.startYear, plan.endYear);
        await requireItemsWithin(manager, plan);
        await requireNoOtherActivePlan(manager, plan);
      }
      await retireKey(manager, 'NationalPlan', id, before, plan.code);
    });
  }

  changeNationalPlanStatus(
    viewer: Viewer,
    input: ChangeNationalPlanStatusInput,
  ): Promise<NationalPlan> {
    const { id, version, status } = input;
    return this.change(viewer, { id, version }, 'changeNationalPlanStatus', async (plan, m) => {
      await requireStatusChange(m, plan, status);
      plan.status = status;
    });
  }

  private change(
    viewer: Viewer,
    { id, version }: { id: string; version: number },
    operation: string,
    apply: (plan: NationalPlan, manager: EntityManager) => Promise<void>,
  ): Promise<NationalPlan> {
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const plan = await manager.findOneBy(NationalPlan, { id });
      if (!plan) throw notFound('National plan', id);
      if (plan.version !== version) throw conflict('the plan');
      const before = { ...plan };
      await apply(plan, manager);
      const saved = await manager.save(plan);
      await audit({ operation, entityType: 'NationalPlan', entityId: id, before, after: saved });
      return saved;
    });
  }
}

function requirePeriod(startYear: number, endYear: number | null): void {
  if (endYear !== null && endYear < startYear) {
    throw badInput([
      { field: 'endYear', rule: 'DATE_ORDER', message: `cannot be before startYear ${startYear}` },
    ]);
  }
}

/** A new period must still hold every measure's deadline and every indicator's target year. */
async function requireItemsWithin(manager: EntityManager, plan: NationalPlan): Promise<void> {
  const outside = async (deadline: string, targetYear: string, bounds: object) => {
    const measures = await manager
      .createQueryBuilder(PlanMeasure, 'measure')
      .where('measure.planId = :id', { id: plan.id })
      .andWhere(`measure.deadline ${deadline}`, bounds)
      .getCount();
    const indicators = await manager
      .createQueryBuilder(PlanIndicator, 'indicator')
      .innerJoin(PlanMeasure, 'measure', 'measure.id = indicator.measureId')
      .where('measure.planId = :id', { id: plan.id })
      .andWhere(`indicator.targetYear ${targetYear}`, bounds)
      .getCount();
    return measures + indicators > 0;
  };
  const problems: FieldProblem[] = [];
  const start = { date: `${plan.startYear}-01-01`, year: plan.startYear };
  if (await outside('< :date', '< :year', start)) {
    const message = `would leave a measure deadline or indicator target year before ${periodOf(plan)}`;
    problems.push({ field: 'startYear', rule: 'OUT_OF_RANGE', message });
  }
  const end = { date: `${plan.endYear}-12-31`, year: plan.endYear };
  if (plan.endYear !== null && (await outside('> :date', '> :year', end))) {
    const message = `would leave a measure deadline or indicator target year after ${periodOf(plan)}`;
    problems.push({ field: 'endYear', rule: 'OUT_OF_RANGE', message });
  }
  if (problems.length) throw badInput(problems);
}
