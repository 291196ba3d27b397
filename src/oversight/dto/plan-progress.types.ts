import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { NationalPlan } from '../../national-plans/national-plan.entity';
import { PlanGoal } from '../../national-plans/plan-goal.entity';
import { PlanIndicator } from '../../national-plans/plan-indicator.entity';
import { PlanMeasure } from '../../national-plans/plan-measure.entity';
import { PlanObjective } from '../../national-plans/plan-objective.entity';

@ObjectType({ description: 'Figures for a measure, or rolled up for an objective or goal.' })
export class ProgressSummary {
  @Field(() => Int)
  actionItemsOpen: number;

  @Field(() => Int)
  actionItemsInProgress: number;

  @Field(() => Int)
  actionItemsDone: number;

  @Field(() => Int)
  actionItemsCancelled: number;

  @Field(() => Int, { description: 'Task forces with an action item or activity under it.' })
  taskForces: number;

  @Field(() => Int)
  municipalities: number;

  @Field(() => Int)
  preventionActivities: number;

  @Field(() => Float, { description: 'People reached (a sum: a Float, it can pass 2^31).' })
  participants: number;

  @Field(() => Float, {
    nullable: true,
    description:
      "Mean of its indicators' exact progress, each capped at 100%, rounded once to one decimal; null without indicators.",
  })
  indicatorProgress: number | null;
}

@ObjectType()
export class IndicatorProgress {
  @Field(() => PlanIndicator)
  indicator: PlanIndicator;

  @Field(() => Float, { description: 'Contributed so far, across all task forces.' })
  total: number;

  @Field(() => Float)
  target: number;

  @Field(() => Float, { description: 'total / target × 100, to one decimal (may exceed 100).' })
  percent: number;
}

@ObjectType()
export class MeasureProgress {
  @Field(() => PlanMeasure)
  measure: PlanMeasure;

  @Field(() => ProgressSummary)
  summary: ProgressSummary;

  @Field(() => [IndicatorProgress])
  indicators: IndicatorProgress[];
}

@ObjectType()
export class ObjectiveProgress {
  @Field(() => PlanObjective)
  objective: PlanObjective;

  @Field(() => ProgressSummary)
  summary: ProgressSummary;

  @Field(() => [MeasureProgress])
  measures: MeasureProgress[];
}

@ObjectType()
export class GoalProgress {
  @Field(() => PlanGoal)
  goal: PlanGoal;

  @Field(() => ProgressSummary)
  summary: ProgressSummary;

  @Field(() => [ObjectiveProgress])
  objectives: ObjectiveProgress[];
}

@ObjectType({ description: 'How every measure of a plan advances across the municipalities.' })
export class PlanProgress {
  @Field(() => NationalPlan)
  plan: NationalPlan;

  @Field(() => ProgressSummary)
  summary: ProgressSummary;

  @Field(() => [GoalProgress])
  goals: GoalProgress[];
}
