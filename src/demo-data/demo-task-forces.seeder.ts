import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, EntityTarget, In } from 'typeorm';
import { ActionItem } from '../action-items/action-item.entity';
import { ActionUpdate } from '../action-items/action-update.entity';
import { IndicatorContribution } from '../action-items/indicator-contribution.entity';
import { buildAnnualReportFigures } from '../annual-reports/annual-report-figures';
import { AnnualReport } from '../annual-reports/annual-report.entity';
import { AnnualReportEvent } from '../annual-reports/annual-report-event.entity';
import { AnnualReportEventKind } from '../annual-reports/annual-report.enums';
import { Account } from '../auth/account.entity';
import { SystemRole } from '../auth/system-role.enum';
import { Clock } from '../common/time/clock';
import { vilniusDate } from '../common/time/vilnius-time';
import { TransactionService } from '../database/transaction.service';
import { FollowUpMessage } from '../follow-ups/follow-up-message.entity';
import { FollowUpRequest } from '../follow-ups/follow-up-request.entity';
import { Institution } from '../institutions/institution.entity';
import { AgendaItem } from '../meetings/agenda-item.entity';
import { Attendance } from '../meetings/attendance.entity';
import { Decision } from '../meetings/decision.entity';
import { MeetingGuest } from '../meetings/meeting-guest.entity';
import { Meeting } from '../meetings/meeting.entity';
import { Minutes } from '../meetings/minutes.entity';
import { Municipality } from '../municipalities/municipality.entity';
import { NationalPlan } from '../national-plans/national-plan.entity';
import { PlanIndicator } from '../national-plans/plan-indicator.entity';
import { PlanMeasure } from '../national-plans/plan-measure.entity';
import { Person } from '../people/person.entity';
import { PreventionActivity } from '../prevention-activities/prevention-activity.entity';
import { Membership } from '../task-forces/membership.entity';
import { TaskForce } from '../task-forces/task-force.entity';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { Overseers } from './demo-plan.types';
import { buildDemoData } from './demo-task-forces';

/** The plan whose measures the demo records link to (the active one in the reference data). */
export const DEMO_PLAN_CODE = 'KPZ-2024';

/** Rows per INSERT: well under SQLite's limit on bound parameters. */
const CHUNK = 200;

async function insertAll(manager: EntityManager, target: EntityTarget<object>, rows: object[]) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(rows.slice(i, i + CHUNK))
      // The ids are ours already; reading back the database defaults would only cost time.
      .updateEntity(false)
      .execute();
  }
}

/**
 * Writes the demo task forces, their rosters, a year of meetings, action items and prevention
 * activities, the follow-up requests sent to them and last year's annual reports in one
 * transaction. Runs on a database without task forces only: once there
 * are any, they belong to their users.
 */
@Injectable()
export class DemoTaskForcesSeeder {
  private readonly logger = new Logger(DemoTaskForcesSeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly clock: Clock,
  ) {}

