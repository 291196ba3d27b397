import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { figureCountsSql } from '../action-items/indicator-contribution.entity';
import { countsSql } from '../common/entities/withdrawable.entity';
import { notFound } from '../common/errors/domain-error';
import { NationalPlan } from '../national-plans/national-plan.entity';
import { PlanGoal } from '../national-plans/plan-goal.entity';
import { PlanIndicator } from '../national-plans/plan-indicator.entity';
import { PlanMeasure } from '../national-plans/plan-measure.entity';
import { PlanObjective } from '../national-plans/plan-objective.entity';
import { IndicatorProgress, PlanProgress, ProgressSummary } from './dto/plan-progress.types';
import { namedQuery } from '../database/named-query';
import { indicatorPercent, meanCappedProgress, oneDecimal } from './progress-percent';

type Level = 'measure' | 'objective' | 'goal' | 'plan';
type Row = Record<string, string | number | null>;

const LEVELS: Level[] = ['measure', 'objective', 'goal', 'plan'];

/** Every (measure, objective, goal, plan) link of the plan's items and activities. */
const LINKS = `
  WITH ilinks AS MATERIALIZED (
    SELECT DISTINCT m.id AS measure, m.objective_id AS objective, o.goal_id AS goal,
      m.plan_id AS plan, i.id AS item, i.status AS status, t.id AS tf, t.municipality_id AS mun
    FROM plan_measure m JOIN plan_objective o ON o.id = m.objective_id
    JOIN action_item_measure im ON im.measure_id = m.id
    JOIN action_item i ON i.id = im.action_item_id
    JOIN task_force t ON t.id = i.task_force_id
    WHERE m.plan_id = :planId),
  alinks AS MATERIALIZED (
    SELECT DISTINCT m.id AS measure, m.objective_id AS objective, o.goal_id AS goal,
      m.plan_id AS plan, a.id AS activity, a.participants AS participants, t.id AS tf,
      t.municipality_id AS mun
    FROM plan_measure m JOIN plan_objective o ON o.id = m.objective_id
    JOIN prevention_activity_measure am ON am.measure_id = m.id
    JOIN prevention_activity a ON a.id = am.activity_id
    JOIN task_force t ON t.id = a.task_force_id
    WHERE m.plan_id = :planId AND ${countsSql('a')}),
  engaged AS MATERIALIZED (
    SELECT measure, objective, goal, plan, tf, mun FROM ilinks
    UNION SELECT measure, objective, goal, plan, tf, mun FROM alinks)`;

/** Item counts by status, engagement and activities, for one level of the tree. */
const levelSql = (level: Level) => `
  SELECT 'items' AS kind, '${level}' AS lvl, ${level} AS node, status, COUNT(DISTINCT item) AS a,
    NULL AS b FROM ilinks GROUP BY ${level}, status
  UNION ALL SELECT 'engaged', '${level}', ${level}, NULL, COUNT(DISTINCT tf), COUNT(DISTINCT mun)
    FROM engaged GROUP BY ${level}
  UNION ALL SELECT 'activities', '${level}', node, NULL, COUNT(*), SUM(participants)
    FROM (SELECT DISTINCT ${level} AS node, activity, participants FROM alinks) x GROUP BY node`;

/**
 * Plan progress from SQL aggregates: the indicator totals, and every level's counts in one
 * statement.
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
    // The unrounded percentages, which every roll-up averages: each figure is rounded once.
    const exact = new Map<string, number[]>();
    for (const indicator of indicators) {
      const total = totals.get(indicator.id) ?? 0;
      const percent = indicatorPercent(total, indicator.targetValue);
      const list = progress.get(indicator.measureId) ?? [];
      list.push({ indicator, total, target: indicator.targetValue, percent: oneDecimal(percent) });
      progress.set(indicator.measureId, list);
      exact.set(indicator.measureId, [...(exact.get(indicator.measureId) ?? []), percent]);
    }
    const levels = await this.summaries(planId);
    const [byMeasure, byObjective, byGoal, byPlan] = LEVELS.map((level) => levels.get(level)!);
    const meanProgress = (measureIds: string[]) =>
      meanCappedProgress(measureIds.flatMap((id) => exact.get(id) ?? []));
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
       WHERE m.plan_id = :planId AND ${figureCountsSql('c')} GROUP BY c.indicator_id`,
      { planId },
    );
    return new Map(rows.map((row) => [String(row.id), Number(row.total)]));
  }

  /**
   * Every level's figures in one statement: the links are gathered once (materialised), then
   * counted DISTINCT per node, so an item or activity under two measures of one objective
   * counts once for the objective.
   */
  private async summaries(planId: string): Promise<Map<Level, Map<string, ProgressSummary>>> {
    const rows = await this.run(`${LINKS} ${LEVELS.map(levelSql).join(' UNION ALL ')}`, {
      planId,
    });
    const result = new Map<Level, Map<string, ProgressSummary>>(
      LEVELS.map((level) => [level, new Map()]),
    );
    const entry = (row: Row) => {
      const nodes = result.get(row.lvl as Level)!;
      const key = String(row.node);
      if (!nodes.has(key)) nodes.set(key, emptySummary());
      return nodes.get(key)!;
    };
    const field = {
      OPEN: 'actionItemsOpen',
      IN_PROGRESS: 'actionItemsInProgress',
      DONE: 'actionItemsDone',
      CANCELLED: 'actionItemsCancelled',
    } as const;
    for (const row of rows) {
      const summary = entry(row);
      if (row.kind === 'items') summary[field[row.status as keyof typeof field]] = Number(row.a);
      if (row.kind === 'engaged') {
        summary.taskForces = Number(row.a);
        summary.municipalities = Number(row.b);
      }
      if (row.kind === 'activities') {
        summary.preventionActivities = Number(row.a);
        summary.participants = Number(row.b ?? 0);
      }
    }
    return result;
  }

  private run(sql: string, params: Record<string, unknown>): Promise<Row[]> {
    return namedQuery<Row>(this.dataSource, sql, params);
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
