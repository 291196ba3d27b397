import { Module } from '@nestjs/common';
import { TaskForcesModule } from '../task-forces/task-forces.module';
import { AnnualReportEventResolver } from './annual-report-event.resolver';
import { AnnualReportsResolver } from './annual-reports.resolver';
import { AnnualReportsService } from './annual-reports.service';
import { ReportDownloadsResolver } from './report-downloads.resolver';
import { ReportLinksService } from './report-links.service';
import { ReportsController } from './reports.controller';

@Module({
  imports: [TaskForcesModule],
  controllers: [ReportsController],
  providers: [
    AnnualReportsService,
    AnnualReportsResolver,
    AnnualReportEventResolver,
    ReportDownloadsResolver,
    ReportLinksService,
  ],
})
export class AnnualReportsModule {}
