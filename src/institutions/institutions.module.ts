import { Module } from '@nestjs/common';
import { InstitutionEditingResolver } from './institution-editing.resolver';
import { InstitutionEditingService } from './institution-editing.service';
import { InstitutionsResolver } from './institutions.resolver';
import { InstitutionsService } from './institutions.service';

@Module({
  providers: [
    InstitutionsService,
    InstitutionsResolver,
    InstitutionEditingService,
    InstitutionEditingResolver,
  ],
})
export class InstitutionsModule {}
