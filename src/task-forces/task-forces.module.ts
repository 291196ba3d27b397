import { Module } from '@nestjs/common';
import { MembershipsResolver, PersonMembershipsResolver } from './memberships.resolver';
import { TaskForceAccessService } from './task-force-access.service';
import { TaskForcesResolver } from './task-forces.resolver';
import { TaskForcesService } from './task-forces.service';
import { RosterResolver } from './roster.resolver';
import { RosterService } from './roster.service';

@Module({
  providers: [
    TaskForceAccessService,
    TaskForcesService,
    RosterService,
    RosterResolver,
    TaskForcesResolver,
    MembershipsResolver,
    PersonMembershipsResolver,
  ],
  exports: [TaskForceAccessService],
})
export class TaskForcesModule {}
