import { ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext, NoArgs } from '../common/graphql/graphql-context';
import { PlanIndicator } from '../national-plans/plan-indicator.entity';
import { Person } from '../people/person.entity';
import { loadCorrectedFigures, loadStandingContributions } from './action-item-loaders';
import { ActionItem } from './action-item.entity';
import { ActionUpdate } from './action-update.entity';
import { IndicatorTotal } from './dto/indicator-total.type';
import { figureCounts, IndicatorContribution } from './indicator-contribution.entity';

@Resolver(() => ActionUpdate)
export class ActionUpdateResolver {
  @ResolveField(() => Person)
  author(update: ActionUpdate, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders.byId(Person, update.authorId);
  }

  @ResolveField(() => ActionItem)
  actionItem(update: ActionUpdate, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders.byId(ActionItem, update.actionItemId);
  }

  @ResolveField(() => [IndicatorContribution], {
    description:
      'Figures reported with this update, as they stand: a corrected figure gives way to its replacement (see `replaces`), a withdrawn one is left out.',
  })
  contributions(update: ActionUpdate, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders
      .get<string, IndicatorContribution[]>('IndicatorContribution#standing', (ids) =>
        loadStandingContributions(ctx.loaders.manager, ids),
      )
      .load(update.id);
  }

  @ResolveField(() => IndicatorContribution, {
    nullable: true,
    description:
      'On a correction (whose text is its reason): the figure it replaced or withdrew. Null on other updates.',
  })
  correctionOf(update: ActionUpdate, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders
      .get<string, IndicatorContribution | null>('IndicatorContribution#correctedBy', (ids) =>
        loadCorrectedFigures(ctx.loaders.manager, ids),
      )
      .load(update.id);
  }
}

@Resolver(() => IndicatorContribution)
export class IndicatorContributionResolver {
  @ResolveField(() => PlanIndicator)
  indicator(contribution: IndicatorContribution, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders.byId(PlanIndicator, contribution.indicatorId);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether totals count it: false once a correction replaced or withdrew it.',
  })
  counted(contribution: IndicatorContribution) {
    return figureCounts(contribution);
  }

  @ResolveField(() => IndicatorContribution, {
    nullable: true,
    description: 'The earlier figure this one corrects.',
  })
  replaces(contribution: IndicatorContribution, _args: NoArgs, ctx: GraphQLContext) {
    const id = contribution.replacesId;
    return id ? ctx.loaders.byId(IndicatorContribution, id) : null;
  }

  @ResolveField(() => ActionUpdate, {
    nullable: true,
    description: 'The correction that replaced or withdrew this figure: who, when and why.',
  })
  correctedBy(contribution: IndicatorContribution, _args: NoArgs, ctx: GraphQLContext) {
    const id = contribution.correctedByUpdateId;
    return id ? ctx.loaders.byId(ActionUpdate, id) : null;
  }
}

@Resolver(() => IndicatorTotal)
export class IndicatorTotalResolver {
  @ResolveField(() => PlanIndicator)
  indicator(total: IndicatorTotal, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders.byId(PlanIndicator, total.indicatorId);
  }
}
