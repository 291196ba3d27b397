import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import {
  doneLateSql,
  doneOnTimeSql,
  doneWithinSql,
  openAtSql,
  overdueAtSql,
} from '../action-items/action-item-timeliness';
import { ActionItem } from '../action-items/action-item.entity';
import { Viewer } from '../auth/viewer';
import { countsSql } from '../common/entities/withdrawable.entity';
import { badInput } from '../common/errors/domain-error';
import { Clock } from '../common/time/clock';
import { addDays, vilniusDate, vilniusStartOfDay } from '../common/time/vilnius-time';
import { followUpOpenAtSql, followUpOverdueAtSql } from '../follow-ups/follow-up-timeliness';
import { FollowUpRequest } from '../follow-ups/follow-up-request.entity';
import { decisionTakenSql } from '../meetings/decision-outcome';
import { Decision } from '../meetings/decision.entity';
import { MeetingStatus } from '../meetings/meeting.enums';
import { Meeting } from '../meetings/meeting.entity';
import { PreventionActivity } from '../prevention-activities/prevention-activity.entity';
import { Membership } from '../task-forces/membership.entity';
import { validOnSql } from '../task-forces/membership-validity';
import { TaskForceAccessService } from '../task-forces/task-force-access.service';
import { TaskForce } from '../task-forces/task-force.entity';
import { PeriodArgs, StatusOverview, StatusOverviewRow } from './dto/status-overview.types';
import { rateTaskForce } from './status-rating';
import { namedQuery } from '../database/named-query';
import { rawInstant } from '../database/raw-instant';

type Row = Record<string, string | number | Date | null>;
type Figures = Map<string, Row>;

const num = (value: unknown) => Number(value ?? 0);

const toInstant = (value: unknown): Date | null =>
  value === null || value === undefined ? null : rawInstant(value as string | Date);

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** When figures stand: the end of the period, or now while it runs (see statusOverview). */
interface AsOf {
  /** The Vilnius date figures stand at. */
  date: string;
  /** The start of the next day: records and changes before it count. */
  end: Date;
}

/**
 * The Commission's overview: one aggregate query per figure over all task forces at once, so
 * the number of statements does not grow with the number of task forces. Every figure stands
 * at the end of the period (or today while it runs): members, last meeting, open and overdue
 * items and follow-ups are as they were then, read from the dated records and their history.
 */
