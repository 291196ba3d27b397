import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext } from '../common/graphql/graphql-context';
import { Institution } from '../institutions/institution.entity';
import { Person } from './person.entity';

@Resolver(() => Person)
export class PeopleResolver {
  @ResolveField(() => Institution, { nullable: true })
  institution(@Parent() person: Person, @Context() ctx: GraphQLContext) {
    return person.institutionId ? ctx.loaders.byId(Institution, person.institutionId) : null;
  }
}
