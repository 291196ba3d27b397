import { Module } from '@nestjs/common';
import { TaskForcesModule } from '../task-forces/task-forces.module';
import { CalendarController } from './calendar.controller';
import { CalendarResolver } from './calendar.resolver';
import { CalendarService } from './calendar.service';

@Module({
  imports: [TaskForcesModule],
  controllers: [CalendarController],
  providers: [CalendarService, CalendarResolver],
})
export class CalendarModule {}
