import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { SystemRole } from '../auth/system-role.enum';
import { Viewer } from '../auth/viewer';
import { CreateMunicipalityInput, UpdateMunicipalityInput } from './dto/municipality.inputs';
import { Municipality } from './municipality.entity';
import { MunicipalityEditingService } from './municipality-editing.service';

@Resolver(() => Municipality)
export class MunicipalityEditingResolver {
  constructor(private readonly editing: MunicipalityEditingService) {}

  @Mutation(() => Municipality, { description: 'Adds a municipality (administrators).' })
  @Allow(SystemRole.ADMIN)
  createMunicipality(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateMunicipalityInput,
  ) {
    return this.editing.createMunicipality(viewer, input);
  }

  @Mutation(() => Municipality, {
    description: 'Corrects a municipality: code, names, county, ISO code (administrators).',
  })
  @Allow(SystemRole.ADMIN)
  updateMunicipality(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateMunicipalityInput,
  ) {
    return this.editing.updateMunicipality(viewer, input);
  }
}
