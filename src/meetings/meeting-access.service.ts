import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { conflict, failedPrecondition, notFound } from '../common/errors/domain-error';
import { TaskForceAccessService } from '../task-forces/task-force-access.service';
import { TaskForceRight } from '../task-forces/task-force-rights';
import { MeetingStatus, MinutesStatus } from './meeting.enums';
import { Meeting, meetingNumber } from './meeting.entity';
import { Minutes } from './minutes.entity';

export interface EditOptions {
  /** The right the change takes (default: keeping the task force's records). */
  right?: TaskForceRight;
  /** The version the caller read, when the meeting row itself changes. */
  version?: number;
}

/** Who may see and change a meeting's record, and when the record is final. */
@Injectable()
export class MeetingAccessService {
  constructor(private readonly access: TaskForceAccessService) {}

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
   * records and that the record is still open: not cancelled, minutes not approved.
   */
  async requireEditable(
    manager: EntityManager,
    viewer: Viewer,
    meetingId: string,
    options: EditOptions = {},
  ): Promise<Meeting> {
    const meeting = await manager.findOneBy(Meeting, { id: meetingId });
    if (!meeting) throw notFound('Meeting', meetingId);
    await this.access.require(viewer, options.right ?? 'keepRecords', meeting, {
      type: 'Meeting',
      id: meeting.id,
    });
    if (options.version !== undefined && options.version !== meeting.version) {
      throw conflict('Meeting');
    }
    await this.requireOpen(manager, meeting);
    return meeting;
  }

  async requireOpen(manager: EntityManager, meeting: Meeting): Promise<void> {
    const number = meetingNumber(meeting);
    if (meeting.status === MeetingStatus.CANCELLED) {
      throw failedPrecondition(`Meeting ${number} was cancelled; its record cannot change.`);
    }
    const minutes = await manager.findOneBy(Minutes, { meetingId: meeting.id });
    if (minutes?.status === MinutesStatus.APPROVED) {
      throw failedPrecondition(
        `The minutes of meeting ${number} are approved, so its record can no longer change. ` +
          'Record a correction as a new decision that amends the earlier one.',
      );
    }
  }
}
