import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Account } from '../auth/account.entity';
import { SystemRole } from '../auth/system-role.enum';
import { DEFAULT_LANGUAGE } from '../common/i18n/language';
import { Clock } from '../common/time/clock';
import { enqueueMail } from '../mail/mail-outbox';
import { Person } from '../people/person.entity';
import { Membership } from '../task-forces/membership.entity';
import { validOnWhere } from '../task-forces/membership-validity';
import { can, scopeFrom } from '../task-forces/task-force-access.service';
import { MembershipRole } from '../task-forces/task-force.enums';
import { TaskForce } from '../task-forces/task-force.entity';
import { MeetingMailFacts, NotificationFacts } from './notification-mail';
import { frequencyOf, preferencesOf } from './notification-preferences';
import { MailFrequency } from './notification.enums';
import { Notification } from './notification.entity';
import { NotificationSettingsRow } from './notification-settings.entity';

/** Who a notification is meant for, before the check that each may read its record. */
export interface Recipients {
  personIds?: string[];
  /** The task force's current members in these roles. */
  roles?: readonly MembershipRole[];
  systemRoles?: SystemRole[];
}

/** One event: what happened, about which record, for whom. */
export interface NotificationEvent extends Omit<
  NotificationFacts,
  'startsAt' | 'taskForceName' | 'title' | 'dueDate' | 'year' | 'reason'
> {
  taskForceId: string;
  subjectId: string;
  title?: string | null;
  dueDate?: string | null;
  startsAt?: Date | null;
  year?: number | null;
  reason?: string | null;
  /** For the read check: a confidential record reaches only those who may read it. */
  confidential?: boolean;
  to: Recipients;
  /** A daily reminder's key (reminder-rules.ts): nobody gets the same reminder twice. */
  dedupeKey?: string;
  /** Attached to the mail as an `.ics` event. */
  meeting?: Omit<MeetingMailFacts, 'taskForceName'>;
}

/**
 * Writes notifications in the transaction of the change that causes them (so a rolled-back
 * change tells nobody), each to someone who may read the record today, and puts an
 * immediate mail in the outbox for those who want one.
 */
@Injectable()
export class Notifier {
  constructor(private readonly clock: Clock) {}

  /** `actorPersonId`: who caused it, told nothing of their own act. */
  async notify(
    manager: EntityManager,
    actorPersonId: string | null,
    event: NotificationEvent,
  ): Promise<Notification[]> {
    const readers = await this.readersOf(manager, event, actorPersonId);
    if (!readers.length) return [];
    const personIds = readers.map((r) => r.personId);
    // One after another: a transaction's statements share one connection.
    const taskForce = await manager.findOneByOrFail(TaskForce, { id: event.taskForceId });
    const people = await manager.findBy(Person, { id: In(personIds) });
    const settings = await manager.findBy(NotificationSettingsRow, { personId: In(personIds) });
    const taken = event.dedupeKey
      ? await manager.findBy(Notification, {
          dedupeKey: In(personIds.map((id) => `${event.dedupeKey}:${id}`)),
        })
      : [];
    const takenKeys = new Set(taken.map((n) => n.dedupeKey));
    const now = this.clock.now();
    const written: Notification[] = [];
    for (const account of readers) {
      const dedupeKey = event.dedupeKey ? `${event.dedupeKey}:${account.personId}` : null;
      if (dedupeKey && takenKeys.has(dedupeKey)) continue;
      const preferences = preferencesOf(settings.find((s) => s.personId === account.personId));
      const mailFrequency = frequencyOf(preferences, event.kind);
      const immediate = mailFrequency === MailFrequency.IMMEDIATELY;
      const notification = await manager.save(
        manager.create(Notification, {
          // Real time to the millisecond, not the tool's clock: it orders the reader's list.
          createdAt: new Date(),
          personId: account.personId,
          kind: event.kind,
          taskForceId: event.taskForceId,
          taskForceName: taskForce.name,
          subjectId: event.subjectId,
          title: event.title ?? null,
          dueDate: event.dueDate ?? null,
          startsAt: event.startsAt ?? null,
          year: event.year ?? null,
          path: event.path,
          reason: event.reason ?? null,
          readAt: null,
          dedupeKey,
          mailFrequency,
          mailedAt: immediate ? now : null,
        }),
      );
      written.push(notification);
      if (!immediate) continue;
      await enqueueMail(manager, {
        kind: 'NOTIFICATION',
        to: account.email,
        params: {
          ...factsOf(notification),
          language: account.preferredLanguage ?? DEFAULT_LANGUAGE,
          fullName: people.find((p) => p.id === account.personId)?.fullName ?? '',
          meeting: event.meeting && { ...event.meeting, taskForceName: taskForce.name },
        },
      });
    }
    return written;
  }

  /** Active accounts among the recipients that may read the record today; never the actor. */
  private async readersOf(
    manager: EntityManager,
    event: NotificationEvent,
    actorPersonId: string | null,
  ): Promise<Account[]> {
    const { personIds = [], roles = [], systemRoles = [] } = event.to;
    const today = this.clock.today();
    const members = roles.length
      ? await manager.find(Membership, {
          where: validOnWhere(today, { taskForceId: event.taskForceId, role: In([...roles]) }),
        })
      : [];
    const candidates = [...personIds, ...members.map((m) => m.personId)];
    if (!candidates.length && !systemRoles.length) return [];
    const accounts = await manager.find(Account, {
      where: [
        ...(candidates.length ? [{ personId: In(candidates), active: true }] : []),
        ...(systemRoles.length ? [{ systemRole: In(systemRoles), active: true }] : []),
      ],
    });
    if (!accounts.length) return [];
    const memberships = await manager.find(Membership, {
      where: validOnWhere(today, {
        taskForceId: event.taskForceId,
        personId: In(accounts.map((a) => a.personId)),
      }),
    });
    const target = { taskForceId: event.taskForceId, confidential: event.confidential ?? false };
    return accounts.filter((account) => {
      if (account.personId === actorPersonId) return false;
      const own = memberships.filter((m) => m.personId === account.personId);
      return can(scopeFrom(account, own), 'read', target);
    });
  }
}

/** What a mail or a digest line says of a notification. */
export const factsOf = (n: Notification): NotificationFacts => ({
  kind: n.kind,
  taskForceName: n.taskForceName,
  title: n.title,
  dueDate: n.dueDate,
  startsAt: n.startsAt?.toISOString() ?? null,
  year: n.year,
  path: n.path,
  reason: n.reason,
});
