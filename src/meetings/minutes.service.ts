import { meetingEvent } from '../notifications/notification-events';
import { NotificationKind } from '../notifications/notification.enums';
import { Notifier } from '../notifications/notifier.service';
import { MINUTES_APPROVERS } from '../task-forces/task-force.enums';
import { Injectable } from '@nestjs/common';
import { Viewer } from '../auth/viewer';
import { conflict } from '../common/errors/domain-error';
import { Clock } from '../common/time/clock';
import { TransactionService } from '../database/transaction.service';
import { ApproveMinutesInput, SaveMinutesInput } from './dto/minutes.inputs';
import { quorumIn } from './attendance.service';
import { MeetingAccessService } from './meeting-access.service';
import { MINUTES_LIFECYCLE } from './meeting-lifecycle';
import { MinutesStatus } from './meeting.enums';
import { Meeting, meetingNumber } from './meeting.entity';
import { Minutes } from './minutes.entity';

/** The state the minutes' lifecycle gives `operation` (meeting-lifecycle.ts). */
const nextState = (operation: string, meeting: Meeting, minutes: Minutes | null) =>
  MINUTES_LIFECYCLE.require(
    operation,
    minutes?.status ?? MinutesStatus.NONE,
    undefined,
    `The minutes of meeting ${meetingNumber(meeting)}`,
  );

@Injectable()
export class MinutesService {
  constructor(
    private readonly tx: TransactionService,
    private readonly meetingAccess: MeetingAccessService,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
  ) {}

  saveMinutes(viewer: Viewer, input: SaveMinutesInput): Promise<Minutes> {
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const meeting = await this.meetingAccess.requireEditable(
        manager,
        viewer,
        input.meetingId,
        'saveMinutes',
      );
      const existing = await manager.findOneBy(Minutes, { meetingId: meeting.id });
      const status = await nextState('saveMinutes', meeting, existing);
      if (existing && existing.version !== input.version) throw conflict('the minutes');
      const minutes = existing ?? manager.create(Minutes, { meetingId: meeting.id });
      const before = existing ? { ...existing } : null;
      minutes.text = input.text;
      minutes.status = status;
      const saved = await manager.save(minutes);
      await audit({
        operation: 'saveMinutes',
        entityType: 'Minutes',
        entityId: saved.id,
        before,
        after: saved,
      });
      // The first save puts the minutes before the approvers; later edits do not repeat it.
      if (!existing) {
        await this.notifier.notify(
          manager,
          viewer.personId,
          meetingEvent(NotificationKind.MINUTES_AWAITING_APPROVAL, meeting, {
            roles: MINUTES_APPROVERS,
          }),
        );
      }
      return saved;
    });
  }

  approveMinutes(viewer: Viewer, input: ApproveMinutesInput): Promise<Minutes> {
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const meeting = await this.meetingAccess.requireEditable(
        manager,
        viewer,
        input.meetingId,
        'approveMinutes',
      );
      const found = await manager.findOneBy(Minutes, { meetingId: meeting.id });
      const status = await nextState('approveMinutes', meeting, found);
      // The lifecycle let it through, so there are draft minutes.
      const minutes = found!;
      if (minutes.version !== input.version) throw conflict('the minutes');
      const before = { ...minutes };
      minutes.status = status;
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
      await this.notifier.notify(
        manager,
        viewer.personId,
        meetingEvent(NotificationKind.MINUTES_APPROVED, meeting),
      );
      return saved;
    });
  }
}
