import { ID, ResolveField, Resolver } from '@nestjs/graphql';
import { viewerIn } from '../auth/current-viewer.decorator';
import { GraphQLContext, NoArgs } from '../common/graphql/graphql-context';
import { Clock } from '../common/time/clock';
import { Institution } from '../institutions/institution.entity';
import { Decision } from '../meetings/decision.entity';
import { Meeting } from '../meetings/meeting.entity';
import { PlanMeasure } from '../national-plans/plan-measure.entity';
import { Person } from '../people/person.entity';
import { canSee, TaskForceAccessService } from '../task-forces/task-force-access.service';
import { TaskForce } from '../task-forces/task-force.entity';
import {
  loadDecisionsWithMeetings,
  loadIndicatorTotals,
  loadLastUpdates,
} from './action-item-loaders';
import { isOverdue } from './action-item-timeliness';
import { ActionItem } from './action-item.entity';
import { ActionUpdate } from './action-update.entity';
import { IndicatorTotal } from './dto/indicator-total.type';

export const ACTION_ITEM_MEASURES = {
  table: 'action_item_measure',
  ownerColumn: 'action_item_id',
  targetColumn: 'measure_id',
};

@Resolver(() => ActionItem)
export class ActionItemFieldsResolver {
  constructor(
    private readonly clock: Clock,
    private readonly access: TaskForceAccessService,
  ) {}

  @ResolveField(() => Boolean, {
    description: 'Not done or cancelled, and due before today in Vilnius. Never stored.',
  })
  overdue(item: ActionItem) {
    return isOverdue(item, this.clock.today());
  }

  @ResolveField(() => TaskForce)
  taskForce(item: ActionItem, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders.byId(TaskForce, item.taskForceId);
  }

  @ResolveField(() => Person)
  assignee(item: ActionItem, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders.byId(Person, item.assigneeId);
  }

  @ResolveField(() => Institution, { nullable: true })
  responsibleInstitution(item: ActionItem, _args: NoArgs, ctx: GraphQLContext) {
    const id = item.responsibleInstitutionId;
    return id ? ctx.loaders.byId(Institution, id) : null;
  }

  @ResolveField(() => Decision, {
    nullable: true,
    description: 'The decision it carries out (null when none, or at a meeting you may not see).',
  })
  originDecision(item: ActionItem, _args: NoArgs, ctx: GraphQLContext) {
    return this.visibleOrigin(item, ctx);
  }

  @ResolveField('originDecisionId', () => ID, {
    nullable: true,
    description: 'The decision it carries out (null when none, or at a meeting you may not see).',
  })
  async originDecisionIdField(item: ActionItem, _args: NoArgs, ctx: GraphQLContext) {
    return (await this.visibleOrigin(item, ctx))?.id ?? null;
  }

  @ResolveField(() => Meeting, { nullable: true, description: 'The meeting of that decision.' })
  async originMeeting(item: ActionItem, _args: NoArgs, ctx: GraphQLContext) {
    return (await this.visibleOrigin(item, ctx))?.meeting ?? null;
  }

  /** The origin decision with its meeting, unless that meeting is hidden from the caller. */
  private async visibleOrigin(item: ActionItem, ctx: GraphQLContext) {
    if (!item.originDecisionId) return null;
    const decision = await ctx.loaders
      .get<string, Decision | null>('Decision+meeting', (ids) =>
        loadDecisionsWithMeetings(ctx.loaders.manager, ids),
      )
      .load(item.originDecisionId);
    const meeting = decision?.meeting;
    if (!meeting) return null;
    const scope = await this.access.scopeOf(viewerIn(ctx));
    return canSee(scope, meeting.taskForceId, meeting.confidential) ? decision : null;
  }

  @ResolveField(() => [PlanMeasure])
  measures(item: ActionItem, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders.linked(PlanMeasure, ACTION_ITEM_MEASURES, item.id, 'code');
  }

  @ResolveField(() => [ActionUpdate], { description: 'Progress reports, oldest first.' })
  updates(item: ActionItem, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders.children(ActionUpdate, 'actionItemId', item.id, { sequence: 'ASC' });
  }

  @ResolveField(() => ActionUpdate, { nullable: true })
  lastUpdate(item: ActionItem, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders
      .get<string, ActionUpdate | null>('ActionUpdate#last', (ids) =>
        loadLastUpdates(ctx.loaders.manager, ids),
      )
      .load(item.id);
  }

  @ResolveField(() => [IndicatorTotal], { description: 'Figures reported on this item.' })
  indicatorTotals(item: ActionItem, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders
      .get<string, IndicatorTotal[]>('IndicatorTotal#item', (ids) =>
        loadIndicatorTotals(ctx.loaders.manager, 'actionItemId', ids),
      )
      .load(item.id);
  }
}
