import { Module } from '@nestjs/common';
import { TaskForcesModule } from '../task-forces/task-forces.module';
import { PreventionActivitiesResolver } from './prevention-activities.resolver';
import { PreventionActivitiesService } from './prevention-activities.service';

@Module({
  imports: [TaskForcesModule],
  providers: [PreventionActivitiesService, PreventionActivitiesResolver],
})
export class PreventionActivitiesModule {}
