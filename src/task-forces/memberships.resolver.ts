import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { GraphQLContext, NoArgs } from '../common/graphql/graphql-context';
import { Person } from '../people/person.entity';
import { Membership } from './membership.entity';
import { canRead, TaskForceAccessService } from './task-force-access.service';
import { TaskForce } from './task-force.entity';

@Resolver(() => Membership)
export class MembershipsResolver {
  @ResolveField(() => Person)
  async person(membership: Membership, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders.byId(Person, membership.personId);
  }

  @ResolveField(() => TaskForce)
  async taskForce(membership: Membership, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders.byId(TaskForce, membership.taskForceId);
  }
}

@Resolver(() => Person)
export class PersonMembershipsResolver {
  constructor(private readonly access: TaskForceAccessService) {}

  @ResolveField(() => [Membership], {
    description: "The person's task-force memberships, past and present, that you may read.",
  })
  async memberships(
    @Parent() person: Person,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer: Viewer,
  ) {
    const scope = await this.access.scopeOf(viewer);
    const all = await ctx.loaders.children(Membership, 'personId', person.id, { validFrom: 'ASC' });
    return all.filter((m) => canRead(scope, m.taskForceId));
  }
}