@Injectable()
export class StatusOverviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: TaskForceAccessService,
    private readonly clock: Clock,
  ) {}

  async statusOverview(viewer: Viewer, args: PeriodArgs): Promise<StatusOverview> {
    const today = this.clock.today();
    const to = args.to ?? today;
    const from = args.from ?? addDays(`${Number(to.slice(0, 4)) - 1}${to.slice(4)}`, 1);
    if (from > to) throw badInput([{ field: 'from', rule: 'DATE_ORDER', message: 'is after to' }]);
    const scope = await this.access.scopeOf(viewer);
    const ids = scope.readsEveryTaskForce ? null : [...scope.roles.keys()];
    // A period that has not ended yet stands at today.
    const date = to < today ? to : today;
    const asOf: AsOf = { date, end: vilniusStartOfDay(addDays(date, 1)) };
    if (ids && !ids.length) return { period: { from, to }, asOf: asOf.date, rows: [] };

    const taskForces = await this.restrict(
      this.dataSource.getRepository(TaskForce).createQueryBuilder('tf'),
      'tf.id',
      ids,
    )
      .orderBy('tf.name')
      .getMany();
    const window = { from: vilniusStartOfDay(from), to: vilniusStartOfDay(addDays(to, 1)) };
    const [members, meetings, decisions, items, measures, activities, followUps] =
      await Promise.all([
        this.members(ids, asOf),
        this.meetings(ids, window, asOf),
        this.decisions(ids, window),
        this.actionItems(ids, from, to, asOf),
        this.measuresCovered(ids, window, from, to, asOf),
        this.activities(ids, from, to),
        this.followUps(ids, asOf),
      ]);

    const rows = taskForces.map((taskForce): StatusOverviewRow => {
      const get = (figures: Figures, column: string) => num(figures.get(taskForce.id)?.[column]);
      const last = toInstant(meetings.get(taskForce.id)?.lastHeld);
      const lastMeetingOn = last && vilniusDate(last);
      const figures = {
        members: get(members, 'members'),
        institutions: get(members, 'institutions'),
        meetingsHeld: get(meetings, 'held'),
        lastMeetingOn,
        daysSinceLastMeeting: lastMeetingOn ? daysBetween(lastMeetingOn, asOf.date) : null,
        decisions: get(decisions, 'decisions'),
        actionItemsOpen: get(items, 'open'),
        actionItemsOverdue: get(items, 'overdue'),
        actionItemsDoneOnTime: get(items, 'onTime'),
        actionItemsDoneLate: get(items, 'late'),
        measuresCovered: get(measures, 'measures'),
        preventionActivities: get(activities, 'activities'),
        preventionParticipants: get(activities, 'participants'),
        openFollowUps: get(followUps, 'open'),
        overdueFollowUps: get(followUps, 'overdue'),
      };
      const { rating, reasons } = rateTaskForce({
        ...figures,
        openActionItems: figures.actionItemsOpen,
        overdueActionItems: figures.actionItemsOverdue,
        doneOnTime: figures.actionItemsDoneOnTime,
        doneLate: figures.actionItemsDoneLate,
      });
      return {
        taskForce,
        ...figures,
        rating,
        reasons: reasons.map((reason) => reason.text),
        ratingReasons: reasons,
      };
    });
    return { period: { from, to }, asOf: asOf.date, rows };
  }

  private restrict<T extends object>(
    query: SelectQueryBuilder<T>,
    column: string,
    ids: string[] | null,
  ) {
    return ids ? query.andWhere(`${column} IN (:...scopeIds)`, { scopeIds: ids }) : query;
  }

  private async grouped<T extends object>(
    query: SelectQueryBuilder<T>,
    column: string,
    ids: string[] | null,
  ): Promise<Figures> {
    const rows = await this.restrict(query, column, ids)
      .addSelect(column, 'taskForceId')
      .groupBy(column)
      .getRawMany<Row>();
    return new Map(rows.map((row) => [String(row.taskForceId), row]));
  }

  /** Members on the date; their institutions as the people's records say today (no history). */
  private members(ids: string[] | null, asOf: AsOf) {
    return this.grouped(
      this.dataSource
        .getRepository(Membership)
        .createQueryBuilder('m')
        .innerJoin('m.person', 'person')
        .select('COUNT(DISTINCT m.personId)', 'members')
        .addSelect('COUNT(DISTINCT person.institutionId)', 'institutions')
        .where(validOnSql('m', ':asOf'), { asOf: asOf.date }),
      'm.taskForceId',
      ids,
    );
  }

  private meetings(ids: string[] | null, window: { from: Date; to: Date }, asOf: AsOf) {
    const held = `meeting.status = '${MeetingStatus.HELD}'`;
    return this.grouped(
      this.dataSource
        .getRepository(Meeting)
        .createQueryBuilder('meeting')
        .select(
          `SUM(CASE WHEN ${held} AND meeting.startsAt >= :from AND meeting.startsAt < :to THEN 1 ELSE 0 END)`,
          'held',
        )
        .addSelect(
          `MAX(CASE WHEN ${held} AND meeting.startsAt < :end THEN meeting.startsAt END)`,
          'lastHeld',
        )
        .setParameters({ ...window, end: asOf.end }),
      'meeting.taskForceId',
      ids,
    );
  }

  private decisions(ids: string[] | null, window: { from: Date; to: Date }) {
    return this.grouped(
      this.dataSource
        .getRepository(Decision)
        .createQueryBuilder('decision')
        .innerJoin(Meeting, 'meeting', 'meeting.id = decision.meetingId')
        .select('COUNT(*)', 'decisions')
        .where('meeting.startsAt >= :from AND meeting.startsAt < :to', window)
        .andWhere(decisionTakenSql('decision')),
      'decision.taskForceId',
      ids,
    );
  }

  /** Open and overdue at the end of the period; done (on time or late) within it. */
  private actionItems(ids: string[] | null, from: string, to: string, asOf: AsOf) {
    const done = doneWithinSql('item', ':fromDate', ':toDate');
    return this.grouped(
      this.dataSource
        .getRepository(ActionItem)
        .createQueryBuilder('item')
        .select(`SUM(CASE WHEN ${openAtSql('item', ':end')} THEN 1 ELSE 0 END)`, 'open')
        .addSelect(
          `SUM(CASE WHEN ${overdueAtSql('item', ':end', ':asOf')} THEN 1 ELSE 0 END)`,
          'overdue',
        )
        .addSelect(
          `SUM(CASE WHEN ${done} AND ${doneOnTimeSql('item')} THEN 1 ELSE 0 END)`,
          'onTime',
        )
        .addSelect(`SUM(CASE WHEN ${done} AND ${doneLateSql('item')} THEN 1 ELSE 0 END)`, 'late')
        .setParameters({ fromDate: from, toDate: to, end: asOf.end, asOf: asOf.date }),
      'item.taskForceId',
      ids,
    );
  }

  /**
   * Distinct measures served in the period by decisions, activities and items: those open at
   * its end, done in it or created in it.
   */
  private async measuresCovered(
    ids: string[] | null,
    window: { from: Date; to: Date },
    from: string,
    to: string,
    asOf: AsOf,
  ): Promise<Figures> {
    const scoped = (column: string) => (ids ? ` AND ${column} IN (:...ids)` : '');
    const sql = `
      SELECT links.task_force_id AS "taskForceId", COUNT(DISTINCT links.measure_id) AS "measures"
      FROM (
        SELECT d.task_force_id, dm.measure_id FROM decision d
          JOIN decision_measure dm ON dm.decision_id = d.id
          JOIN meeting m ON m.id = d.meeting_id
          WHERE m.starts_at >= :from AND m.starts_at < :to AND ${decisionTakenSql('d')}${scoped('d.task_force_id')}
        UNION
        SELECT i.task_force_id, im.measure_id FROM action_item i
          JOIN action_item_measure im ON im.action_item_id = i.id
          WHERE (${openAtSql('i', ':end')} OR ${doneWithinSql('i', ':fromDate', ':toDate')}
            OR (i.created_at >= :from AND i.created_at < :to))${scoped('i.task_force_id')}
        UNION
        SELECT a.task_force_id, am.measure_id FROM prevention_activity a
          JOIN prevention_activity_measure am ON am.activity_id = a.id
          WHERE a.date >= :fromDate AND a.date <= :toDate AND ${countsSql('a')}${scoped('a.task_force_id')}
      ) links
      GROUP BY links.task_force_id`;
    const rows = await namedQuery<Row>(this.dataSource, sql, {
      ...window,
      end: asOf.end,
      fromDate: from,
      toDate: to,
      ids: ids ?? [],
    });
    return new Map(rows.map((row) => [String(row.taskForceId), row]));
  }

  private activities(ids: string[] | null, from: string, to: string) {
    return this.grouped(
      this.dataSource
        .getRepository(PreventionActivity)
        .createQueryBuilder('activity')
        .select('COUNT(*)', 'activities')
        .addSelect('COALESCE(SUM(activity.participants), 0)', 'participants')
        .where('activity.date >= :from AND activity.date <= :to', { from, to })
        .andWhere(countsSql('activity')),
      'activity.taskForceId',
      ids,
    );
  }

  private followUps(ids: string[] | null, asOf: AsOf) {
    return this.grouped(
      this.dataSource
        .getRepository(FollowUpRequest)
        .createQueryBuilder('request')
        .select(`SUM(CASE WHEN ${followUpOpenAtSql('request', ':end')} THEN 1 ELSE 0 END)`, 'open')
        .addSelect(
          `SUM(CASE WHEN ${followUpOverdueAtSql('request', ':end', ':asOf')} THEN 1 ELSE 0 END)`,
          'overdue',
        )
        .setParameters({ end: asOf.end, asOf: asOf.date }),
      'request.taskForceId',
      ids,
    );
  }
}
