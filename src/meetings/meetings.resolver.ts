import { Args, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Allow, Audience } from '../auth/allow.decorator';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { IdArgs } from '../common/dto/id.args';
import { Connection } from '../common/pagination/connection.type';
import { CancelMeetingInput } from './dto/cancel-meeting.input';
import { MarkMeetingHeldInput } from './dto/mark-meeting-held.input';
import { MeetingsArgs } from './dto/meetings.args';
import { ScheduleMeetingInput } from './dto/schedule-meeting.input';
import { UpdateMeetingInput } from './dto/update-meeting.input';
import { Meeting } from './meeting.entity';
import { MeetingsService } from './meetings.service';

@ObjectType()
export class MeetingConnection extends Connection(Meeting) {}

/** Task-force rights are checked in the services; the guard only requires a login here. */
@Resolver(() => Meeting)
@Allow(Audience.AUTHENTICATED)
export class MeetingsResolver {
  constructor(private readonly meetingsService: MeetingsService) {}

  @Query(() => MeetingConnection, {
    description: 'Meetings the caller may read, newest first unless `order` says otherwise.',
  })
  meetings(@CurrentViewer() viewer: Viewer, @Args() args: MeetingsArgs) {
    return this.meetingsService.meetings(viewer, args);
  }

  @Query(() => Meeting)
  meeting(@CurrentViewer() viewer: Viewer, @Args() { id }: IdArgs) {
    return this.meetingsService.meeting(viewer, id);
  }

  @Mutation(() => Meeting, {
    description: 'Schedules a meeting; it gets the next number of its task force and year.',
  })
  scheduleMeeting(@CurrentViewer() viewer: Viewer, @Args('input') input: ScheduleMeetingInput) {
    return this.meetingsService.scheduleMeeting(viewer, input);
  }

  @Mutation(() => Meeting)
  updateMeeting(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateMeetingInput) {
    return this.meetingsService.updateMeeting(viewer, input);
  }

  @Mutation(() => Meeting)
  cancelMeeting(@CurrentViewer() viewer: Viewer, @Args('input') input: CancelMeetingInput) {
    return this.meetingsService.cancelMeeting(viewer, input);
  }

  @Mutation(() => Meeting)
  markMeetingHeld(@CurrentViewer() viewer: Viewer, @Args('input') input: MarkMeetingHeldInput) {
    return this.meetingsService.markMeetingHeld(viewer, input);
  }
}
