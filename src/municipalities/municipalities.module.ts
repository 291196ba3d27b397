import { Module } from '@nestjs/common';
import { MunicipalitiesResolver } from './municipalities.resolver';
import { MunicipalitiesService } from './municipalities.service';
import { MunicipalityEditingResolver } from './municipality-editing.resolver';
import { MunicipalityEditingService } from './municipality-editing.service';

@Module({
  providers: [
    MunicipalitiesService,
    MunicipalitiesResolver,
    MunicipalityEditingService,
    MunicipalityEditingResolver,
  ],
})
export class MunicipalitiesModule {}
