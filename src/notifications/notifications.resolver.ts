import { Args, Field, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Allow, Audience } from '../auth/allow.decorator';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { Connection } from '../common/pagination/connection.type';
import { MyNotificationsArgs } from './dto/my-notifications.args';
import {
  MarkNotificationsReadInput,
  MarkNotificationsReadResult,
} from './dto/mark-notifications-read.input';
import { UpdateNotificationSettingsInput } from './dto/update-notification-settings.input';
import { Notification } from './notification.entity';
import { NotificationSettings } from './notification-settings.entity';
import { NotificationsService } from './notifications.service';

@ObjectType()
export class NotificationConnection extends Connection(Notification) {
  @Field(() => Int, { description: 'How many of yours are unread, whatever the filter.' })
  unreadCount: number;
}

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationConnection, { description: 'Your notifications, newest first.' })
  @Allow(Audience.AUTHENTICATED)
  myNotifications(@CurrentViewer() viewer: Viewer, @Args() args: MyNotificationsArgs) {
    return this.service.myNotifications(viewer, args);
  }

  @Mutation(() => MarkNotificationsReadResult, { description: 'Marks your notifications read.' })
  @Allow(Audience.AUTHENTICATED)
  markNotificationsRead(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: MarkNotificationsReadInput,
  ) {
    return this.service.markNotificationsRead(viewer, input);
  }

  @Query(() => NotificationSettings, { description: 'Which notifications you get by e-mail.' })
  @Allow(Audience.AUTHENTICATED)
  notificationSettings(@CurrentViewer() viewer: Viewer) {
    return this.service.notificationSettings(viewer);
  }

  @Mutation(() => NotificationSettings, { description: 'Changes your notification settings.' })
  @Allow(Audience.AUTHENTICATED)
  updateNotificationSettings(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateNotificationSettingsInput,
  ) {
    return this.service.updateNotificationSettings(viewer, input);
  }
}
