import { Args, Mutation, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Audience } from '../auth/allow.decorator';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { SystemRole } from '../auth/system-role.enum';
import type { Viewer } from '../auth/viewer';
import { GraphQLContext, NoArgs } from '../common/graphql/graphql-context';
import { Connection } from '../common/pagination/connection.type';
import { Clock } from '../common/time/clock';
import { Person } from '../people/person.entity';
import { TaskForce } from '../task-forces/task-force.entity';
import {
  AnswerFollowUpRequestInput,
  AskFollowUpAgainInput,
  CloseFollowUpRequestInput,
  CreateFollowUpRequestInput,
} from './dto/follow-up.inputs';
import { FollowUpRequestsArgs } from './dto/follow-up-requests.args';
import { FollowUpMessage } from './follow-up-message.entity';
import { FollowUpRequest } from './follow-up-request.entity';
import { FollowUpsService } from './follow-ups.service';
import { isFollowUpOverdue } from './follow-up-timeliness';

@ObjectType()
export class FollowUpRequestConnection extends Connection(FollowUpRequest) {}

@Resolver(() => FollowUpRequest)
export class FollowUpsResolver {
  constructor(
    private readonly service: FollowUpsService,
    private readonly clock: Clock,
  ) {}

  @Query(() => FollowUpRequestConnection, {
    description: 'Follow-up requests visible to you, earliest due first.',
  })
  @Allow(Audience.AUTHENTICATED)
  followUpRequests(@CurrentViewer() viewer: Viewer, @Args() args: FollowUpRequestsArgs) {
    return this.service.followUpRequests(viewer, args);
  }

  @Mutation(() => FollowUpRequest, { description: 'The Commission or the Ministry asks.' })
  @Allow(SystemRole.COMMISSION, SystemRole.MINISTRY)
  createFollowUpRequest(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateFollowUpRequestInput,
  ) {
    return this.service.createFollowUpRequest(viewer, input);
  }

  @Mutation(() => FollowUpRequest, {
    description: "The task force's chair, deputy chair or secretary answers.",
  })
  @Allow(Audience.AUTHENTICATED)
  answerFollowUpRequest(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AnswerFollowUpRequestInput,
  ) {
    return this.service.answerFollowUpRequest(viewer, input);
  }

  @Mutation(() => FollowUpRequest, { description: 'The asking side settles it.' })
  @Allow(SystemRole.COMMISSION, SystemRole.MINISTRY)
  closeFollowUpRequest(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CloseFollowUpRequestInput,
  ) {
    return this.service.closeFollowUpRequest(viewer, input);
  }

  @Mutation(() => FollowUpRequest, { description: 'The asking side asks again after an answer.' })
  @Allow(SystemRole.COMMISSION, SystemRole.MINISTRY)
  askFollowUpAgain(@CurrentViewer() viewer: Viewer, @Args('input') input: AskFollowUpAgainInput) {
    return this.service.askFollowUpAgain(viewer, input);
  }

  @ResolveField(() => Boolean, { description: 'Open and past its due date (Vilnius).' })
  overdue(request: FollowUpRequest) {
    return isFollowUpOverdue(request, this.clock.today());
  }

  @ResolveField(() => TaskForce)
  taskForce(request: FollowUpRequest, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders.byId(TaskForce, request.taskForceId);
  }

  @ResolveField(() => Person)
  askedBy(request: FollowUpRequest, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders.byId(Person, request.askedById);
  }

  @ResolveField(() => [FollowUpMessage], { description: 'Questions and answers, in order.' })
  messages(request: FollowUpRequest, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders.children(FollowUpMessage, 'requestId', request.id, { sequence: 'ASC' });
  }
}

@Resolver(() => FollowUpMessage)
export class FollowUpMessageResolver {
  @ResolveField(() => Person)
  author(message: FollowUpMessage, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders.byId(Person, message.authorId);
  }
}
