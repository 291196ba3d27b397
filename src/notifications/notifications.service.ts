import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { badInput, conflict, notFound } from '../common/errors/domain-error';
import { paginate } from '../common/pagination/paginate';
import { Clock } from '../common/time/clock';
import { TransactionService } from '../database/transaction.service';
import { MyNotificationsArgs } from './dto/my-notifications.args';
import {
  MarkNotificationsReadInput,
  MarkNotificationsReadResult,
} from './dto/mark-notifications-read.input';
import { UpdateNotificationSettingsInput } from './dto/update-notification-settings.input';
import { preferencesOf, storedFrequencies } from './notification-preferences';
import { Notification } from './notification.entity';
import { NotificationSettings, NotificationSettingsRow } from './notification-settings.entity';

/** Each person's own notifications and settings: nobody reads or changes another's. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly clock: Clock,
  ) {}

  async myNotifications(viewer: Viewer, args: MyNotificationsArgs) {
    const query = this.dataSource
      .getRepository(Notification)
      .createQueryBuilder('notification')
      .where('notification.personId = :personId', { personId: viewer.personId });
    if (args.unreadOnly) query.andWhere('notification.readAt IS NULL');
    const page = await paginate(query, args, { property: 'createdAt', direction: 'DESC' });
    const unread = () => this.unreadCount(this.dataSource.manager, viewer.personId);
    return Object.defineProperty(page, 'unreadCount', { get: unread, enumerable: true });
  }

  markNotificationsRead(
    viewer: Viewer,
    input: MarkNotificationsReadInput,
  ): Promise<MarkNotificationsReadResult> {
    const ids = input.ids ?? [];
    if (input.all ? ids.length : !ids.length) {
      const rule = input.all ? 'CONFLICTING_FIELDS' : 'REQUIRED';
      throw badInput([{ field: 'ids', rule, message: 'give either ids or all: true' }]);
    }
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const own = { personId: viewer.personId };
      if (ids.length) {
        const found = await manager.findBy(Notification, { ...own, id: In(ids) });
        // Another person's notification is as unknown as one that does not exist.
        const missing = ids.find((id) => !found.some((n) => n.id === id));
        if (missing) throw notFound('Notification', missing);
      }
      const unread = { ...own, readAt: IsNull(), ...(ids.length ? { id: In(ids) } : {}) };
      const marking = await manager.find(Notification, { where: unread, select: { id: true } });
      if (marking.length) {
        await manager.update(
          Notification,
          { id: In(marking.map((n) => n.id)) },
          { readAt: this.clock.now() },
        );
      }
      await audit({
        operation: 'markNotificationsRead',
        entityType: 'Person',
        entityId: viewer.personId,
        after: { marked: marking.map((n) => n.id) },
      });
      return {
        marked: marking.length,
        unreadCount: await this.unreadCount(manager, viewer.personId),
      };
    });
  }

  async notificationSettings(viewer: Viewer): Promise<NotificationSettings> {
    const row = await this.dataSource
      .getRepository(NotificationSettingsRow)
      .findOneBy({ personId: viewer.personId });
    return preferencesOf(row);
  }

  updateNotificationSettings(
    viewer: Viewer,
    input: UpdateNotificationSettingsInput,
  ): Promise<NotificationSettings> {
    const duplicate = input.kinds?.find(
      (k, i) => input.kinds!.findIndex((o) => o.kind === k.kind) < i,
    );
    if (duplicate) {
      throw badInput([{ field: 'kinds', rule: 'DUPLICATE', message: `${duplicate.kind} twice` }]);
    }
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const row = await manager.findOneBy(NotificationSettingsRow, { personId: viewer.personId });
      const stored = row ? { ...row } : null;
      const before = preferencesOf(row);
      if (before.version !== input.version) throw conflict('your notification settings');
      const chosen = new Map(input.kinds?.map((k) => [k.kind, k.mail]));
      const after: NotificationSettings = {
        dueSoonDays: input.dueSoonDays ?? before.dueSoonDays,
        kinds: before.kinds.map(({ kind, mail }) => ({ kind, mail: chosen.get(kind) ?? mail })),
        version: before.version,
      };
      const saved = await manager.save(
        Object.assign(
          row ?? manager.create(NotificationSettingsRow, { personId: viewer.personId }),
          {
            dueSoonDays: after.dueSoonDays,
            frequencies: storedFrequencies(after),
          },
        ),
      );
      await audit({
        operation: 'updateNotificationSettings',
        entityType: 'NotificationSettings',
        entityId: saved.id,
        before: stored,
        after: saved,
      });
      return preferencesOf(saved);
    });
  }

  private unreadCount(manager: EntityManager, personId: string): Promise<number> {
    return manager.countBy(Notification, { personId, readAt: IsNull() });
  }
}
