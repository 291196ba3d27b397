import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Audience } from '../auth/allow.decorator';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { GraphQLContext, NoArgs } from '../common/graphql/graphql-context';
import { Person } from '../people/person.entity';
import { ApproveMinutesInput, SaveMinutesInput } from './dto/minutes.inputs';
import { Meeting } from './meeting.entity';
import { Minutes } from './minutes.entity';
import { MinutesService } from './minutes.service';

@Resolver(() => Minutes)
@Allow(Audience.AUTHENTICATED)
export class MinutesResolver {
  constructor(private readonly minutesService: MinutesService) {}

  @Mutation(() => Minutes, { description: 'Writes or rewrites the draft minutes.' })
  saveMinutes(@CurrentViewer() viewer: Viewer, @Args('input') input: SaveMinutesInput) {
    return this.minutesService.saveMinutes(viewer, input);
  }

  @Mutation(() => Minutes, {
    description: 'Approves the minutes (chair or deputy chair); the meeting record becomes final.',
  })
  approveMinutes(@CurrentViewer() viewer: Viewer, @Args('input') input: ApproveMinutesInput) {
    return this.minutesService.approveMinutes(viewer, input);
  }

  @ResolveField(() => Person, { nullable: true })
  approvedBy(minutes: Minutes, _args: NoArgs, ctx: GraphQLContext) {
    return minutes.approvedById ? ctx.loaders.byId(Person, minutes.approvedById) : null;
  }

  @ResolveField(() => Meeting)
  meeting(minutes: Minutes, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders.byId(Meeting, minutes.meetingId);
  }
}
