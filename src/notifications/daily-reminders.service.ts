import { Inject, Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { EntityManager, In, IsNull } from 'typeorm';
import { OPEN_STATUSES } from '../action-items/action-item.enums';
import { ActionItem } from '../action-items/action-item.entity';
import { ActionUpdate } from '../action-items/action-update.entity';
import { Account } from '../auth/account.entity';
import { AppConfig, APP_CONFIG } from '../config/app-config';
import { DEFAULT_LANGUAGE } from '../common/i18n/language';
import { Clock } from '../common/time/clock';
import { addDays, VILNIUS_ZONE, vilniusDate } from '../common/time/vilnius-time';
import { MutationScope, TransactionService } from '../database/transaction.service';
import { FollowUpStatus } from '../follow-ups/follow-up.enums';
import { FollowUpRequest } from '../follow-ups/follow-up-request.entity';
import { Meeting } from '../meetings/meeting.entity';
import { enqueueMail } from '../mail/mail-outbox';
import { Person } from '../people/person.entity';
import { Membership } from '../task-forces/membership.entity';
import { validOnWhere } from '../task-forces/membership-validity';
import { MembershipRole, RECORD_KEEPERS } from '../task-forces/task-force.enums';
import { DailyRun } from './daily-run.entity';
import { actionItemEvent, followUpEvent } from './notification-events';
import { MailFrequency, NotificationKind } from './notification.enums';
import { Notification } from './notification.entity';
import { NotificationSettingsRow } from './notification-settings.entity';
import { factsOf, NotificationEvent, Notifier } from './notifier.service';
import {
  DEFAULT_DUE_SOON_DAYS,
  dueReminder,
  MAX_DUE_SOON_DAYS,
  Reminder,
  staleBefore,
  staleReminders,
} from './reminder-rules';
import { rawInstant } from '../database/raw-instant';

export interface DailyRunResult {
  day: string;
  /** True when the day had been done already: nothing was written. */
  alreadyDone: boolean;
  reminders: number;
  digests: number;
}

/**
 * The daily reminders and digests, for one Vilnius day. It runs in one transaction, which on
 * PostgreSQL holds the advisory write lock every mutation takes: instances sharing a database
 * take turns, and the second finds the day done. Every reminder has a key (reminder-rules.ts),
 * so a day run again, or today's run after missed days, repeats nothing.
 */
@Injectable()
export class DailyRemindersService {
  private readonly logger = new Logger(DailyRemindersService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tx: TransactionService,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
  ) {}

  /** Today's run, unless done; main.ts also calls it once the server is up, to catch up. */
  // unrefTimeout: the timer alone keeps no process alive (a server has its listener for that).
  @Cron('0 7 * * *', { name: 'daily-reminders', timeZone: VILNIUS_ZONE, unrefTimeout: true })
  async runToday(): Promise<void> {
    if (!this.config.dailyJob) return;
    try {
      const result = await this.runDay(this.clock.today());
      if (!result.alreadyDone) this.logger.log(result, 'daily reminders done');
    } catch (error) {
      this.logger.error({ err: error }, 'daily reminders failed; the next start or day retries');
    }
  }

  runDay(day: string): Promise<DailyRunResult> {
    return this.tx.run(null, async (scope) => {
      const { manager } = scope;
      if (await manager.existsBy(DailyRun, { day })) {
        await this.record(scope, day, { reminders: 0, digests: 0, alreadyDone: true });
        return { day, alreadyDone: true, reminders: 0, digests: 0 };
      }
      const lead = await this.leadTimes(manager);
      const reminders =
        (await this.itemReminders(manager, day, lead)) +
        (await this.followUpReminders(manager, day, lead));
      const digests = await this.sendDigests(manager, day);
      await manager.save(
        manager.create(DailyRun, {
          day,
          finishedAt: this.clock.now(),
          summary: JSON.stringify({ reminders, digests }),
        }),
      );
      await this.record(scope, day, { reminders, digests, alreadyDone: false });
      return { day, alreadyDone: false, reminders, digests };
    });
  }

  private record({ audit }: MutationScope, day: string, after: object) {
    return audit({ operation: 'dailyReminders', entityType: 'DailyRun', entityId: day, after });
  }

  /** Due soon and overdue to each assignee, by their own lead time; stale items. */
  private async itemReminders(
    manager: EntityManager,
    day: string,
    leadOf: (personId: string) => number,
  ): Promise<number> {
    const items = await manager.find(ActionItem, { where: { status: In(OPEN_STATUSES) } });
    const lastUpdates = await this.lastUpdateDays(manager);
    let written = 0;
    for (const item of items) {
      const reminders: Reminder[] = [];
      const due =
        item.dueDate <= addDays(day, MAX_DUE_SOON_DAYS)
          ? dueReminder('actionItem', item.id, item.dueDate, day, leadOf(item.assigneeId))
          : null;
      if (due) reminders.push(due);
      const lastActivity = lastUpdates.get(item.id) ?? vilniusDate(item.createdAt);
      if (lastActivity <= staleBefore(day))
        reminders.push(...staleReminders(item.id, lastActivity, day));
      for (const reminder of reminders) {
        const to =
          reminder.kind === NotificationKind.ACTION_ITEM_STALE_FOR_SECRETARY
            ? { roles: [MembershipRole.SECRETARY] }
            : undefined;
        written += await this.remind(manager, actionItemEvent(reminder.kind, item, to), reminder);
      }
    }
    return written;
  }

  /** Follow-ups awaiting the task force's answer, to each of its record keepers by their lead time. */
  private async followUpReminders(
    manager: EntityManager,
    day: string,
    leadOf: (personId: string) => number,
  ): Promise<number> {
    const requests = await manager.find(FollowUpRequest, {
      where: { status: FollowUpStatus.OPEN },
    });
    if (!requests.length) return 0;
    const keepers = await manager.find(Membership, {
      where: validOnWhere(day, {
        taskForceId: In([...new Set(requests.map((r) => r.taskForceId))]),
        role: In(RECORD_KEEPERS),
      }),
    });
    const confidential = await this.confidentialSubjects(manager, requests);
    let written = 0;
    for (const request of requests) {
      for (const keeper of keepers.filter((k) => k.taskForceId === request.taskForceId)) {
        const lead = leadOf(keeper.personId);
        const reminder = dueReminder('followUp', request.id, request.dueDate, day, lead);
        if (!reminder) continue;
        const event = followUpEvent(reminder.kind, request, confidential.has(request.id));
        written += await this.remind(
          manager,
          { ...event, to: { personIds: [keeper.personId] } },
          reminder,
        );
      }
    }
    return written;
  }

  private async remind(manager: EntityManager, event: NotificationEvent, reminder: Reminder) {
    return (await this.notifier.notify(manager, null, { ...event, dedupeKey: reminder.key }))
      .length;
  }

  /** One mail per person with the notifications they take as a daily digest and not yet mailed. */
  private async sendDigests(manager: EntityManager, day: string): Promise<number> {
    const waiting = await manager.find(Notification, {
      where: { mailFrequency: MailFrequency.DAILY_DIGEST, mailedAt: IsNull() },
      order: { createdAt: 'ASC' },
    });
    const personIds = [...new Set(waiting.map((n) => n.personId))];
    if (!personIds.length) return 0;
    const accounts = await manager.findBy(Account, { personId: In(personIds), active: true });
    const people = await manager.findBy(Person, { id: In(personIds) });
    for (const account of accounts) {
      await enqueueMail(manager, {
        kind: 'DIGEST',
        to: account.email,
        params: {
          language: account.preferredLanguage ?? DEFAULT_LANGUAGE,
          fullName: people.find((p) => p.id === account.personId)?.fullName ?? '',
          day,
          entries: waiting.filter((n) => n.personId === account.personId).map(factsOf),
        },
      });
    }
    await manager.update(
      Notification,
      { id: In(waiting.map((n) => n.id)) },
      { mailedAt: this.clock.now() },
    );
    return accounts.length;
  }

  /** The Vilnius day of each item's latest progress report. */
  private async lastUpdateDays(manager: EntityManager): Promise<Map<string, string>> {
    const rows: { id: string; last: string | Date }[] = await manager
      .createQueryBuilder(ActionUpdate, 'u')
      .select('u.actionItemId', 'id')
      .addSelect('MAX(u.createdAt)', 'last')
      .groupBy('u.actionItemId')
      .getRawMany();
    return new Map(rows.map((r) => [r.id, vilniusDate(rawInstant(r.last))]));
  }

  /** Each person's days of notice before a due date: their setting, else the default. */
  private async leadTimes(manager: EntityManager): Promise<(personId: string) => number> {
    const rows = await manager.find(NotificationSettingsRow);
    const chosen = new Map(rows.map((row) => [row.personId, row.dueSoonDays]));
    return (personId) => chosen.get(personId) ?? DEFAULT_DUE_SOON_DAYS;
  }

  private async confidentialSubjects(manager: EntityManager, requests: FollowUpRequest[]) {
    const subjectIds = requests.map((r) => r.subjectId).filter((id): id is string => !!id);
    const meetings = subjectIds.length
      ? await manager.findBy(Meeting, { id: In(subjectIds), confidential: true })
      : [];
    const hidden = new Set(meetings.map((m) => m.id));
    return new Set(requests.filter((r) => r.subjectId && hidden.has(r.subjectId)).map((r) => r.id));
  }
}
