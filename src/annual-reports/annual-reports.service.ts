import { annualReportEvent } from '../notifications/notification-events';
import { NotificationKind } from '../notifications/notification.enums';
import { Notifier } from '../notifications/notifier.service';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { badInput, notFound } from '../common/errors/domain-error';
import { Clock } from '../common/time/clock';
import { nextNumber } from '../database/next-number';
import { MutationScope, TransactionService } from '../database/transaction.service';
import { paginate } from '../common/pagination/paginate';
import { TaskForceAccessService, visibleRecords } from '../task-forces/task-force-access.service';
import { stepTaskForceRecord } from '../task-forces/task-force-record-step';
import { TaskForce } from '../task-forces/task-force.entity';
import { buildAnnualReportFigures } from './annual-report-figures';
import { AnnualReportEventKind, AnnualReportStatus } from './annual-report.enums';
import { ANNUAL_REPORT_LIFECYCLE } from './annual-report-lifecycle';
import { AnnualReport } from './annual-report.entity';
import { AnnualReportEvent } from './annual-report-event.entity';
import {
  AnnualReportsArgs,
  AnnualReportStepInput,
  GenerateAnnualReportInput,
  ReturnAnnualReportInput,
  SaveAnnualReportNarrativeInput,
} from './dto/annual-report.inputs';

/** Who hears of each step of a report's history. */
const REPORT_NOTIFICATIONS: Record<AnnualReportEventKind, NotificationKind> = {
  [AnnualReportEventKind.SUBMITTED]: NotificationKind.ANNUAL_REPORT_SUBMITTED,
  [AnnualReportEventKind.RETURNED]: NotificationKind.ANNUAL_REPORT_RETURNED,
  [AnnualReportEventKind.ACCEPTED]: NotificationKind.ANNUAL_REPORT_ACCEPTED,
};

/** What a step adds to the report's history, if anything. */
type HistoryEntry = Pick<AnnualReportEvent, 'kind'> &
  Partial<Pick<AnnualReportEvent, 'reason' | 'narrative' | 'figures'>>;

