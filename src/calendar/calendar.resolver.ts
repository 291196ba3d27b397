import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Audience } from '../auth/allow.decorator';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { SystemRole } from '../auth/system-role.enum';
import type { Viewer } from '../auth/viewer';
import { CalendarToken } from './calendar-token.entity';
import { CalendarService } from './calendar.service';
import {
  CalendarSubscription,
  CreateCalendarTokenInput,
  RevokeCalendarFeedsInput,
  RevokeCalendarTokenInput,
} from './dto/calendar.inputs';

@Resolver(() => CalendarToken)
@Allow(Audience.AUTHENTICATED)
export class CalendarResolver {
  constructor(private readonly calendarService: CalendarService) {}

  @Query(() => [CalendarToken], { description: 'Your calendar addresses, revoked ones included.' })
  myCalendarTokens(@CurrentViewer() viewer: Viewer) {
    return this.calendarService.myCalendarTokens(viewer);
  }

  @Mutation(() => CalendarSubscription, {
    description: 'Creates a secret calendar address listing the meetings of your task forces.',
  })
  createCalendarToken(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { nullable: true }) input?: CreateCalendarTokenInput,
  ) {
    return this.calendarService.createCalendarToken(viewer, input ?? {});
  }

  @Mutation(() => CalendarToken, { description: 'Stops a calendar address from working.' })
  revokeCalendarToken(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RevokeCalendarTokenInput,
  ) {
    return this.calendarService.revokeCalendarToken(viewer, input.id);
  }

  @Mutation(() => [CalendarToken], {
    description:
      'Administrators: stops every calendar address of an account (e.g. a lost phone); returns those revoked.',
  })
  @Allow(SystemRole.ADMIN)
  revokeCalendarFeeds(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RevokeCalendarFeedsInput,
  ) {
    return this.calendarService.revokeCalendarFeeds(viewer, input.accountId);
  }
}
