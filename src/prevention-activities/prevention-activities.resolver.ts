import { Args, Mutation, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ActionItem } from '../action-items/action-item.entity';
import { Allow, Audience } from '../auth/allow.decorator';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { GraphQLContext, NoArgs } from '../common/graphql/graphql-context';
import { Connection } from '../common/pagination/connection.type';
import { Institution } from '../institutions/institution.entity';
import { PlanMeasure } from '../national-plans/plan-measure.entity';
import { Person } from '../people/person.entity';
import { TaskForce } from '../task-forces/task-force.entity';
import { PreventionActivitiesArgs } from './dto/prevention-activities.args';
import { RecordPreventionActivityInput } from './dto/record-prevention-activity.input';
import {
  UpdatePreventionActivityInput,
  WithdrawPreventionActivityInput,
} from './dto/update-prevention-activity.input';
import { PreventionActivitiesService } from './prevention-activities.service';
import { PreventionActivity } from './prevention-activity.entity';

@ObjectType()
export class PreventionActivityConnection extends Connection(PreventionActivity) {}

export const ACTIVITY_MEASURES = {
  table: 'prevention_activity_measure',
  ownerColumn: 'activity_id',
  targetColumn: 'measure_id',
};

const ACTIVITY_PARTNERS = {
  table: 'prevention_activity_partner',
  ownerColumn: 'activity_id',
  targetColumn: 'institution_id',
};

@Resolver(() => PreventionActivity)
@Allow(Audience.AUTHENTICATED)
export class PreventionActivitiesResolver {
  constructor(private readonly service: PreventionActivitiesService) {}

  @Query(() => PreventionActivityConnection, {
    description: 'Newest first; withdrawn ones only with `includeWithdrawn`.',
  })
  preventionActivities(@CurrentViewer() viewer: Viewer, @Args() args: PreventionActivitiesArgs) {
    return this.service.preventionActivities(viewer, args);
  }

  @Mutation(() => PreventionActivity)
  recordPreventionActivity(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RecordPreventionActivityInput,
  ) {
    return this.service.recordPreventionActivity(viewer, input);
  }

  @Mutation(() => PreventionActivity, {
    description:
      'Corrects a recorded activity: the chair, deputy chair or secretary, or the assignee of the action item it carried out.',
  })
  updatePreventionActivity(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdatePreventionActivityInput,
  ) {
    return this.service.updatePreventionActivity(viewer, input);
  }

  @Mutation(() => PreventionActivity, {
    description:
      'Withdraws an activity recorded in error, with a reason (same people as for correcting): it stays readable and audited, and no figure counts it.',
  })
  withdrawPreventionActivity(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: WithdrawPreventionActivityInput,
  ) {
    return this.service.withdrawPreventionActivity(viewer, input);
  }

  @ResolveField(() => Person, { nullable: true, description: 'Who withdrew it.' })
  withdrawnBy(activity: PreventionActivity, _args: NoArgs, ctx: GraphQLContext) {
    const id = activity.withdrawnById;
    return id ? ctx.loaders.byId(Person, id) : null;
  }

  @ResolveField(() => TaskForce)
  taskForce(activity: PreventionActivity, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders.byId(TaskForce, activity.taskForceId);
  }

  @ResolveField(() => [Institution])
  partners(activity: PreventionActivity, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders.linked(Institution, ACTIVITY_PARTNERS, activity.id, 'name');
  }

  @ResolveField(() => [PlanMeasure])
  measures(activity: PreventionActivity, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders.linked(PlanMeasure, ACTIVITY_MEASURES, activity.id, 'code');
  }

  @ResolveField(() => ActionItem, { nullable: true })
  originActionItem(activity: PreventionActivity, _args: NoArgs, ctx: GraphQLContext) {
    const id = activity.originActionItemId;
    return id ? ctx.loaders.byId(ActionItem, id) : null;
  }
}
