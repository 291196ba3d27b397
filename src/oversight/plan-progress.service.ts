import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { notFound } from '../common/errors/domain-error';
import { NationalPlan } from '../national-plans/national-plan.entity';
import { PlanGoal } from '../national-plans/plan-goal.entity';
import { PlanIndicator } from '../national-plans/plan-indicator.entity';
import { PlanMeasure } from '../national-plans/plan-measure.entity';
import { PlanObjective } from '../national-plans/plan-objective.entity';
import { IndicatorProgress, PlanProgress, ProgressSummary } from './dto/plan-progress.types';

type Level = 'measure' | 'objective' | 'goal' | 'plan';
type Row = Record<string, string | number | null>;

/** The column that names a row's node at each level of the tree. */
const LEVEL_COLUMN: Record<Level, string> = {
  measure: 'm.id',
  objective: 'm.objective_id',
  goal: 'o.goal_id',
  plan: 'm.plan_id',
};

const TREE = 'plan_measure m JOIN plan_objective o ON o.id = m.objective_id';

/**
 * Plan progress from SQL aggregates: for each level, distinct counts grouped by the node, so
 * an item or activity linked to two measures of one objective counts once for it.
 */
@Injectable()
export class PlanProgressService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async planProgress(planId: string): Promise<PlanProgress> {
    const plan = await this.dataSource.getRepository(NationalPlan).findOneBy({ id: planId });
    if (!plan) throw notFound('NationalPlan', planId);
    const [goals, objectives, measures, indicators] = await Promise.all([
      this.dataSource
        .getRepository(PlanGoal)
        .find({ where: { planId }, order: { sortOrder: 'ASC' } }),
      this.dataSource
        .getRepository(PlanObjective)
        .find({ where: { planId }, order: { sortOrder: 'ASC' } }),
      this.dataSource
        .getRepository(PlanMeasure)
        .find({ where: { planId }, order: { sortOrder: 'ASC' } }),
      this.dataSource
        .getRepository(PlanIndicator)
        .createQueryBuilder('i')
        .innerJoin(PlanMeasure, 'm', 'm.id = i.measureId')
        .where('m.planId = :planId', { planId })
        .orderBy('i.name')
        .getMany(),
    ]);
    const totals = await this.indicatorTotals(planId);
    const progress = new Map<string, IndicatorProgress[]>();
    for (const indicator of indicators) {
      const total = totals.get(indicator.id) ?? 0;
      const percent = indicator.targetValue > 0 ? (total / indicator.targetValue) * 100 : 0;
      const list = progress.get(indicator.measureId) ?? [];
      list.push({
        indicator,
        total,
        target: indicator.targetValue,
        percent: Math.round(percent * 10) / 10,
      });
      progress.set(indicator.measureId, list);
    }
    const levels = await Promise.all(
      (['measure', 'objective', 'goal', 'plan'] as Level[]).map((level) =>
        this.summaries(planId, level),
      ),
    );
    const [byMeasure, byObjective, byGoal, byPlan] = levels;
    const meanProgress = (measureIds: string[]) => {
      const capped = measureIds
        .flatMap((id) => progress.get(id) ?? [])
        .map((p) => Math.min(100, p.percent));
      return capped.length
        ? Math.round((capped.reduce((a, b) => a + b, 0) / capped.length) * 10) / 10
        : null;
    };
    const summary = (rows: Map<string, ProgressSummary>, id: string, measureIds: string[]) => ({
      ...(rows.get(id) ?? emptySummary()),
      indicatorProgress: meanProgress(measureIds),
    });
    const measuresOf = (objectiveId: string) =>
      measures.filter((m) => m.objectiveId === objectiveId);
    const objectivesOf = (goalId: string) => objectives.filter((o) => o.goalId === goalId);
    const idsUnder = (goalId: string) =>
      objectivesOf(goalId).flatMap((o) => measuresOf(o.id).map((m) => m.id));

