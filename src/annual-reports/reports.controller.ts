import { Controller, Get, NotFoundException, Param, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Allow, Audience } from '../auth/allow.decorator';
import { RequestWithViewer } from '../common/graphql/graphql-context';
import { AnnualReportsService } from './annual-reports.service';
import { renderReportCsv } from './report-csv';
import { renderReportPdf } from './report-pdf';

const FILE = /^([0-9a-f-]{36})\.(pdf|csv)$/i;

/** Report downloads, authorised exactly like `annualReport`: a bearer token of a reader. */
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: AnnualReportsService) {}

  @Get(':file')
  @Allow(Audience.AUTHENTICATED)
  async download(@Param('file') file: string, @Req() req: RequestWithViewer, @Res() res: Response) {
    const match = FILE.exec(file);
    if (!match) throw new NotFoundException('No report at this address.');
    const [, id, format] = match;
    const report = await this.reports.readable(req.viewer!, id);
    const figures = JSON.parse(report.figures);
    const name = `metine-ataskaita-${report.year}-${report.id.slice(0, 8)}.${format}`;
    res.set('Content-Disposition', `attachment; filename="${name}"`);
    res.set('Cache-Control', 'private, no-store');
    if (format.toLowerCase() === 'csv') {
      res.type('text/csv; charset=utf-8').send(renderReportCsv(figures, report.status));
      return;
    }
    res.type('application/pdf').send(await renderReportPdf(figures, report));
  }
}
