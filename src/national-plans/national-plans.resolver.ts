import { Args, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Audience } from '../auth/allow.decorator';
import { IdArgs } from '../common/dto/id.args';
import { GraphQLContext, NoArgs } from '../common/graphql/graphql-context';
import { Connection } from '../common/pagination/connection.type';
import { NationalPlansArgs } from './dto/national-plans.args';
import { NationalPlan } from './national-plan.entity';
import { NationalPlansService } from './national-plans.service';
import { PlanGoal } from './plan-goal.entity';

@ObjectType()
export class NationalPlanConnection extends Connection(NationalPlan) {}

@Resolver(() => NationalPlan)
export class NationalPlansResolver {
  constructor(private readonly plans: NationalPlansService) {}

  @Query(() => NationalPlanConnection, { description: 'National plans, newest first.' })
  @Allow(Audience.PUBLIC)
  nationalPlans(@Args() args: NationalPlansArgs) {
    return this.plans.list(args);
  }

  @Query(() => NationalPlan, {
    description: 'One plan with its goal → objective → measure → indicator tree.',
  })
  @Allow(Audience.PUBLIC)
  nationalPlan(@Args() { id }: IdArgs) {
    return this.plans.get(id);
  }

  @ResolveField(() => [PlanGoal])
  goals(plan: NationalPlan, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders.children(PlanGoal, 'planId', plan.id, { sortOrder: 'ASC' });
  }
}
