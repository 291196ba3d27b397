import {
  Args,
  Context,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Allow, Audience } from '../auth/allow.decorator';
import { CurrentViewer, viewerIn } from '../auth/current-viewer.decorator';
import { SystemRole } from '../auth/system-role.enum';
import type { Viewer } from '../auth/viewer';
import { IdArgs } from '../common/dto/id.args';
import { GraphQLContext, NoArgs } from '../common/graphql/graphql-context';
import { Connection } from '../common/pagination/connection.type';
import { LocalDateScalar } from '../common/scalars/local-date.scalar';
import { Clock } from '../common/time/clock';
import { Municipality } from '../municipalities/municipality.entity';
import { CreateTaskForceInput } from './dto/create-task-force.input';
import { TaskForcesArgs } from './dto/task-forces.args';
import { DissolveTaskForceInput, UpdateTaskForceInput } from './dto/update-task-force.input';
import { Membership } from './membership.entity';
import { isValidOn } from './membership-validity';
import { TaskForceAccessService } from './task-force-access.service';
import { TASK_FORCE_WIDE_RIGHTS } from './task-force-rights';
import { TaskForce } from './task-force.entity';
import { TaskForcesService } from './task-forces.service';

@ObjectType()
export class TaskForceConnection extends Connection(TaskForce) {}

@Resolver(() => TaskForce)
export class TaskForcesResolver {
  constructor(
    private readonly taskForcesService: TaskForcesService,
    private readonly access: TaskForceAccessService,
    private readonly clock: Clock,
  ) {}

  @Query(() => TaskForceConnection, {
    description: 'Task forces the caller may read: all for national roles, own ones for members.',
  })
  @Allow(Audience.AUTHENTICATED)
  taskForces(@CurrentViewer() viewer: Viewer, @Args() args: TaskForcesArgs) {
    return this.taskForcesService.taskForces(viewer, args);
  }

  @Query(() => TaskForce)
  @Allow(Audience.AUTHENTICATED)
  taskForce(@CurrentViewer() viewer: Viewer, @Args() { id }: IdArgs) {
    return this.taskForcesService.taskForce(viewer, id);
  }

  @Mutation(() => TaskForce)
  @Allow(SystemRole.ADMIN)
  createTaskForce(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateTaskForceInput) {
    return this.taskForcesService.createTaskForce(viewer, input);
  }

  @Mutation(() => TaskForce, { description: 'Renames it, or changes its act or quorum rule.' })
  @Allow(SystemRole.ADMIN)
  updateTaskForce(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateTaskForceInput) {
    return this.taskForcesService.updateTaskForce(viewer, input);
  }

  @Mutation(() => TaskForce, {
    description: 'Dissolves it: its records stay readable, and it takes no new ones.',
  })
  @Allow(SystemRole.ADMIN)
  dissolveTaskForce(@CurrentViewer() viewer: Viewer, @Args('input') input: DissolveTaskForceInput) {
    return this.taskForcesService.dissolveTaskForce(viewer, input);
  }

  @ResolveField(() => [String], {
    description: `The rights the caller holds over this task force's records today, by the names of the rights table (${TASK_FORCE_WIDE_RIGHTS.join(', ')}): a client shows only the controls they allow. Rights that depend on a particular record (the assignee of an item, the side of a follow-up) are not listed.`,
  })
  async viewerRights(taskForce: TaskForce, _args: NoArgs, ctx: GraphQLContext) {
    const viewer = viewerIn(ctx);
    const target = { taskForceId: taskForce.id };
    const held = await Promise.all(
      TASK_FORCE_WIDE_RIGHTS.map((right) => this.access.can(viewer, right, target)),
    );
    return TASK_FORCE_WIDE_RIGHTS.filter((_, i) => held[i]);
  }

  @ResolveField(() => Municipality)
  async municipality(taskForce: TaskForce, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders.byId(Municipality, taskForce.municipalityId);
  }

  @ResolveField(() => [Membership], {
    description: 'Who was a member on that date (default: today in Vilnius).',
  })
  async members(
    @Parent() taskForce: TaskForce,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer: Viewer,
    @Args('on', { type: () => LocalDateScalar, nullable: true }) on?: string,
  ) {
    const date = on ?? this.clock.today();
    return (await this.memberships(taskForce, ctx, viewer)).filter((m) => isValidOn(m, date));
  }

  @ResolveField(() => [Membership], { description: 'Memberships that ended before today.' })
  async pastMembers(
    @Parent() taskForce: TaskForce,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer: Viewer,
  ) {
    const today = this.clock.today();
    return (await this.memberships(taskForce, ctx, viewer)).filter(
      (m) => m.validTo !== null && m.validTo < today,
    );
  }

  @ResolveField(() => [Membership], {
    description: 'The whole roster history: past, current and future memberships.',
  })
  async memberships(
    @Parent() taskForce: TaskForce,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer: Viewer,
  ) {
    // Wherever a task force is reached from, its roster (with contacts) needs the read right.
    await this.access.require(viewer, 'read', { taskForceId: taskForce.id });
    return ctx.loaders.children(Membership, 'taskForceId', taskForce.id, {
      validFrom: 'ASC',
      id: 'ASC',
    });
  }
}