    return {
      plan,
      summary: summary(
        byPlan,
        planId,
        measures.map((m) => m.id),
      ),
      goals: goals.map((goal) => ({
        goal,
        summary: summary(byGoal, goal.id, idsUnder(goal.id)),
        objectives: objectivesOf(goal.id).map((objective) => ({
          objective,
          summary: summary(
            byObjective,
            objective.id,
            measuresOf(objective.id).map((m) => m.id),
          ),
          measures: measuresOf(objective.id).map((measure) => ({
            measure,
            summary: summary(byMeasure, measure.id, [measure.id]),
            indicators: progress.get(measure.id) ?? [],
          })),
        })),
      })),
    };
  }

  private async indicatorTotals(planId: string): Promise<Map<string, number>> {
    const rows: Row[] = await this.run(
      `SELECT c.indicator_id AS "id", SUM(c.value) AS "total"
       FROM indicator_contribution c JOIN plan_measure m ON m.id = c.measure_id
       WHERE m.plan_id = :planId GROUP BY c.indicator_id`,
      { planId },
    );
    return new Map(rows.map((row) => [String(row.id), Number(row.total)]));
  }

  /** Item counts by status, engagement and activities for every node of one level. */
  private async summaries(planId: string, level: Level): Promise<Map<string, ProgressSummary>> {
    const node = LEVEL_COLUMN[level];
    const [items, engaged, activities] = await Promise.all([
      this.run(
        `SELECT node, status, COUNT(*) AS "count" FROM (
           SELECT DISTINCT ${node} AS node, i.id, i.status FROM ${TREE}
           JOIN action_item_measure im ON im.measure_id = m.id
           JOIN action_item i ON i.id = im.action_item_id
           WHERE m.plan_id = :planId) x
         GROUP BY node, status`,
        { planId },
      ),
      this.run(
        `SELECT node, COUNT(DISTINCT tf) AS "taskForces", COUNT(DISTINCT municipality) AS "municipalities" FROM (
           SELECT ${node} AS node, t.id AS tf, t.municipality_id AS municipality FROM ${TREE}
           JOIN action_item_measure im ON im.measure_id = m.id
           JOIN action_item i ON i.id = im.action_item_id
           JOIN task_force t ON t.id = i.task_force_id WHERE m.plan_id = :planId
           UNION
           SELECT ${node}, t.id, t.municipality_id FROM ${TREE}
           JOIN prevention_activity_measure am ON am.measure_id = m.id
           JOIN prevention_activity a ON a.id = am.activity_id
           JOIN task_force t ON t.id = a.task_force_id WHERE m.plan_id = :planId) x
         GROUP BY node`,
        { planId },
      ),
      this.run(
        `SELECT node, COUNT(*) AS "activities", SUM(participants) AS "participants" FROM (
           SELECT DISTINCT ${node} AS node, a.id, a.participants FROM ${TREE}
           JOIN prevention_activity_measure am ON am.measure_id = m.id
           JOIN prevention_activity a ON a.id = am.activity_id
           WHERE m.plan_id = :planId) x
         GROUP BY node`,
        { planId },
      ),
    ]);
    const result = new Map<string, ProgressSummary>();
    const entry = (id: unknown) => {
      const key = String(id);
      if (!result.has(key)) result.set(key, emptySummary());
      return result.get(key)!;
    };
    const field = {
      OPEN: 'actionItemsOpen',
      IN_PROGRESS: 'actionItemsInProgress',
      DONE: 'actionItemsDone',
      CANCELLED: 'actionItemsCancelled',
    } as const;
    for (const row of items)
      entry(row.node)[field[row.status as keyof typeof field]] = Number(row.count);
    for (const row of engaged) {
      Object.assign(entry(row.node), {
        taskForces: Number(row.taskForces),
        municipalities: Number(row.municipalities),
      });
    }
    for (const row of activities) {
      Object.assign(entry(row.node), {
        preventionActivities: Number(row.activities),
        participants: Number(row.participants ?? 0),
      });
    }
    return result;
  }

  private run(sql: string, params: Record<string, unknown>): Promise<Row[]> {
    const [query, parameters] = this.dataSource.driver.escapeQueryWithParameters(sql, params, {});
    return this.dataSource.query(query, parameters);
  }
}

const emptySummary = (): ProgressSummary => ({
  actionItemsOpen: 0,
  actionItemsInProgress: 0,
  actionItemsDone: 0,
  actionItemsCancelled: 0,
  taskForces: 0,
  municipalities: 0,
  preventionActivities: 0,
  participants: 0,
  indicatorProgress: null,
});
