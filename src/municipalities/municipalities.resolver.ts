import { Args, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Allow, Audience } from '../auth/allow.decorator';
import { Connection } from '../common/pagination/connection.type';
import { MunicipalitiesArgs } from './dto/municipalities.args';
import { MunicipalitiesService } from './municipalities.service';
import { Municipality } from './municipality.entity';

@ObjectType()
export class MunicipalityConnection extends Connection(Municipality) {}

@Resolver(() => Municipality)
export class MunicipalitiesResolver {
  constructor(private readonly municipalitiesService: MunicipalitiesService) {}

  @Query(() => MunicipalityConnection, { description: 'Municipalities, ordered by official code.' })
  @Allow(Audience.PUBLIC)
  municipalities(@Args() args: MunicipalitiesArgs) {
    return this.municipalitiesService.list(args);
  }
}
