import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext } from '../common/graphql/graphql-context';
import { PlanIndicator } from '../national-plans/plan-indicator.entity';
import { Person } from '../people/person.entity';
import { ActionItem } from './action-item.entity';
import { ActionUpdate } from './action-update.entity';
import { IndicatorTotal } from './dto/indicator-total.type';
import { IndicatorContribution } from './indicator-contribution.entity';

@Resolver(() => ActionUpdate)
export class ActionUpdateResolver {
  @ResolveField(() => Person)
  author(@Parent() update: ActionUpdate, @Context() ctx: GraphQLContext) {
    return ctx.loaders.byId(Person, update.authorId);
  }

  @ResolveField(() => ActionItem)
  actionItem(@Parent() update: ActionUpdate, @Context() ctx: GraphQLContext) {
    return ctx.loaders.byId(ActionItem, update.actionItemId);
  }

  @ResolveField(() => [IndicatorContribution])
  contributions(@Parent() update: ActionUpdate, @Context() ctx: GraphQLContext) {
    return ctx.loaders.children(IndicatorContribution, 'actionUpdateId', update.id, {
      createdAt: 'ASC',
    });
  }
}

@Resolver(() => IndicatorContribution)
export class IndicatorContributionResolver {
  @ResolveField(() => PlanIndicator)
  indicator(@Parent() contribution: IndicatorContribution, @Context() ctx: GraphQLContext) {
    return ctx.loaders.byId(PlanIndicator, contribution.indicatorId);
  }
}

@Resolver(() => IndicatorTotal)
export class IndicatorTotalResolver {
  @ResolveField(() => PlanIndicator)
  indicator(@Parent() total: IndicatorTotal, @Context() ctx: GraphQLContext) {
    return ctx.loaders.byId(PlanIndicator, total.indicatorId);
  }
}
