import { Module } from '@nestjs/common';
import { ReferenceDataSeeder } from './reference-data.seeder';

@Module({ providers: [ReferenceDataSeeder], exports: [ReferenceDataSeeder] })
export class ReferenceDataModule {}