@Injectable()
export class AnnualReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly access: TaskForceAccessService,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
  ) {}

  async annualReport(viewer: Viewer, taskForceId: string, year: number) {
    await this.access.require(viewer, 'read', { taskForceId });
    return this.dataSource.getRepository(AnnualReport).findOneBy({ taskForceId, year });
  }

  /** The reports of the task forces the caller reads (the Commission and the Ministry: all). */
  async annualReports(viewer: Viewer, args: AnnualReportsArgs) {
    const scope = await this.access.scopeOf(viewer);
    const query = this.dataSource
      .getRepository(AnnualReport)
      .createQueryBuilder('report')
      .where(visibleRecords(scope, 'report'));
    if (args.year) query.andWhere('report.year = :year', { year: args.year });
    if (args.status) query.andWhere('report.status = :status', { status: args.status });
    if (args.taskForceId) query.andWhere('report.taskForceId = :tf', { tf: args.taskForceId });
    // Submission takes the figures afresh: submitted reports come in the order they came in.
    return paginate(query, args, [
      { property: 'year', direction: 'DESC' },
      { property: 'figuresGeneratedAt', direction: 'ASC' },
    ]);
  }

  /** A report the caller may read, by id (for the downloads). */
  async readable(viewer: Viewer, id: string): Promise<AnnualReport> {
    const report = await this.dataSource.getRepository(AnnualReport).findOneBy({ id });
    if (!report) throw notFound('AnnualReport', id);
    await this.access.require(viewer, 'read', report);
    return report;
  }

  async generateAnnualReport(viewer: Viewer, input: GenerateAnnualReportInput) {
    const today = this.clock.today();
    if (input.year > Number(today.slice(0, 4))) {
      throw badInput([{ field: 'year', rule: 'IN_THE_FUTURE', message: 'has not begun yet' }]);
    }
    await this.access.require(viewer, 'keepRecords', input);
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      if (!(await manager.existsBy(TaskForce, { id: input.taskForceId }))) {
        throw notFound('TaskForce', input.taskForceId);
      }
      const existing = await manager.findOneBy(AnnualReport, {
        taskForceId: input.taskForceId,
        year: input.year,
      });
      if (existing) {
        await ANNUAL_REPORT_LIFECYCLE.require(
          'generateAnnualReport',
          existing.status,
          undefined,
          `The ${input.year} report`,
        );
      }
      const figures = await buildAnnualReportFigures(manager, input.taskForceId, input.year, today);
      const report = existing ?? manager.create(AnnualReport, { ...input, narrative: null });
      const before = existing ? { ...existing } : null;
      Object.assign(report, {
        figures: JSON.stringify(figures),
        figuresGeneratedAt: this.clock.now(),
        status: AnnualReportStatus.DRAFT,
      });
      const saved = await manager.save(report);
      await audit({
        operation: 'generateAnnualReport',
        entityType: 'AnnualReport',
        entityId: saved.id,
        before,
        after: saved,
      });
      return saved;
    });
  }

  saveAnnualReportNarrative(viewer: Viewer, input: SaveAnnualReportNarrativeInput) {
    return this.step(viewer, input, 'saveAnnualReportNarrative', async (report) => {
      await this.access.require(viewer, 'keepRecords', report);
      await this.require('saveAnnualReportNarrative', report);
      report.narrative = input.narrative;
      return null;
    });
  }

  /** Submission takes the figures afresh and freezes them. */
  submitAnnualReport(viewer: Viewer, input: AnnualReportStepInput) {
    return this.step(viewer, input, 'submitAnnualReport', async (report, manager) => {
      await this.access.require(viewer, 'submitAnnualReport', report);
      const status = await this.require('submitAnnualReport', report);
      const today = this.clock.today();
      const figures = await buildAnnualReportFigures(
        manager,
        report.taskForceId,
        report.year,
        today,
      );
      Object.assign(report, {
        figures: JSON.stringify(figures),
        figuresGeneratedAt: this.clock.now(),
        status,
        submittedAt: this.clock.now(),
        submittedById: viewer.personId,
        returnReason: null,
      });
      return {
        kind: AnnualReportEventKind.SUBMITTED,
        narrative: report.narrative,
        figures: report.figures,
      };
    });
  }

  acceptAnnualReport(viewer: Viewer, input: AnnualReportStepInput) {
    return this.step(viewer, input, 'acceptAnnualReport', async (report) => {
      await this.access.require(viewer, 'decideAnnualReport', report);
      this.decide(viewer, report, await this.require('acceptAnnualReport', report));
      return { kind: AnnualReportEventKind.ACCEPTED };
    });
  }

  returnAnnualReport(viewer: Viewer, input: ReturnAnnualReportInput) {
    return this.step(viewer, input, 'returnAnnualReport', async (report) => {
      await this.access.require(viewer, 'decideAnnualReport', report);
      this.decide(viewer, report, await this.require('returnAnnualReport', report));
      report.returnReason = input.reason;
      return { kind: AnnualReportEventKind.RETURNED, reason: input.reason };
    });
  }

  private decide(viewer: Viewer, report: AnnualReport, status: AnnualReportStatus) {
    Object.assign(report, {
      status,
      decidedAt: this.clock.now(),
      decidedById: viewer.personId,
    });
  }

  private step(
    viewer: Viewer,
    input: { id: string; version: number },
    operation: string,
    apply: (report: AnnualReport, manager: EntityManager) => Promise<HistoryEntry | null>,
  ): Promise<AnnualReport> {
    return this.tx.run(viewer.accountId, async (scope) => {
      const { saved, result: entry } = await stepTaskForceRecord(scope, this.access, viewer, {
        entity: AnnualReport,
        type: 'AnnualReport',
        name: 'The annual report',
        input,
        operation,
        apply: (report) => apply(report, scope.manager),
      });
      if (entry) await this.addToHistory(scope, viewer, saved, entry);
      return saved;
    });
  }

  /** Every submission, return and acceptance stays in the report's history as it happened. */
  private async addToHistory(
    { manager, audit }: MutationScope,
    viewer: Viewer,
    report: AnnualReport,
    entry: HistoryEntry,
  ) {
    const event = await manager.save(
      manager.create(AnnualReportEvent, {
        reason: null,
        narrative: null,
        figures: null,
        ...entry,
        reportId: report.id,
        sequence: await nextNumber(manager, AnnualReportEvent, 'sequence', { reportId: report.id }),
        at: this.clock.now(),
        byId: viewer.personId,
      }),
    );
    // The narrative and figures are in the report's own audit event of the same step.
    const { narrative: _narrative, figures: _figures, ...step } = event;
    await audit({
      operation: 'annualReportEvent',
      entityType: 'AnnualReportEvent',
      entityId: event.id,
      after: step,
    });
    await this.notifier.notify(
      manager,
      viewer.personId,
      annualReportEvent(REPORT_NOTIFICATIONS[entry.kind], report),
    );
  }

  /** The status the operation leads to, or FAILED_PRECONDITION from the report's lifecycle. */
  private require(operation: string, report: AnnualReport) {
    const subject = `The ${report.year} report`;
    return ANNUAL_REPORT_LIFECYCLE.require(operation, report.status, undefined, subject);
  }
}
