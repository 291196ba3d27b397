import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import { OPEN_STATUSES } from '../action-items/action-item.enums';
import { ActionItem } from '../action-items/action-item.entity';
import { Account } from '../auth/account.entity';
import { Viewer } from '../auth/viewer';
import { failedPrecondition, notFound } from '../common/errors/domain-error';
import { newSecret, secretHash } from '../common/secrets/one-time-secret';
import { LanguageSources, resolveLanguage } from '../common/i18n/language';
import { Clock } from '../common/time/clock';
import { addDays, VILNIUS_ZONE } from '../common/time/vilnius-time';
import { MutationScope, TransactionService } from '../database/transaction.service';
import { MeetingStatus } from '../meetings/meeting.enums';
import { Meeting, meetingNumber } from '../meetings/meeting.entity';
import { TaskForceAccessService, visibleRecords } from '../task-forces/task-force-access.service';
import { TaskForce } from '../task-forces/task-force.entity';
import { CalendarSubscription, CreateCalendarTokenInput } from './dto/calendar.inputs';
import { CalendarToken } from './calendar-token.entity';
import { FEED_WORDING } from './feed-wording';
import { addMeetingEvent, newCalendar } from './meeting-event';

/** How far back the feed reaches; calendars keep what they already have. */
const FEED_HISTORY_MS = 400 * 24 * 60 * 60 * 1000;

@Injectable()
export class CalendarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly access: TaskForceAccessService,
    private readonly clock: Clock,
  ) {}

  createCalendarToken(
    viewer: Viewer,
    input: CreateCalendarTokenInput,
  ): Promise<CalendarSubscription> {
    const token = newSecret();
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const account = await manager.findOneByOrFail(Account, { id: viewer.accountId });
      const saved = await manager.save(
        manager.create(CalendarToken, {
          personId: viewer.personId,
          accountTokenVersion: account.tokenVersion,
          tokenHash: secretHash(token),
          label: input.label ?? null,
        }),
      );
      const { tokenHash: _secret, ...recorded } = saved;
      await audit({
        operation: 'createCalendarToken',
        entityType: 'CalendarToken',
        entityId: saved.id,
        after: recorded,
      });
      return { token, path: `/calendar/${token}.ics`, calendarToken: saved };
    });
  }

  revokeCalendarToken(viewer: Viewer, id: string): Promise<CalendarToken> {
    return this.tx.run(viewer.accountId, async (scope) => {
      const token = await scope.manager.findOneBy(CalendarToken, {
        id,
        personId: viewer.personId,
      });
      if (!token) throw notFound('CalendarToken', id);
      if (token.revokedAt)
        throw failedPrecondition(
          'CALENDAR_ADDRESS_REVOKED',
          'This calendar address is already revoked.',
        );
      return this.revoke(scope, token, 'revokeCalendarToken');
    });
  }

  /** An administrator stops every calendar address of an account (e.g. a lost phone). */
  revokeCalendarFeeds(viewer: Viewer, accountId: string): Promise<CalendarToken[]> {
    return this.tx.run(viewer.accountId, async (scope) => {
      const account = await scope.manager.findOneBy(Account, { id: accountId });
      if (!account) throw notFound('Account', accountId);
      const tokens = await scope.manager.findBy(CalendarToken, {
        personId: account.personId,
        revokedAt: IsNull(),
      });
      const revoked = [];
      for (const token of tokens)
        revoked.push(await this.revoke(scope, token, 'revokeCalendarFeeds'));
      if (!revoked.length) {
        await scope.audit({
          operation: 'revokeCalendarFeeds',
          entityType: 'Account',
          entityId: accountId,
          after: { revokedCalendarTokens: 0 },
        });
      }
      return revoked;
    });
  }

  private async revoke({ manager, audit }: MutationScope, token: CalendarToken, operation: string) {
    const { tokenHash: _secret, ...before } = token;
    token.revokedAt = this.clock.now();
    const saved = await manager.save(token);
    await audit({
      operation,
      entityType: 'CalendarToken',
      entityId: token.id,
      before,
      after: { ...before, revokedAt: saved.revokedAt, version: saved.version },
    });
    return saved;
  }

  myCalendarTokens(viewer: Viewer): Promise<CalendarToken[]> {
    return this.dataSource
      .getRepository(CalendarToken)
      .find({ where: { personId: viewer.personId }, order: { createdAt: 'DESC' } });
  }

  /**
   * The iCalendar feed for a token, or null when the token is unknown or revoked; in the
   * language asked for in the address, else the account's, else the app's Accept-Language.
   */
  async feed(token: string, sources: LanguageSources): Promise<string | null> {
    const found = await this.dataSource
      .getRepository(CalendarToken)
      .findOneBy({ tokenHash: secretHash(token), revokedAt: IsNull() });
    const owner = found ? await this.ownerStillHolding(found) : null;
    if (!found || !owner) return null;
    const language = resolveLanguage({ ...sources, preferred: owner.preferredLanguage });
    const words = FEED_WORDING[language];
    const scope = await this.access.membershipScope(found.personId);
    const meetings = scope.roles.size
      ? await this.dataSource
          .getRepository(Meeting)
          .createQueryBuilder('meeting')
          .where(visibleRecords(scope, 'meeting', 'confidential'))
          .andWhere('meeting.startsAt >= :since', {
            since: new Date(this.clock.now().getTime() - FEED_HISTORY_MS),
          })
          .orderBy('meeting.startsAt', 'ASC')
          .getMany()
      : [];
    const taskForces = scope.roles.size
      ? await this.dataSource
          .getRepository(TaskForce)
          .findBy([...scope.roles.keys()].map((id) => ({ id })))
      : [];
    const names = new Map(taskForces.map((tf) => [tf.id, tf.name]));

    const calendar = newCalendar(language);
    for (const meeting of meetings) {
      addMeetingEvent(
        calendar,
        {
          ...meeting,
          number: meetingNumber(meeting),
          taskForceName: names.get(meeting.taskForceId) ?? '',
          cancelled: meeting.status === MeetingStatus.CANCELLED,
        },
        language,
      );
    }
    for (const item of await this.openItemsOf(found.personId, [...scope.roles.keys()])) {
      calendar.createEvent({
        id: `action-${item.id}@thb-taskforces.lt`,
        sequence: item.version,
        allDay: true,
        // Local midnight strings: ical-generator reads them back with the same local getters.
        start: `${item.dueDate}T00:00:00`,
        end: `${addDays(item.dueDate, 1)}T00:00:00`,
        timezone: VILNIUS_ZONE,
        summary: words.itemDue(item.title),
        description: words.itemDueOn(item.dueDate, names.get(item.taskForceId) ?? ''),
      });
    }
    return calendar.toString();
  }

  /** A feed lives as long as its account: active, and no password change or disabling since. */
  private async ownerStillHolding(token: CalendarToken): Promise<Account | null> {
    const account = await this.dataSource
      .getRepository(Account)
      .findOneBy({ personId: token.personId });
    const holds = !!account?.active && account.tokenVersion === token.accountTokenVersion;
    return holds ? account : null;
  }

  /** The person's open action items in the task forces they belong to today. */
  private openItemsOf(personId: string, taskForceIds: string[]): Promise<ActionItem[]> {
    if (!taskForceIds.length) return Promise.resolve([]);
    return this.dataSource.getRepository(ActionItem).find({
      where: { assigneeId: personId, status: In(OPEN_STATUSES), taskForceId: In(taskForceIds) },
      order: { dueDate: 'ASC' },
    });
  }
}
