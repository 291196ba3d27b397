import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { badInput, FieldProblem } from '../common/errors/domain-error';
import { vilniusDate } from '../common/time/vilnius-time';
import { MutationScope, TransactionService } from '../database/transaction.service';
import { Membership } from '../task-forces/membership.entity';
import { isValidOn } from '../task-forces/membership-validity';
import { TaskForce } from '../task-forces/task-force.entity';
import { Attendance } from './attendance.entity';
import { RecordAttendanceInput } from './dto/record-attendance.input';
import { MeetingAccessService } from './meeting-access.service';
import { Meeting } from './meeting.entity';
import { MeetingGuest } from './meeting-guest.entity';
import { QuorumFigures, quorumFromRecords } from './quorum';

/** The quorum of a meeting as the records stand inside the current transaction. */
export async function quorumIn(manager: EntityManager, meeting: Meeting): Promise<QuorumFigures> {
  // One after the other: inside a transaction they share one connection.
  const taskForce = await manager.findOneByOrFail(TaskForce, { id: meeting.taskForceId });
  const memberships = await manager.findBy(Membership, { taskForceId: meeting.taskForceId });
  const attendance = await manager.findBy(Attendance, { meetingId: meeting.id });
  return quorumFromRecords(
    taskForce.quorumRule,
    vilniusDate(meeting.startsAt),
    memberships,
    attendance,
  );
}

@Injectable()
export class AttendanceService {
  constructor(
    private readonly tx: TransactionService,
    private readonly meetingAccess: MeetingAccessService,
  ) {}

  recordAttendance(viewer: Viewer, input: RecordAttendanceInput): Promise<Meeting> {
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const meeting = await this.meetingAccess.requireEditable(
        manager,
        viewer,
        input.meetingId,
        'recordAttendance',
      );
      const date = vilniusDate(meeting.startsAt);
      const members = new Set(
        (await manager.findBy(Membership, { taskForceId: meeting.taskForceId }))
          .filter((m) => isValidOn(m, date))
          .map((m) => m.personId),
      );
      const seen = new Set<string>();
      const problems = input.entries.flatMap((entry, i): FieldProblem[] => {
        const field = `entries.${i}.personId`;
        if (seen.has(entry.personId)) {
          return [{ field, rule: 'DUPLICATE', message: 'is listed twice' }];
        }
        seen.add(entry.personId);
        return members.has(entry.personId)
          ? []
          : [
              {
                field,
                rule: 'NOT_A_CURRENT_MEMBER',
                message: `is not a member of the task force on ${date}`,
              },
            ];
      });
      if (problems.length) throw badInput(problems);

      const existing = new Map(
        (await manager.findBy(Attendance, { meetingId: meeting.id })).map((a) => [a.personId, a]),
      );
      for (const entry of input.entries) {
        const before = existing.get(entry.personId);
        if (before?.status === entry.status) continue;
        const saved = await manager.save(
          before
            ? Object.assign(manager.create(Attendance, before), { status: entry.status })
            : manager.create(Attendance, { meetingId: meeting.id, ...entry }),
        );
        await audit({
          operation: 'recordAttendance',
          entityType: 'Attendance',
          entityId: saved.id,
          before: before ?? null,
          after: saved,
        });
      }
      if (input.guests) await this.replaceGuests(manager, meeting, input, audit);
      // Always one summary event, also when nothing changed: the trail shows the quorum seen.
      await audit({
        operation: 'recordAttendance',
        entityType: 'MeetingQuorum',
        entityId: meeting.id,
        after: await quorumIn(manager, meeting),
      });
      return meeting;
    });
  }

  private async replaceGuests(
    manager: EntityManager,
    meeting: Meeting,
    input: RecordAttendanceInput,
    audit: MutationScope['audit'],
  ) {
    const before = await manager.findBy(MeetingGuest, { meetingId: meeting.id });
    await manager.delete(MeetingGuest, { meetingId: meeting.id });
    const guests = await manager.save(
      (input.guests ?? []).map((guest) =>
        manager.create(MeetingGuest, {
          meetingId: meeting.id,
          fullName: guest.fullName.trim(),
          institution: guest.institution ?? null,
        }),
      ),
    );
    await audit({
      operation: 'recordAttendance',
      entityType: 'MeetingGuests',
      entityId: meeting.id,
      before: { guests: before.map((g) => `${g.fullName} (${g.institution ?? ''})`) },
      after: { guests: guests.map((g) => `${g.fullName} (${g.institution ?? ''})`) },
    });
  }
}
