import { Args, Mutation, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Audience } from '../auth/allow.decorator';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { SystemRole } from '../auth/system-role.enum';
import type { Viewer } from '../auth/viewer';
import { GraphQLContext, NoArgs } from '../common/graphql/graphql-context';
import { Connection } from '../common/pagination/connection.type';
import { Person } from '../people/person.entity';
import { TaskForce } from '../task-forces/task-force.entity';
import { AnnualReport } from './annual-report.entity';
import { AnnualReportEvent } from './annual-report-event.entity';
import { AnnualReportsService } from './annual-reports.service';
import { AnnualReportFigures } from './dto/annual-report-figures.type';
import {
  AnnualReportArgs,
  AnnualReportsArgs,
  AnnualReportStepInput,
  GenerateAnnualReportInput,
  ReturnAnnualReportInput,
  SaveAnnualReportNarrativeInput,
} from './dto/annual-report.inputs';

@ObjectType()
export class AnnualReportConnection extends Connection(AnnualReport) {}

@Resolver(() => AnnualReport)
export class AnnualReportsResolver {
  constructor(private readonly service: AnnualReportsService) {}

  @Query(() => AnnualReport, { nullable: true, description: 'Null until it is generated.' })
  @Allow(Audience.AUTHENTICATED)
  annualReport(@CurrentViewer() viewer: Viewer, @Args() args: AnnualReportArgs) {
    return this.service.annualReport(viewer, args.taskForceId, args.year);
  }

  @Query(() => AnnualReportConnection, {
    description:
      'Annual reports of the task forces you read (the Commission and the Ministry: every one), newest year first; within a year by when the figures were taken, earliest first, which for a submitted report is its submission: SUBMITTED ones form the queue awaiting a decision, in the order they came in.',
  })
  @Allow(Audience.AUTHENTICATED)
  annualReports(@CurrentViewer() viewer: Viewer, @Args() args: AnnualReportsArgs) {
    return this.service.annualReports(viewer, args);
  }

  @Mutation(() => AnnualReport, {
    description: 'Builds (or rebuilds) the draft from the records: chair, deputy or secretary.',
  })
  @Allow(Audience.AUTHENTICATED)
  generateAnnualReport(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: GenerateAnnualReportInput,
  ) {
    return this.service.generateAnnualReport(viewer, input);
  }

  @Mutation(() => AnnualReport)
  @Allow(Audience.AUTHENTICATED)
  saveAnnualReportNarrative(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SaveAnnualReportNarrativeInput,
  ) {
    return this.service.saveAnnualReportNarrative(viewer, input);
  }

  @Mutation(() => AnnualReport, { description: 'Submits the report and freezes its figures.' })
  @Allow(Audience.AUTHENTICATED)
  submitAnnualReport(@CurrentViewer() viewer: Viewer, @Args('input') input: AnnualReportStepInput) {
    return this.service.submitAnnualReport(viewer, input);
  }

  @Mutation(() => AnnualReport)
  @Allow(SystemRole.MINISTRY, SystemRole.COMMISSION)
  acceptAnnualReport(@CurrentViewer() viewer: Viewer, @Args('input') input: AnnualReportStepInput) {
    return this.service.acceptAnnualReport(viewer, input);
  }

  @Mutation(() => AnnualReport, { description: 'Sends it back with a reason.' })
  @Allow(SystemRole.MINISTRY, SystemRole.COMMISSION)
  returnAnnualReport(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ReturnAnnualReportInput,
  ) {
    return this.service.returnAnnualReport(viewer, input);
  }

  @ResolveField(() => AnnualReportFigures)
  figures(report: AnnualReport): AnnualReportFigures {
    return JSON.parse(report.figures);
  }

  @ResolveField(() => [AnnualReportEvent], {
    description:
      'Every submission (with the narrative and figures as submitted), return (with its reason) and acceptance, oldest first.',
  })
  history(report: AnnualReport, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders.children(AnnualReportEvent, 'reportId', report.id, { sequence: 'ASC' });
  }

  @ResolveField(() => TaskForce)
  taskForce(report: AnnualReport, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders.byId(TaskForce, report.taskForceId);
  }

  @ResolveField(() => Person, { nullable: true })
  submittedBy(report: AnnualReport, _args: NoArgs, ctx: GraphQLContext) {
    return report.submittedById ? ctx.loaders.byId(Person, report.submittedById) : null;
  }

  @ResolveField(() => Person, { nullable: true })
  decidedBy(report: AnnualReport, _args: NoArgs, ctx: GraphQLContext) {
    return report.decidedById ? ctx.loaders.byId(Person, report.decidedById) : null;
  }
}
