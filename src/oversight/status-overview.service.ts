import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { OPEN_STATUSES } from '../action-items/action-item.enums';
import { ActionItem } from '../action-items/action-item.entity';
import { Viewer } from '../auth/viewer';
import { countsSql } from '../common/entities/withdrawable.entity';
import { badInput } from '../common/errors/domain-error';
import { Clock } from '../common/time/clock';
import { addDays, vilniusDate, vilniusStartOfDay } from '../common/time/vilnius-time';
import { FollowUpStatus } from '../follow-ups/follow-up.enums';
import { FollowUpRequest } from '../follow-ups/follow-up-request.entity';
import { decisionTakenSql } from '../meetings/decision-outcome';
import { Decision } from '../meetings/decision.entity';
import { MeetingStatus } from '../meetings/meeting.enums';
import { Meeting } from '../meetings/meeting.entity';
import { PreventionActivity } from '../prevention-activities/prevention-activity.entity';
import { Membership } from '../task-forces/membership.entity';
import { TaskForceAccessService } from '../task-forces/task-force-access.service';
import { TaskForce } from '../task-forces/task-force.entity';
import { PeriodArgs, StatusOverview, StatusOverviewRow } from './dto/status-overview.types';
import { rateTaskForce } from './status-rating';
import { namedQuery } from '../database/named-query';

type Row = Record<string, string | number | Date | null>;
type Figures = Map<string, Row>;

const OPEN = `('${OPEN_STATUSES.join("','")}')`;
const num = (value: unknown) => Number(value ?? 0);

/** SQLite hands back `YYYY-MM-DD HH:MM:SS.SSS` in UTC; PostgreSQL a Date. */
const toInstant = (value: unknown): Date | null => {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  const text = String(value);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
};

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * The Commission's overview: one aggregate query per figure over all task forces at once, so
 * the number of statements does not grow with the number of task forces.
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
    if (from > to) throw badInput([{ field: 'from', message: 'is after to' }]);
    const scope = await this.access.scopeOf(viewer);
    const ids = scope.readsEveryTaskForce ? null : [...scope.roles.keys()];
    if (ids && !ids.length) return { period: { from, to }, rows: [] };

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
        this.members(ids, today),
        this.meetings(ids, window),
        this.decisions(ids, window),
        this.actionItems(ids, window, today),
        this.measuresCovered(ids, window, from, to),
        this.activities(ids, from, to),
        this.followUps(ids, today),
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
        daysSinceLastMeeting: lastMeetingOn ? daysBetween(lastMeetingOn, today) : null,
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
      return { taskForce, ...figures, rating, reasons };
    });
    return { period: { from, to }, rows };
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

  private members(ids: string[] | null, today: string) {
    return this.grouped(
      this.dataSource
        .getRepository(Membership)
        .createQueryBuilder('m')
        .innerJoin('m.person', 'person')
        .select('COUNT(DISTINCT m.personId)', 'members')
        .addSelect('COUNT(DISTINCT person.institutionId)', 'institutions')
        .where('m.validFrom <= :today AND (m.validTo IS NULL OR m.validTo >= :today)', { today }),
      'm.taskForceId',
      ids,
    );
  }

  private meetings(ids: string[] | null, window: { from: Date; to: Date }) {
    const held = `meeting.status = '${MeetingStatus.HELD}'`;
    return this.grouped(
      this.dataSource
        .getRepository(Meeting)
        .createQueryBuilder('meeting')
        .select(
          `SUM(CASE WHEN ${held} AND meeting.startsAt >= :from AND meeting.startsAt < :to THEN 1 ELSE 0 END)`,
          'held',
        )
        .addSelect(`MAX(CASE WHEN ${held} THEN meeting.startsAt END)`, 'lastHeld')
        .setParameters(window),
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

  private actionItems(ids: string[] | null, window: { from: Date; to: Date }, today: string) {
    const doneInPeriod = `item.status = 'DONE' AND item.completedAt >= :from AND item.completedAt < :to`;
    return this.grouped(
      this.dataSource
        .getRepository(ActionItem)
        .createQueryBuilder('item')
        .select(`SUM(CASE WHEN item.status IN ${OPEN} THEN 1 ELSE 0 END)`, 'open')
        .addSelect(
          `SUM(CASE WHEN item.status IN ${OPEN} AND item.dueDate < :today THEN 1 ELSE 0 END)`,
          'overdue',
        )
        .addSelect(
          `SUM(CASE WHEN ${doneInPeriod} AND item.completedOn <= item.dueDate THEN 1 ELSE 0 END)`,
          'onTime',
        )
        .addSelect(
          `SUM(CASE WHEN ${doneInPeriod} AND item.completedOn > item.dueDate THEN 1 ELSE 0 END)`,
          'late',
        )
        .setParameters({ ...window, today }),
      'item.taskForceId',
      ids,
    );
  }

  /** Distinct measures served in the period by decisions, open or touched items, activities. */
  private async measuresCovered(
    ids: string[] | null,
    window: { from: Date; to: Date },
    from: string,
    to: string,
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
          WHERE (i.status IN ${OPEN} OR (i.updated_at >= :from AND i.updated_at < :to))${scoped('i.task_force_id')}
        UNION
        SELECT a.task_force_id, am.measure_id FROM prevention_activity a
          JOIN prevention_activity_measure am ON am.activity_id = a.id
          WHERE a.date >= :fromDate AND a.date <= :toDate AND ${countsSql('a')}${scoped('a.task_force_id')}
      ) links
      GROUP BY links.task_force_id`;
    const rows = await namedQuery<Row>(this.dataSource, sql, {
      ...window,
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

  private followUps(ids: string[] | null, today: string) {
    return this.grouped(
      this.dataSource
        .getRepository(FollowUpRequest)
        .createQueryBuilder('request')
        .select(
          `SUM(CASE WHEN request.status <> '${FollowUpStatus.CLOSED}' THEN 1 ELSE 0 END)`,
          'open',
        )
        .addSelect(
          `SUM(CASE WHEN request.status = '${FollowUpStatus.OPEN}' AND request.dueDate < :today THEN 1 ELSE 0 END)`,
          'overdue',
        )
        .setParameters({ today }),
      'request.taskForceId',
      ids,
    );
  }
}
