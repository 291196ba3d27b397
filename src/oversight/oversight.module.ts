import { Module } from '@nestjs/common';
import { TaskForcesModule } from '../task-forces/task-forces.module';
import { PlanProgressResolver } from './plan-progress.resolver';
import { PlanProgressService } from './plan-progress.service';
import { StatusOverviewResolver } from './status-overview.resolver';
import { StatusOverviewService } from './status-overview.service';

@Module({
  imports: [TaskForcesModule],
  providers: [
    StatusOverviewService,
    StatusOverviewResolver,
    PlanProgressService,
    PlanProgressResolver,
  ],
})
export class OversightModule {}
