import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { TransactionService } from '../database/transaction.service';
import { Institution } from '../institutions/institution.entity';
import { insertInstitutions } from '../institutions/institution-rows';
import { Municipality } from '../municipalities/municipality.entity';
import { insertMunicipalities } from '../municipalities/municipality-rows';
import { NationalPlan } from '../national-plans/national-plan.entity';
import { PlanGoal } from '../national-plans/plan-goal.entity';
import { PlanIndicator } from '../national-plans/plan-indicator.entity';
import { PlanMeasure } from '../national-plans/plan-measure.entity';
import { PlanObjective } from '../national-plans/plan-objective.entity';
import { INSTITUTIONS, InstitutionSeed } from './data/institutions.data';
import { MUNICIPALITIES } from './data/municipalities.data';
import { PlanSeed } from './data/plan-seed.types';
import { PLANS_BEFORE_2015 } from './data/plans-before-2015.data';
import { PLANS_SINCE_2015 } from './data/plans-since-2015.data';
import { formerKeys, ReferenceKind } from './former-keys';

export const NATIONAL_PLANS: PlanSeed[] = [...PLANS_BEFORE_2015, ...PLANS_SINCE_2015];

/** The id of the row of every natural key: the ones rows have now, and the ones they had. */
async function idsByKey<T extends { id: string }>(
  manager: EntityManager,
  entity: new () => T,
  kind: ReferenceKind,
  key: keyof T & string,
): Promise<Map<string, string>> {
  const rows = await manager.find(entity, { select: { id: true, [key]: true } as never });
  const ids = await formerKeys(manager, kind);
  for (const row of rows) ids.set(row[key] as string, row.id);
  return ids;
}

/**
 * Loads municipalities, institutions and national plans at every start. Rows are matched
 * by their natural keys (code, name), present or former (see former-keys.ts), and only missing
 * ones are added, so edits survive: nothing here updates a row.
 */
@Injectable()
export class ReferenceDataSeeder {
  private readonly logger = new Logger(ReferenceDataSeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
  ) {}

  async seed(): Promise<void> {
    if (!(await this.missing(this.dataSource.manager)).any) return;
    const added = await this.tx.run(null, async ({ manager, audit }) => {
      const missing = await this.missing(manager);
      await insertMunicipalities(manager, missing.municipalities);
      await this.insertInstitutions(manager, missing.institutions);
      for (const plan of missing.plans) await this.insertPlan(manager, plan);
      const counts = {
        municipalities: missing.municipalities.length,
        institutions: missing.institutions.length,
        plans: missing.plans.length,
      };
      await audit({
        operation: 'seedReferenceData',
        entityType: 'ReferenceData',
        entityId: 'reference-data',
        after: counts,
      });
      return counts;
    });
    this.logger.log(`Reference data added: ${JSON.stringify(added)}`);
  }

  /** The seed rows whose natural key (code or name) no row has, nor ever had. */
  private async missing(manager: EntityManager) {
    const codes = await idsByKey(manager, Municipality, 'Municipality', 'code');
    const names = await idsByKey(manager, Institution, 'Institution', 'name');
    const planCodes = await idsByKey(manager, NationalPlan, 'NationalPlan', 'code');
    const municipalities = MUNICIPALITIES.filter((m) => !codes.has(m.code));
    const institutions = INSTITUTIONS.filter((i) => !names.has(i.name));
    const plans = NATIONAL_PLANS.filter((p) => !planCodes.has(p.code));
    return {
      municipalities,
      institutions,
      plans,
      any: !!(municipalities.length + institutions.length + plans.length),
    };
  }

  private async insertInstitutions(manager: EntityManager, seeds: InstitutionSeed[]) {
    if (!seeds.length) return;
    const idOfCode = await idsByKey(manager, Municipality, 'Municipality', 'code');
    await insertInstitutions(
      manager,
      seeds.map(({ municipalityCode, ...rest }) => ({
        ...rest,
        nameEn: rest.nameEn ?? null,
        municipalityId: municipalityCode ? idOfCode.get(municipalityCode)! : null,
      })),
    );
  }

  private async insertPlan(manager: EntityManager, seed: PlanSeed): Promise<void> {
    const { goals, ...planFields } = seed;
    const planId = randomUUID();
    await manager.insert(NationalPlan, { ...planFields, id: planId });
    const node = (code: string, title: string, sortOrder: number, confirmed?: boolean) => ({
      id: randomUUID(),
      planId,
      code,
      title,
      sortOrder,
      illustrative: !confirmed,
    });
    const rows = {
      goals: [] as object[],
      objectives: [] as object[],
      measures: [] as object[],
      indicators: [] as object[],
    };
    const links: { measure_id: string; institution_id: string }[] = [];
    const institutionId = await idsByKey(manager, Institution, 'Institution', 'name');

    goals.forEach((goal, g) => {
      const goalRow = node(goal.code, goal.title, g, goal.confirmed);
      rows.goals.push(goalRow);
      goal.objectives.forEach((objective, o) => {
        const objectiveRow = {
          ...node(objective.code, objective.title, o, objective.confirmed),
          goalId: goalRow.id,
        };
        rows.objectives.push(objectiveRow);
        objective.measures.forEach((measure, m) => {
          const measureRow = {
            ...node(measure.code, measure.title, m, measure.confirmed),
            objectiveId: objectiveRow.id,
            deadline: measure.deadline,
          };
          rows.measures.push(measureRow);
          for (const name of measure.responsible) {
            const id = institutionId.get(name);
            if (!id)
              throw new Error(
                `Plan ${seed.code} measure ${measure.code}: unknown institution "${name}".`,
              );
            links.push({ measure_id: measureRow.id, institution_id: id });
          }
          for (const indicator of measure.indicators) {
            rows.indicators.push({
              measureId: measureRow.id,
              name: indicator.name,
              unit: indicator.unit,
              baseline: indicator.baseline,
              targetValue: indicator.target,
              targetYear: indicator.year,
              illustrative: true,
            });
          }
        });
      });
    });
    await manager.insert(PlanGoal, rows.goals);
    await manager.insert(PlanObjective, rows.objectives);
    await manager.insert(PlanMeasure, rows.measures);
    if (rows.indicators.length) await manager.insert(PlanIndicator, rows.indicators);
    if (links.length) {
      await manager
        .createQueryBuilder()
        .insert()
        .into('plan_measure_responsible_institution')
        .values(links)
        .execute();
    }
  }
}
