import { Module } from '@nestjs/common';
import { TaskForcesModule } from '../task-forces/task-forces.module';
import { FollowUpSubjectResolver } from './follow-up-subject.resolver';
import { FollowUpMessageResolver, FollowUpsResolver } from './follow-ups.resolver';
import { FollowUpsService } from './follow-ups.service';

@Module({
  imports: [TaskForcesModule],
  providers: [
    FollowUpsService,
    FollowUpsResolver,
    FollowUpMessageResolver,
    FollowUpSubjectResolver,
  ],
})
export class FollowUpsModule {}
