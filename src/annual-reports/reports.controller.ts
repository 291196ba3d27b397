import { Controller, Get, NotFoundException, Param, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Allow, Audience } from '../auth/allow.decorator';
import { unauthenticated } from '../common/errors/domain-error';
import { resolveLanguage } from '../common/i18n/language';
import { RequestWithViewer } from '../common/graphql/graphql-context';
import { AnnualReportsService } from './annual-reports.service';
import { CsvDialect, renderReportCsv } from './report-csv';
import { ReportLinksService, SignedLinkQuery } from './report-links.service';
import { renderReportPdf } from './report-pdf';

const FILE = /^([0-9a-f-]{36})\.(pdf|csv)$/i;

interface DownloadQuery extends SignedLinkQuery {
  lang?: unknown;
  dialect?: unknown;
}

/**
 * Report downloads, authorised exactly like `annualReport`: a bearer token of a reader, or a
 * signed address from `pdfUrl`/`csvUrl` (a plain link a browser opens or saves).
 */
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: AnnualReportsService,
    private readonly links: ReportLinksService,
  ) {}

  @Get(':file')
  @Allow(Audience.PUBLIC)
  async download(
    @Param('file') file: string,
    @Query() query: DownloadQuery,
    @Req() req: RequestWithViewer,
    @Res() res: Response,
  ) {
    const match = FILE.exec(file);
    if (!match) throw new NotFoundException('No report at this address.');
    const [, id, format] = match;
    const viewer =
      req.viewer ??
      (query.signature !== undefined ? await this.links.viewerFor(file, query) : null);
    if (!viewer) throw unauthenticated();
    const report = await this.reports.readable(viewer, id);
    const figures = JSON.parse(report.figures);
    const language = resolveLanguage({
      asked: query.lang,
      preferred: viewer.preferredLanguage,
      acceptLanguage: req.headers['accept-language'],
    });
    const name = `metine-ataskaita-${report.year}-${report.id.slice(0, 8)}.${format}`;
    res.set('Content-Disposition', `attachment; filename="${name}"`);
    res.set('Cache-Control', 'private, no-store');
    if (format.toLowerCase() === 'csv') {
      const dialect = query.dialect === CsvDialect.EXCEL ? CsvDialect.EXCEL : CsvDialect.RFC4180;
      const csv = renderReportCsv(figures, report.status, language, dialect);
      res.type('text/csv; charset=utf-8').send(csv);
      return;
    }
    res.type('application/pdf').send(await renderReportPdf(figures, report, language));
  }
}