  async seed(passwordHash: () => Promise<string>): Promise<void> {
    if (await this.dataSource.getRepository(TaskForce).exists()) return;
    const hash = await passwordHash();
    const counts = await this.tx.run(null, async ({ manager, audit }) => {
      const now = this.clock.now();
      const demo = buildDemoData({ now, ...(await this.referenceData(manager)) });
      // An account someone already made under one of these e-mails is left as it is.
      const taken = new Set(
        (await manager.findBy(Account, { email: In(demo.accounts.map((a) => a.email)) })).map(
          (a) => a.email,
        ),
      );
      const accounts = demo.accounts
        .filter((a) => !taken.has(a.email))
        .map((a) => ({ ...a, passwordHash: hash, systemRole: SystemRole.NONE }));

      await insertAll(manager, Person, demo.people);
      await insertAll(manager, Account, accounts);
      await insertAll(manager, TaskForce, demo.taskForces);
      await insertAll(manager, Membership, demo.memberships);
      await insertAll(manager, Meeting, demo.meetings);
      await insertAll(manager, AgendaItem, demo.agendaItems);
      await insertAll(manager, 'agenda_item_measure', demo.agendaItemMeasures);
      await insertAll(manager, Attendance, demo.attendance);
      await insertAll(manager, MeetingGuest, demo.guests);
      await insertAll(manager, Decision, demo.decisions);
      await insertAll(manager, 'decision_measure', demo.decisionMeasures);
      await insertAll(manager, Minutes, demo.minutes);
      // These carry their own timestamps: a year of work was not all recorded today.
      await insertAll(manager, ActionItem, demo.actionItems);
      await insertAll(manager, 'action_item_measure', demo.actionItemMeasures);
      await insertAll(manager, ActionUpdate, demo.actionUpdates);
      await insertAll(manager, IndicatorContribution, demo.contributions);
      await insertAll(manager, PreventionActivity, demo.activities);
      await insertAll(manager, 'prevention_activity_partner', demo.activityPartners);
      await insertAll(manager, 'prevention_activity_measure', demo.activityMeasures);
      await insertAll(manager, FollowUpRequest, demo.followUps);
      await insertAll(manager, FollowUpMessage, demo.followUpMessages);
      // Last, so the figures are those of every record above, as generating one would take them.
      // One report after the other: the transaction has one connection.
      const today = vilniusDate(now);
      const reports = [];
      for (const report of demo.annualReports) {
        const figures = await buildAnnualReportFigures(
          manager,
          report.taskForceId,
          report.year,
          today,
        );
        reports.push({ ...report, figures: JSON.stringify(figures) });
      }
      await insertAll(manager, AnnualReport, reports);
      // A submission keeps the figures as submitted: in the demo, the report's own.
      const submitted = new Map(reports.map((report) => [report.id, report.figures]));
      await insertAll(
        manager,
        AnnualReportEvent,
        demo.annualReportEvents.map((event) => ({
          ...event,
          figures:
            event.kind === AnnualReportEventKind.SUBMITTED ? submitted.get(event.reportId) : null,
        })),
      );

      const counts = {
        taskForces: demo.taskForces.length,
        people: demo.people.length,
        memberships: demo.memberships.length,
        accounts: accounts.length,
        meetings: demo.meetings.length,
        agendaItems: demo.agendaItems.length,
        attendance: demo.attendance.length,
        guests: demo.guests.length,
        decisions: demo.decisions.length,
        minutes: demo.minutes.length,
        actionItems: demo.actionItems.length,
        actionUpdates: demo.actionUpdates.length,
        indicatorContributions: demo.contributions.length,
        preventionActivities: demo.activities.length,
        activityPartners: demo.activityPartners.length,
        followUpRequests: demo.followUps.length,
        followUpMessages: demo.followUpMessages.length,
        annualReports: reports.length,
        annualReportEvents: demo.annualReportEvents.length,
        measureLinks:
          demo.agendaItemMeasures.length +
          demo.decisionMeasures.length +
          demo.actionItemMeasures.length +
          demo.activityMeasures.length,
      };
      await audit({
        operation: 'seedDemoData',
        entityType: 'DemoData',
        entityId: 'demo-data',
        after: counts,
      });
      for (const account of await manager.findBy(Account, {
        email: In(accounts.map((a) => a.email)),
      })) {
        await audit({
          operation: 'seedDemoData',
          entityType: 'Account',
          entityId: account.id,
          after: account,
        });
      }
      return counts;
    });
    this.logger.log(`Demo task forces added: ${JSON.stringify(counts)}`);
  }

  private async referenceData(manager: EntityManager) {
    const plan = await manager.findOneBy(NationalPlan, { code: DEMO_PLAN_CODE });
    const [municipalities, institutions, measures] = await Promise.all([
      manager.find(Municipality),
      manager.find(Institution),
      plan ? manager.findBy(PlanMeasure, { planId: plan.id }) : Promise.resolve([]),
    ]);
    const indicators = measures.length
      ? await manager.findBy(PlanIndicator, { measureId: In(measures.map((m) => m.id)) })
      : [];
    return {
      municipalities,
      institutions,
      measures,
      indicators,
      overseers: await this.overseers(manager),
    };
  }

  /** The people of the national demo accounts (made just before), who ask and decide. */
  private async overseers(manager: EntityManager): Promise<Overseers> {
    const personOf = async (role: SystemRole) => {
      const demo = DEMO_ACCOUNTS.find((a) => a.systemRole === role)!;
      const account = await manager.findOneBy(Account, { email: demo.email, systemRole: role });
      return account?.personId ?? null;
    };
    return {
      commission: await personOf(SystemRole.COMMISSION),
      ministry: await personOf(SystemRole.MINISTRY),
    };
  }
}
