import { EntityManager } from 'typeorm';
import { badInput } from '../common/errors/domain-error';
import { vilniusDate } from '../common/time/vilnius-time';
import { MinutesStatus } from '../meetings/meeting.enums';
import { Meeting } from '../meetings/meeting.entity';
import { Minutes } from '../meetings/minutes.entity';
import { Membership } from './membership.entity';
import { MembershipRole } from './task-force.enums';

/** Memberships of one person in one task force may not overlap in time. */
export const overlaps = (
  a: Pick<Membership, 'validFrom' | 'validTo'>,
  from: string,
  to: string | null,
) => (a.validTo === null || a.validTo >= from) && (to === null || a.validFrom <= to);

/** The seats only the chair (or an administrator) fills or ends. */
export const CHAIR_SEATS = [MembershipRole.CHAIR, MembershipRole.DEPUTY_CHAIR];

/** The first of `dates` that falls within a period (inclusive; an open end runs for ever). */
export function firstDateWithin(dates: string[], from: string, to: string | null) {
  return [...dates].sort().find((date) => date >= from && (to === null || date <= to));
}

/** Vilnius dates of the task force's meetings whose minutes are approved. */
export async function approvedMeetingDates(
  manager: EntityManager,
  taskForceId: string,
): Promise<string[]> {
  const rows = await manager
    .createQueryBuilder(Meeting, 'meeting')
    .innerJoin(Minutes, 'minutes', 'minutes.meetingId = meeting.id')
    .where('meeting.taskForceId = :taskForceId', { taskForceId })
    .andWhere('minutes.status = :approved', { approved: MinutesStatus.APPROVED })
    .select(['meeting.id', 'meeting.startsAt'])
    .getMany();
  return rows.map((meeting) => vilniusDate(meeting.startsAt));
}

/**
 * The quorum of a meeting whose minutes are approved never changes, so a roster change may
 * not add or remove anyone on such a meeting's date: refuses a period that covers one.
 */
export async function requireNoApprovedMeetingWithin(
  manager: EntityManager,
  taskForceId: string,
  period: { from: string; to: string | null; field: string },
) {
  const dates = await approvedMeetingDates(manager, taskForceId);
  const date = firstDateWithin(dates, period.from, period.to);
  if (date) {
    throw badInput([
      {
        field: period.field,
        rule: 'OUT_OF_RANGE',
        message: `would change who was a member on ${date}, a meeting whose minutes are approved; roster dates may not reach back behind it`,
      },
    ]);
  }
}
