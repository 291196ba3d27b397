import { EntityManager } from 'typeorm';
import { ActionItemStatus } from '../action-items/action-item.enums';
import { ActionItem } from '../action-items/action-item.entity';
import { doneLateSql, doneOnTimeSql, doneWithinSql } from '../action-items/action-item-timeliness';
import {
  figureCountsSql,
  IndicatorContribution,
} from '../action-items/indicator-contribution.entity';
import { countsSql } from '../common/entities/withdrawable.entity';
import { addDays, vilniusDate, vilniusStartOfDay } from '../common/time/vilnius-time';
import { FollowUpRequest } from '../follow-ups/follow-up-request.entity';
import { Attendance } from '../meetings/attendance.entity';
import { decisionTakenSql } from '../meetings/decision-outcome';
import { Decision } from '../meetings/decision.entity';
import { MeetingStatus } from '../meetings/meeting.enums';
import { Meeting } from '../meetings/meeting.entity';
import { quorumFromRecords } from '../meetings/quorum';
import { Municipality } from '../municipalities/municipality.entity';
import { PlanIndicator } from '../national-plans/plan-indicator.entity';
import { PlanMeasure } from '../national-plans/plan-measure.entity';
import { Person } from '../people/person.entity';
import { PreventionActivity } from '../prevention-activities/prevention-activity.entity';
import { Membership } from '../task-forces/membership.entity';
import { isValidOn } from '../task-forces/membership-validity';
import { TaskForce } from '../task-forces/task-force.entity';
import { AnnualReportFigures, LabelledCount } from './dto/annual-report-figures.type';

type Row = Record<string, string | number | null>;

const counts = (rows: Row[], participants = false): LabelledCount[] =>
  rows.map((row) => ({
    label: String(row.label),
    count: Number(row.count),
    participants: participants ? Number(row.participants ?? 0) : null,
  }));

/**
 * Takes a task force's figures for one calendar year (Vilnius dates) from its records. Each
 * figure is one aggregate query; only the attendance rate walks the year's few meetings.
 */
