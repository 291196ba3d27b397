import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { loadLinked, reverseLink } from '../common/dataloader/request-loaders';
import { countsSql } from '../common/entities/withdrawable.entity';
import { GraphQLContext } from '../common/graphql/graphql-context';
import { DECISION_MEASURES } from '../meetings/measure-links';
import { Decision } from '../meetings/decision.entity';
import { Meeting } from '../meetings/meeting.entity';
import { PlanMeasure } from '../national-plans/plan-measure.entity';
import { ACTIVITY_MEASURES } from '../prevention-activities/prevention-activities.resolver';
import { PreventionActivity } from '../prevention-activities/prevention-activity.entity';
import {
  TaskForceAccessService,
  TaskForceScope,
  visibleRecords,
} from '../task-forces/task-force-access.service';
import { ACTION_ITEM_MEASURES } from './action-item-fields.resolver';
import { loadIndicatorTotals } from './action-item-loaders';
import { ActionItem } from './action-item.entity';
import { IndicatorTotal } from './dto/indicator-total.type';
import { TraceArgs } from './dto/trace.args';

/**
 * Traceability from the plan down: what the task forces decided, did and reported under a
 * measure, limited to the records the caller may read.
 */
@Resolver(() => PlanMeasure)
export class MeasureTraceResolver {
  constructor(private readonly access: TaskForceAccessService) {}

  /** The plan tree is public; what task forces did under it is not (CurrentViewer refuses). */
  private scope(viewer: Viewer) {
    return this.access.scopeOf(viewer);
  }

  @ResolveField(() => [Decision], { description: 'Decisions linked to this measure.' })
  async decisions(
    @Parent() measure: PlanMeasure,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer: Viewer,
    @Args() { first }: TraceArgs,
  ) {
    const scope = await this.scope(viewer);
    return ctx.loaders
      .get<string, Decision[]>(`Decision@measure:${first}`, (ids) =>
        loadLinked(
          ctx.loaders.manager,
          Decision,
          reverseLink(DECISION_MEASURES),
          ids,
          'createdAt',
          (q) =>
            q
              .innerJoin(Meeting, 'meeting', 'meeting.id = target.meetingId')
              .andWhere(visibleRecords(scope, 'meeting', 'confidential')),
          first,
        ),
      )
      .load(measure.id);
  }

  @ResolveField(() => [ActionItem], { description: 'Action items linked to this measure.' })
  async actionItems(
    @Parent() measure: PlanMeasure,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer: Viewer,
    @Args() { first }: TraceArgs,
  ) {
    const scope = await this.scope(viewer);
    return ctx.loaders
      .get<string, ActionItem[]>(`ActionItem@measure:${first}`, (ids) =>
        loadLinked(
          ctx.loaders.manager,
          ActionItem,
          reverseLink(ACTION_ITEM_MEASURES),
          ids,
          'dueDate',
          (q) => q.andWhere(visibleRecords(scope, 'target')),
          first,
        ),
      )
      .load(measure.id);
  }

  @ResolveField(() => [PreventionActivity], { description: 'Prevention activities under it.' })
  async preventionActivities(
    @Parent() measure: PlanMeasure,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer: Viewer,
    @Args() { first }: TraceArgs,
  ) {
    const scope = await this.scope(viewer);
    return ctx.loaders
      .get<string, PreventionActivity[]>(`PreventionActivity@measure:${first}`, (ids) =>
        loadLinked(
          ctx.loaders.manager,
          PreventionActivity,
          reverseLink(ACTIVITY_MEASURES),
          ids,
          'date',
          (q) => q.andWhere(visibleRecords(scope, 'target')).andWhere(countsSql('target')),
          first,
        ),
      )
      .load(measure.id);
  }

  @ResolveField(() => [IndicatorTotal], {
    description: 'Figures reported against its indicators, summed over the task forces you read.',
  })
  async indicatorTotals(
    @Parent() measure: PlanMeasure,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer: Viewer,
  ) {
    const scope = await this.scope(viewer);
    return ctx.loaders
      .get<string, IndicatorTotal[]>('IndicatorTotal#measure', (ids) =>
        loadIndicatorTotals(ctx.loaders.manager, 'measureId', ids, readableTaskForces(scope)),
      )
      .load(measure.id);
  }
}

/** Undefined when the caller reads every task force, else the ids they belong to. */
const readableTaskForces = (scope: TaskForceScope) =>
  scope.readsEveryTaskForce ? undefined : [...scope.roles.keys()];
