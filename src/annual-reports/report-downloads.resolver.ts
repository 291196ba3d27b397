import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { GraphQLContext } from '../common/graphql/graphql-context';
import { Language, resolveLanguage } from '../common/i18n/language';
import { AnnualReport } from './annual-report.entity';
import { CsvDialect } from './report-csv';
import { ReportLinksService } from './report-links.service';

const LANGUAGE_ARG = {
  type: () => Language,
  nullable: true,
  description: 'Default: your preferred language, else the browser’s, else Lithuanian.',
} as const;

/** Where a report is downloaded: plain paths for a bearer header, or signed addresses. */
@Resolver(() => AnnualReport)
export class ReportDownloadsResolver {
  constructor(private readonly links: ReportLinksService) {}

  @ResolveField(() => String, {
    description: 'Download as PDF with your bearer token (`?lang=lt|en`).',
  })
  pdfPath(report: AnnualReport) {
    return `/reports/${report.id}.pdf`;
  }

  @ResolveField(() => String, {
    description: 'Download the figures as CSV with your bearer token (`?lang=`, `?dialect=EXCEL`).',
  })
  csvPath(report: AnnualReport) {
    return `/reports/${report.id}.csv`;
  }

  @ResolveField(() => String, {
    description:
      'A signed address of the PDF that opens without a bearer header, for you only, for a few minutes (DOWNLOAD_LINK_MINUTES): a plain link or "save as" works.',
  })
  pdfUrl(
    @Parent() report: AnnualReport,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphQLContext,
    @Args('language', LANGUAGE_ARG) language?: Language,
  ) {
    return this.links.url(viewer, report.id, 'pdf', this.language(viewer, ctx, language));
  }

  @ResolveField(() => String, { description: 'A signed address of the CSV, as `pdfUrl`.' })
  csvUrl(
    @Parent() report: AnnualReport,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphQLContext,
    @Args('language', LANGUAGE_ARG) language?: Language,
    @Args('dialect', { type: () => CsvDialect, defaultValue: CsvDialect.RFC4180 })
    dialect?: CsvDialect,
  ) {
    const chosen = this.language(viewer, ctx, language);
    return this.links.url(viewer, report.id, 'csv', chosen, dialect);
  }

  private language(viewer: Viewer, ctx: GraphQLContext, asked?: Language): Language {
    return resolveLanguage({
      asked,
      preferred: viewer.preferredLanguage,
      acceptLanguage: ctx.req.headers['accept-language'],
    });
  }
}
