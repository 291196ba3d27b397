import { Args, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Audience } from '../auth/allow.decorator';
import { GraphQLContext, NoArgs } from '../common/graphql/graphql-context';
import { Connection } from '../common/pagination/connection.type';
import { Municipality } from '../municipalities/municipality.entity';
import { InstitutionsArgs } from './dto/institutions.args';
import { Institution } from './institution.entity';
import { InstitutionsService } from './institutions.service';

@ObjectType()
export class InstitutionConnection extends Connection(Institution) {}

@Resolver(() => Institution)
export class InstitutionsResolver {
  constructor(private readonly institutionsService: InstitutionsService) {}

  @Query(() => InstitutionConnection, { description: 'Institutions, ordered by name.' })
  @Allow(Audience.PUBLIC)
  institutions(@Args() args: InstitutionsArgs) {
    return this.institutionsService.list(args);
  }

  @ResolveField(() => Municipality, {
    nullable: true,
    description: 'Null for a national institution.',
  })
  municipality(institution: Institution, _args: NoArgs, ctx: GraphQLContext) {
    return institution.municipalityId
      ? ctx.loaders.byId(Municipality, institution.municipalityId)
      : null;
  }
}
