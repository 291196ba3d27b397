import { Global, Module } from '@nestjs/common';
import { DailyRemindersService } from './daily-reminders.service';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { Notifier } from './notifier.service';

/**
 * Notifications in the app and by mail. Global because the services of every task-force
 * record write them (with `Notifier`) inside their own transactions.
 */
@Global()
@Module({
  providers: [Notifier, NotificationsService, NotificationsResolver, DailyRemindersService],
  exports: [Notifier],
})
export class NotificationsModule {}
