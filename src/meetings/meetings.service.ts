import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { definedChanges } from '../common/dto/defined-changes';
import { badInput, FieldProblem, notFound } from '../common/errors/domain-error';
import { paginate } from '../common/pagination/paginate';
import { addDays, vilniusStartOfDay, vilniusYear } from '../common/time/vilnius-time';
import { TransactionService } from '../database/transaction.service';
import { meetingEvent } from '../notifications/notification-events';
import { NotificationKind } from '../notifications/notification.enums';
import { Notifier } from '../notifications/notifier.service';
import { TaskForceAccessService, visibleRecords } from '../task-forces/task-force-access.service';
import { requireActiveTaskForce } from '../task-forces/task-force-state';
import { CancelMeetingInput } from './dto/cancel-meeting.input';
import { MarkMeetingHeldInput } from './dto/mark-meeting-held.input';
import { MeetingOrder, MeetingsArgs } from './dto/meetings.args';
import { ScheduleMeetingInput } from './dto/schedule-meeting.input';
import { UpdateMeetingInput } from './dto/update-meeting.input';
import { MeetingAccessService } from './meeting-access.service';
import { Meeting } from './meeting.entity';
import { MeetingStatus } from './meeting.enums';
import { nextNumber } from '../database/next-number';

const MAX_DURATION_MS = 24 * 60 * 60 * 1000;

function checkTimes(startsAt: Date, endsAt: Date): void {
  const problems: FieldProblem[] = [];
  if (endsAt <= startsAt)
    problems.push({ field: 'endsAt', rule: 'DATE_ORDER', message: 'must be after startsAt' });
  else if (endsAt.getTime() - startsAt.getTime() > MAX_DURATION_MS) {
    problems.push({
      field: 'endsAt',
      rule: 'OUT_OF_RANGE',
      message: 'must be within 24 hours of startsAt',
    });
  }
  if (problems.length) throw badInput(problems);
}

/** The next free number in the task force's year; the caller holds the write lock. */
const nextSequence = (manager: EntityManager, taskForceId: string, year: number) =>
  nextNumber(manager, Meeting, 'sequence', { taskForceId, year });

@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly access: TaskForceAccessService,
    private readonly meetingAccess: MeetingAccessService,
    private readonly notifier: Notifier,
  ) {}

  async scheduleMeeting(viewer: Viewer, input: ScheduleMeetingInput): Promise<Meeting> {
    checkTimes(input.startsAt, input.endsAt);
    await this.access.require(viewer, 'keepRecords', input);
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const taskForce = await requireActiveTaskForce(manager, input.taskForceId);
      const year = vilniusYear(input.startsAt);
      const meeting = await manager.save(
        manager.create(Meeting, {
          ...input,
          title: input.title.trim(),
          location: input.location ?? null,
          year,
          sequence: await nextSequence(manager, taskForce.id, year),
        }),
      );
      await audit({
        operation: 'scheduleMeeting',
        entityType: 'Meeting',
        entityId: meeting.id,
        after: meeting,
      });
      await this.notifier.notify(
        manager,
        viewer.personId,
        meetingEvent(NotificationKind.MEETING_SCHEDULED, meeting),
      );
      return meeting;
    });
  }

  updateMeeting(viewer: Viewer, input: UpdateMeetingInput): Promise<Meeting> {
    const { id, version, ...changes } = input;
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const proposed = definedChanges(changes);
      const meeting = await this.meetingAccess.requireEditable(
        manager,
        viewer,
        id,
        'updateMeeting',
        {
          version,
          proposed,
        },
      );
      const before = { ...meeting };
      Object.assign(meeting, proposed);
      checkTimes(meeting.startsAt, meeting.endsAt);
      const year = vilniusYear(meeting.startsAt);
      if (year !== before.year) {
        // Moved into another year: it takes that year's next number.
        meeting.year = year;
        meeting.sequence = await nextSequence(manager, meeting.taskForceId, year);
      }
      const saved = await manager.save(meeting);
      await audit({
        operation: 'updateMeeting',
        entityType: 'Meeting',
        entityId: id,
        before,
        after: saved,
      });
      // Only a new time or place moves the meeting for those who come to it.
      const moved =
        saved.startsAt.getTime() !== before.startsAt.getTime() ||
        saved.endsAt.getTime() !== before.endsAt.getTime() ||
        saved.location !== before.location;
      if (moved) {
        await this.notifier.notify(
          manager,
          viewer.personId,
          meetingEvent(NotificationKind.MEETING_MOVED, saved),
        );
      }
      return saved;
    });
  }

  cancelMeeting(viewer: Viewer, input: CancelMeetingInput): Promise<Meeting> {
    return this.changeStatus(viewer, input, 'cancelMeeting', (meeting) => {
      meeting.cancellationReason = input.reason.trim();
    });
  }

  markMeetingHeld(viewer: Viewer, input: MarkMeetingHeldInput): Promise<Meeting> {
    return this.changeStatus(viewer, input, 'markMeetingHeld');
  }

  /** Moves the meeting to the state its lifecycle gives the operation (meeting-lifecycle.ts). */
  private changeStatus(
    viewer: Viewer,
    input: { id: string; version: number },
    operation: string,
    apply: (meeting: Meeting) => void = () => {},
  ): Promise<Meeting> {
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const { meeting, next } = await this.meetingAccess.requireStep(
        manager,
        viewer,
        input.id,
        operation,
        { version: input.version },
      );
      const before = { ...meeting };
      meeting.status = next;
      apply(meeting);
      const saved = await manager.save(meeting);
      await audit({ operation, entityType: 'Meeting', entityId: saved.id, before, after: saved });
      if (saved.status === MeetingStatus.CANCELLED) {
        await this.notifier.notify(
          manager,
          viewer.personId,
          meetingEvent(NotificationKind.MEETING_CANCELLED, saved),
        );
      }
      return saved;
    });
  }

  async meetings(viewer: Viewer, args: MeetingsArgs) {
    const scope = await this.access.scopeOf(viewer);
    const query = this.dataSource
      .getRepository(Meeting)
      .createQueryBuilder('meeting')
      .where(visibleRecords(scope, 'meeting', 'confidential'));
    if (args.taskForceId) query.andWhere('meeting.taskForceId = :tf', { tf: args.taskForceId });
    if (args.status) query.andWhere('meeting.status = :status', { status: args.status });
    if (args.from)
      query.andWhere('meeting.startsAt >= :from', { from: vilniusStartOfDay(args.from) });
    if (args.to) {
      query.andWhere('meeting.startsAt < :to', { to: vilniusStartOfDay(addDays(args.to, 1)) });
    }
    const direction = args.order === MeetingOrder.STARTS_AT_ASC ? 'ASC' : 'DESC';
    return paginate(query, args, { property: 'startsAt', direction });
  }

  async meeting(viewer: Viewer, id: string): Promise<Meeting> {
    const meeting = await this.dataSource.getRepository(Meeting).findOneBy({ id });
    if (!meeting) throw notFound('Meeting', id);
    return this.meetingAccess.requireVisible(viewer, meeting);
  }
}
