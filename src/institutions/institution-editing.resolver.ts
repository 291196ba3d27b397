import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { SystemRole } from '../auth/system-role.enum';
import { Viewer } from '../auth/viewer';
import { CreateInstitutionInput, UpdateInstitutionInput } from './dto/institution.inputs';
import { Institution } from './institution.entity';
import { InstitutionEditingService } from './institution-editing.service';

@Resolver(() => Institution)
export class InstitutionEditingResolver {
  constructor(private readonly editing: InstitutionEditingService) {}

  @Mutation(() => Institution, { description: 'Adds an institution (administrators).' })
  @Allow(SystemRole.ADMIN)
  createInstitution(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateInstitutionInput) {
    return this.editing.createInstitution(viewer, input);
  }

  @Mutation(() => Institution, {
    description: 'Renames an institution or changes its type or municipality (administrators).',
  })
  @Allow(SystemRole.ADMIN)
  updateInstitution(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateInstitutionInput) {
    return this.editing.updateInstitution(viewer, input);
  }
}
