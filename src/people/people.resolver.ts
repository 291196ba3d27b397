import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Audience } from '../auth/allow.decorator';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { GraphQLContext, NoArgs } from '../common/graphql/graphql-context';
import { Institution } from '../institutions/institution.entity';
import { UpdatePersonInput } from './dto/update-person.input';
import { PeopleService } from './people.service';
import { Person } from './person.entity';

@Resolver(() => Person)
export class PeopleResolver {
  constructor(private readonly people: PeopleService) {}

  @Mutation(() => Person, {
    description:
      "Corrects a person's name, position, institution or contacts (the person, an administrator, or a record keeper of a task force they sit on).",
  })
  @Allow(Audience.AUTHENTICATED)
  updatePerson(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdatePersonInput) {
    return this.people.updatePerson(viewer, input);
  }

  @ResolveField(() => Institution, { nullable: true })
  institution(person: Person, _args: NoArgs, ctx: GraphQLContext) {
    return person.institutionId ? ctx.loaders.byId(Institution, person.institutionId) : null;
  }
}