export async function buildAnnualReportFigures(
  manager: EntityManager,
  taskForceId: string,
  year: number,
  today: string,
): Promise<AnnualReportFigures> {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const from = vilniusStartOfDay(first);
  const to = vilniusStartOfDay(addDays(last, 1));
  const asOf = today < last ? today : last;
  const taskForce = await manager.findOneByOrFail(TaskForce, { id: taskForceId });
  const municipality = await manager.findOneByOrFail(Municipality, {
    id: taskForce.municipalityId,
  });

  const memberships = await manager.findBy(Membership, { taskForceId });
  const current = memberships.filter((m) => isValidOn(m, asOf));
  const people = current.length
    ? await manager
        .createQueryBuilder(Person, 'person')
        .select('COUNT(DISTINCT person.institutionId)', 'count')
        .where('person.id IN (:...ids)', { ids: current.map((m) => m.personId) })
        .getRawOne<Row>()
    : { count: 0 };

  const meetings = await manager
    .createQueryBuilder(Meeting, 'meeting')
    .where('meeting.taskForceId = :taskForceId', { taskForceId })
    .andWhere('meeting.startsAt >= :from AND meeting.startsAt < :to', { from, to })
    .getMany();
  const held = meetings.filter((m) => m.status === MeetingStatus.HELD);
  const attendance = held.length
    ? await manager
        .createQueryBuilder(Attendance, 'a')
        .where('a.meetingId IN (:...ids)', { ids: held.map((m) => m.id) })
        .getMany()
    : [];
  let attending = 0;
  let voting = 0;
  for (const meeting of held) {
    const quorum = quorumFromRecords(
      taskForce.quorumRule,
      vilniusDate(meeting.startsAt),
      memberships,
      attendance.filter((a) => a.meetingId === meeting.id),
    );
    attending += quorum.attending;
    voting += quorum.votingMembers;
  }

  const decisionsByKind = await manager
    .createQueryBuilder(Decision, 'decision')
    .innerJoin(Meeting, 'meeting', 'meeting.id = decision.meetingId')
    .select('decision.kind', 'label')
    .addSelect('COUNT(*)', 'count')
    .where('decision.taskForceId = :taskForceId', { taskForceId })
    .andWhere('meeting.startsAt >= :from AND meeting.startsAt < :to', { from, to })
    .andWhere(decisionTakenSql('decision'))
    .groupBy('decision.kind')
    .orderBy('decision.kind')
    .getRawMany<Row>();

  const itemsDue = () =>
    manager
      .createQueryBuilder(ActionItem, 'item')
      .where('item.taskForceId = :taskForceId', { taskForceId })
      .andWhere('item.dueDate BETWEEN :first AND :last', { first, last });
  const byStatus = await itemsDue()
    .select('item.status', 'label')
    .addSelect('COUNT(*)', 'count')
    .groupBy('item.status')
    .orderBy('item.status')
    .getRawMany<Row>();
  // Done in the year, as the overview counts done in a period (action-item-timeliness.ts).
  const timeliness = await manager
    .createQueryBuilder(ActionItem, 'item')
    .select(`SUM(CASE WHEN ${doneOnTimeSql('item')} THEN 1 ELSE 0 END)`, 'onTime')
    .addSelect(`SUM(CASE WHEN ${doneLateSql('item')} THEN 1 ELSE 0 END)`, 'late')
    .where('item.taskForceId = :taskForceId', { taskForceId })
    .andWhere(doneWithinSql('item', ':first', ':last'), { first, last })
    .getRawOne<Row>();
  const byMeasure = await itemsDue()
    .innerJoin('action_item_measure', 'link', 'link.action_item_id = item.id')
    .innerJoin(PlanMeasure, 'measure', 'measure.id = link.measure_id')
    .select('measure.code', 'code')
    .addSelect('measure.title', 'title')
    .addSelect('item.status', 'status')
    .addSelect('COUNT(*)', 'count')
    .groupBy('measure.code')
    .addGroupBy('measure.title')
    .addGroupBy('item.status')
    .orderBy('measure.code')
    .getRawMany<Row>();

  const indicators = await manager
    .createQueryBuilder(IndicatorContribution, 'c')
    .innerJoin('c.actionUpdate', 'u')
    .innerJoin(PlanIndicator, 'indicator', 'indicator.id = c.indicatorId')
    .innerJoin(PlanMeasure, 'measure', 'measure.id = indicator.measureId')
    .select('measure.code', 'measureCode')
    .addSelect('indicator.name', 'indicator')
    .addSelect('indicator.unit', 'unit')
    .addSelect('indicator.targetValue', 'target')
    .addSelect('SUM(c.value)', 'total')
    .where('c.taskForceId = :taskForceId', { taskForceId })
    .andWhere('u.createdAt >= :from AND u.createdAt < :to', { from, to })
    .andWhere(figureCountsSql('c'))
    .groupBy('measure.code')
    .addGroupBy('indicator.id')
    .addGroupBy('indicator.name')
    .addGroupBy('indicator.unit')
    .addGroupBy('indicator.targetValue')
    .orderBy('measure.code')
    .addOrderBy('indicator.name')
    .getRawMany<Row>();

  const activities = () =>
    manager
      .createQueryBuilder(PreventionActivity, 'activity')
      .where('activity.taskForceId = :taskForceId', { taskForceId })
      .andWhere('activity.date BETWEEN :first AND :last', { first, last })
      .andWhere(countsSql('activity'));
  const activityTotals = await activities()
    .select('COUNT(*)', 'count')
    .addSelect('SUM(activity.participants)', 'participants')
    .getRawOne<Row>();
  const group = (column: string) =>
    activities()
      .select(`activity.${column}`, 'label')
      .addSelect('COUNT(*)', 'count')
      .addSelect('SUM(activity.participants)', 'participants')
      .groupBy(`activity.${column}`)
      .orderBy(`activity.${column}`)
      .getRawMany<Row>();

  const followUps = await manager
    .createQueryBuilder(FollowUpRequest, 'request')
    .select('request.status', 'label')
    .addSelect('COUNT(*)', 'count')
    .where('request.taskForceId = :taskForceId', { taskForceId })
    .andWhere('request.createdAt >= :from AND request.createdAt < :to', { from, to })
    .groupBy('request.status')
    .orderBy('request.status')
    .getRawMany<Row>();

  const measures = new Map<string, AnnualReportFigures['actionItemsByMeasure'][number]>();
  for (const row of byMeasure) {
    const code = String(row.code);
    const entry = measures.get(code) ?? {
      measureCode: code,
      measureTitle: String(row.title),
      open: 0,
      inProgress: 0,
      done: 0,
      cancelled: 0,
    };
    const key = { OPEN: 'open', IN_PROGRESS: 'inProgress', DONE: 'done', CANCELLED: 'cancelled' }[
      String(row.status) as ActionItemStatus
    ] as 'open';
    entry[key] += Number(row.count);
    measures.set(code, entry);
  }

  return {
    taskForce: taskForce.name,
    municipality: municipality.name,
    year,
    members: current.length,
    institutions: Number(people?.count ?? 0),
    meetingsHeld: held.length,
    meetingsCancelled: meetings.filter((m) => m.status === MeetingStatus.CANCELLED).length,
    attendanceRate: voting ? Math.round((attending / voting) * 1000) / 10 : null,
    decisions: decisionsByKind.reduce((sum, row) => sum + Number(row.count), 0),
    decisionsByKind: counts(decisionsByKind),
    actionItemsByStatus: counts(byStatus),
    actionItemsDoneOnTime: Number(timeliness?.onTime ?? 0),
    actionItemsDoneLate: Number(timeliness?.late ?? 0),
    actionItemsByMeasure: [...measures.values()],
    indicators: indicators.map((row) => ({
      measureCode: String(row.measureCode),
      indicator: String(row.indicator),
      unit: String(row.unit),
      total: Number(row.total),
      target: Number(row.target),
    })),
    preventionActivities: Number(activityTotals?.count ?? 0),
    preventionParticipants: Number(activityTotals?.participants ?? 0),
    activitiesByKind: counts(await group('kind'), true),
    activitiesByTargetGroup: counts(await group('targetGroup'), true),
    followUpRequests: counts(followUps),
  };
}
