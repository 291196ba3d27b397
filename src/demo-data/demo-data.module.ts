import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { DemoDataSeeder } from './demo-data.seeder';
import { DemoTaskForcesSeeder } from './demo-task-forces.seeder';

@Module({
  imports: [AuthModule],
  providers: [DemoDataSeeder, DemoTaskForcesSeeder],
  exports: [DemoDataSeeder],
})
export class DemoDataModule {}
