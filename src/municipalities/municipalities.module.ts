import { Module } from '@nestjs/common';
import { MunicipalitiesResolver } from './municipalities.resolver';
import { MunicipalitiesService } from './municipalities.service';

@Module({ providers: [MunicipalitiesService, MunicipalitiesResolver] })
export class MunicipalitiesModule {}
