import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { conflict, DomainError, notFound } from '../common/errors/domain-error';
import { Clock } from '../common/time/clock';
import { TaskForceAccessService } from '../task-forces/task-force-access.service';
import { TaskForceRight } from '../task-forces/task-force-rights';
import { Decision } from './decision.entity';
import { MEETING_LIFECYCLE, MINUTES_LIFECYCLE } from './meeting-lifecycle';
import { MeetingStatus, MinutesStatus } from './meeting.enums';
import { Meeting, meetingNumber } from './meeting.entity';
import { Minutes } from './minutes.entity';

export interface EditOptions {
  /** The right the change takes (default: keeping the task force's records). */
  right?: TaskForceRight;
  /** The version the caller read, when the meeting row itself changes. */
  version?: number;
  /** New times the operation gives the meeting, which the lifecycle rules judge. */
  proposed?: { startsAt?: Date; endsAt?: Date };
}

/** Rights other than keeping the records that a meeting operation takes. */
const OPERATION_RIGHTS: Record<string, TaskForceRight> = { approveMinutes: 'approveMinutes' };

/** Every operation on an existing meeting, from its lifecycle table. */
const MEETING_OPERATIONS = MEETING_LIFECYCLE.definition.transitions
  .flatMap((row) => row.operations)
  .filter((operation) => operation !== 'scheduleMeeting');
const MINUTES_OPERATIONS = MINUTES_LIFECYCLE.definition.transitions.flatMap((r) => r.operations);

export interface Editable {
  meeting: Meeting;
  /** The state the operation leaves the meeting in (meeting-lifecycle.ts). */
  next: MeetingStatus;
}

/** Who may see and change a meeting's record, and when the record is final. */
@Injectable()
export class MeetingAccessService {
  constructor(
    private readonly access: TaskForceAccessService,
    private readonly clock: Clock,
  ) {}

  /**
   * Refuses a meeting the caller may not read. A confidential meeting hidden from the caller
   * answers NOT_FOUND, so its existence does not leak.
   */
  async requireVisible(viewer: Viewer, meeting: Meeting): Promise<Meeting> {
    await this.access.require(viewer, 'read', meeting, { type: 'Meeting', id: meeting.id });
    return meeting;
  }

  /**
   * Loads a meeting inside a mutation and checks that the caller keeps its task force's
   * records and that the meeting's lifecycle allows `operation` now (meeting-lifecycle.ts):
   * minutes not approved, a state the operation acts in, and the rules of its row.
   */
  async requireEditable(
    manager: EntityManager,
    viewer: Viewer,
    meetingId: string,
    operation: string,
    options: EditOptions = {},
  ): Promise<Meeting> {
    return (await this.requireStep(manager, viewer, meetingId, operation, options)).meeting;
  }

  /** `requireEditable`, also answering the state the operation leads to. */
  async requireStep(
    manager: EntityManager,
    viewer: Viewer,
    meetingId: string,
    operation: string,
    options: EditOptions = {},
  ): Promise<Editable> {
    const meeting = await manager.findOneBy(Meeting, { id: meetingId });
    if (!meeting) throw notFound('Meeting', meetingId);
    const minutes = await manager.findOneBy(Minutes, { meetingId: meeting.id });
    const state = minutes?.status ?? MinutesStatus.NONE;
    const next = await this.check(manager, viewer, meeting, state, operation, options);
    return { meeting, next };
  }

  /**
   * The operations on a meeting the caller may perform now: each passes the very checks its
   * mutation makes (right, final minutes, lifecycle row), and the minutes' own table for theirs.
   */
  async openOperations(manager: EntityManager, viewer: Viewer, meeting: Meeting) {
    const minutes = await manager.findOneBy(Minutes, { meetingId: meeting.id });
    const state = minutes?.status ?? MinutesStatus.NONE;
    const open: string[] = [];
    for (const operation of MEETING_OPERATIONS) {
      try {
        await this.check(manager, viewer, meeting, state, operation, {});
        if (MINUTES_OPERATIONS.includes(operation)) {
          await MINUTES_LIFECYCLE.require(operation, state, undefined, 'The minutes');
        }
        open.push(operation);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
      }
    }
    return open;
  }

  private async check(
    manager: EntityManager,
    viewer: Viewer,
    meeting: Meeting,
    minutesStatus: MinutesStatus,
    operation: string,
    options: EditOptions,
  ): Promise<MeetingStatus> {
    const right = options.right ?? OPERATION_RIGHTS[operation] ?? 'keepRecords';
    await this.access.require(viewer, right, meeting, { type: 'Meeting', id: meeting.id });
    if (options.version !== undefined && options.version !== meeting.version) {
      throw conflict('the meeting');
    }
    const number = meetingNumber(meeting);
    MINUTES_LIFECYCLE.requireNotFinal(minutesStatus, `The minutes of meeting ${number}`);
    return MEETING_LIFECYCLE.require(
      operation,
      meeting.status,
      {
        startsAt: options.proposed?.startsAt ?? meeting.startsAt,
        endsAt: options.proposed?.endsAt ?? meeting.endsAt,
        now: this.clock.now(),
        decisions: () => manager.countBy(Decision, { meetingId: meeting.id }),
      },
      `Meeting ${number}`,
    );
  }
}
