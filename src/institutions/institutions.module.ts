import { Module } from '@nestjs/common';
import { InstitutionsResolver } from './institutions.resolver';
import { InstitutionsService } from './institutions.service';

@Module({ providers: [InstitutionsService, InstitutionsResolver] })
export class InstitutionsModule {}
