import { Injectable } from '@nestjs/common';
import { Viewer } from '../auth/viewer';
import { conflict, failedPrecondition } from '../common/errors/domain-error';
import { Clock } from '../common/time/clock';
import { TransactionService } from '../database/transaction.service';
import { ApproveMinutesInput, SaveMinutesInput } from './dto/minutes.inputs';
import { quorumIn } from './attendance.service';
import { MeetingAccessService } from './meeting-access.service';
import { MeetingStatus, MinutesStatus } from './meeting.enums';
import { Meeting, meetingNumber } from './meeting.entity';
import { Minutes } from './minutes.entity';

function requireHeld(meeting: Meeting) {
  if (meeting.status !== MeetingStatus.HELD) {
    throw failedPrecondition(
      `Meeting ${meetingNumber(meeting)} is not marked held yet; minutes follow a held meeting.`,
    );
  }
}

@Injectable()
export class MinutesService {
  constructor(
    private readonly tx: TransactionService,
    private readonly meetingAccess: MeetingAccessService,
    private readonly clock: Clock,
  ) {}

  saveMinutes(viewer: Viewer, input: SaveMinutesInput): Promise<Minutes> {
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const meeting = await this.meetingAccess.requireEditable(manager, viewer, input.meetingId);
      requireHeld(meeting);
      const existing = await manager.findOneBy(Minutes, { meetingId: meeting.id });
      if (existing && existing.version !== input.version) throw conflict('The minutes');
      const minutes = existing ?? manager.create(Minutes, { meetingId: meeting.id });
      const before = existing ? { ...existing } : null;
      minutes.text = input.text;
      minutes.status = MinutesStatus.DRAFT;
      const saved = await manager.save(minutes);
      await audit({
        operation: 'saveMinutes',
        entityType: 'Minutes',
        entityId: saved.id,
        before,
        after: saved,
      });
      return saved;
    });
  }

  approveMinutes(viewer: Viewer, input: ApproveMinutesInput): Promise<Minutes> {
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const meeting = await this.meetingAccess.requireEditable(manager, viewer, input.meetingId, {
        right: 'approveMinutes',
      });
      requireHeld(meeting);
      const minutes = await manager.findOneBy(Minutes, { meetingId: meeting.id });
      if (!minutes) {
        throw failedPrecondition(`Meeting ${meetingNumber(meeting)} has no minutes to approve.`);
      }
      if (minutes.version !== input.version) throw conflict('The minutes');
      const before = { ...minutes };
      minutes.status = MinutesStatus.APPROVED;
      minutes.approvedAt = this.clock.now();
      minutes.approvedById = viewer.personId;
      minutes.approvedQuorum = JSON.stringify(await quorumIn(manager, meeting));
      const saved = await manager.save(minutes);
      await audit({
        operation: 'approveMinutes',
        entityType: 'Minutes',
        entityId: saved.id,
        before,
        after: saved,
      });
      return saved;
    });
  }
}
