import { Module } from '@nestjs/common';
import { TaskForcesModule } from '../task-forces/task-forces.module';
import { AgendaResolver } from './agenda.resolver';
import { AgendaService } from './agenda.service';
import { AttendanceResolver } from './attendance.resolver';
import { AttendanceService } from './attendance.service';
import { DecisionsResolver } from './decisions.resolver';
import { DecisionsService } from './decisions.service';
import { MeetingAccessService } from './meeting-access.service';
import { MeetingFieldsResolver } from './meeting-fields.resolver';
import { MeetingsResolver } from './meetings.resolver';
import { MeetingsService } from './meetings.service';
import { MinutesResolver } from './minutes.resolver';
import { MinutesService } from './minutes.service';

@Module({
  imports: [TaskForcesModule],
  providers: [
    MeetingAccessService,
    MeetingsService,
    MeetingsResolver,
    MeetingFieldsResolver,
    AgendaService,
    AgendaResolver,
    AttendanceService,
    AttendanceResolver,
    DecisionsService,
    DecisionsResolver,
    MinutesService,
    MinutesResolver,
  ],
  exports: [MeetingAccessService],
})
export class MeetingsModule {}
