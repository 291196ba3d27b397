import { Module } from '@nestjs/common';
import { TaskForcesModule } from '../task-forces/task-forces.module';
import { AnnualReportEventResolver } from './annual-report-event.resolver';
import { AnnualReportsResolver } from './annual-reports.resolver';
import { AnnualReportsService } from './annual-reports.service';
import { ReportsController } from './reports.controller';

@Module({
  imports: [TaskForcesModule],
  controllers: [ReportsController],
  providers: [AnnualReportsService, AnnualReportsResolver, AnnualReportEventResolver],
})
export class AnnualReportsModule {}
