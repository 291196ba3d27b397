import { ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext, NoArgs } from '../common/graphql/graphql-context';
import { Institution } from '../institutions/institution.entity';
import { NationalPlan } from './national-plan.entity';
import { NationalPlansService } from './national-plans.service';
import { PlanGoal } from './plan-goal.entity';
import { PlanIndicator } from './plan-indicator.entity';
import { PlanMeasure } from './plan-measure.entity';
import { PlanObjective } from './plan-objective.entity';

/** Each level of the plan tree loads in one batched statement per request. */
@Resolver(() => PlanGoal)
export class PlanGoalResolver {
  @ResolveField(() => [PlanObjective])
  objectives(goal: PlanGoal, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders.children(PlanObjective, 'goalId', goal.id, { sortOrder: 'ASC' });
  }
}

@Resolver(() => PlanObjective)
export class PlanObjectiveResolver {
  @ResolveField(() => [PlanMeasure])
  measures(objective: PlanObjective, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders.children(PlanMeasure, 'objectiveId', objective.id, { sortOrder: 'ASC' });
  }
}

@Resolver(() => PlanMeasure)
export class PlanMeasureResolver {
  constructor(private readonly plans: NationalPlansService) {}

  @ResolveField(() => [PlanIndicator])
  indicators(measure: PlanMeasure, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders.children(PlanIndicator, 'measureId', measure.id, { name: 'ASC' });
  }

  @ResolveField(() => [Institution], { description: 'Institutions responsible for the measure.' })
  responsibleInstitutions(measure: PlanMeasure, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders
      .get('PlanMeasure.responsibleInstitutions', (ids: readonly string[]) =>
        this.plans.responsibleInstitutions(ids),
      )
      .load(measure.id);
  }

  @ResolveField(() => NationalPlan)
  async plan(measure: PlanMeasure, _args: NoArgs, ctx: GraphQLContext) {
    return (await ctx.loaders.byId(NationalPlan, measure.planId))!;
  }
}
