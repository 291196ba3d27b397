import { ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { viewerIn } from '../auth/current-viewer.decorator';
import { GraphQLContext, NoArgs } from '../common/graphql/graphql-context';
import { vilniusDate, vilniusDateTime } from '../common/time/vilnius-time';
import { Membership } from '../task-forces/membership.entity';
import { TaskForce } from '../task-forces/task-force.entity';
import { AgendaItem } from './agenda-item.entity';
import { Attendance } from './attendance.entity';
import { Decision } from './decision.entity';
import { MeetingQuorum } from './dto/meeting-quorum.type';
import { MinutesStatus } from './meeting.enums';
import { Meeting, meetingNumber } from './meeting.entity';
import { MeetingAccessService } from './meeting-access.service';
import { MeetingGuest } from './meeting-guest.entity';
import { Minutes } from './minutes.entity';
import { quorumFromRecords } from './quorum';

const MEMBERSHIP_FIELDS = ['personId', 'role', 'validFrom', 'validTo'] as const;

/** The parts of a meeting's record; the meeting itself was checked when it was fetched. */
@Resolver(() => Meeting)
export class MeetingFieldsResolver {
  constructor(
    private readonly meetingAccess: MeetingAccessService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @ResolveField(() => [String], {
    description:
      "The operations on this meeting the caller may perform now (e.g. markMeetingHeld, saveMinutes, approveMinutes), each passing the same checks as its mutation: the caller's right and the meeting's and minutes' lifecycles. A client shows only these controls. Ask it for one meeting at a time: it runs every check.",
  })
  viewerOperations(meeting: Meeting, _args: NoArgs, ctx: GraphQLContext) {
    const viewer = viewerIn(ctx);
    return this.meetingAccess.openOperations(this.dataSource.manager, viewer, meeting);
  }

  @ResolveField(() => String, { description: 'Number within the task force and year: "2026/3".' })
  number(meeting: Meeting) {
    return meetingNumber(meeting);
  }

  @ResolveField(() => String, { description: 'Start in Vilnius time with offset (ISO 8601).' })
  startsAtLocal(meeting: Meeting) {
    return vilniusDateTime(meeting.startsAt);
  }

  @ResolveField(() => String, { description: 'End in Vilnius time with offset (ISO 8601).' })
  endsAtLocal(meeting: Meeting) {
    return vilniusDateTime(meeting.endsAt);
  }

  @ResolveField(() => TaskForce)
  taskForce(meeting: Meeting, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders.byId(TaskForce, meeting.taskForceId);
  }

  @ResolveField(() => [AgendaItem])
  agenda(meeting: Meeting, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders.children(AgendaItem, 'meetingId', meeting.id, { position: 'ASC' });
  }

  @ResolveField(() => [Attendance])
  attendance(meeting: Meeting, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders.children(Attendance, 'meetingId', meeting.id, { createdAt: 'ASC' });
  }

  @ResolveField(() => [MeetingGuest])
  guests(meeting: Meeting, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders.children(MeetingGuest, 'meetingId', meeting.id, { fullName: 'ASC' });
  }

  @ResolveField(() => MeetingQuorum, {
    description:
      'Worked out from the roster and attendance; as it stood at approval once approved.',
  })
  async quorum(meeting: Meeting, _args: NoArgs, ctx: GraphQLContext) {
    // Only the fields the rule reads: a page of meetings counts thousands of these rows.
    const [taskForce, memberships, attendance, minutes] = await Promise.all([
      ctx.loaders.byId(TaskForce, meeting.taskForceId),
      ctx.loaders.childFields(Membership, 'taskForceId', meeting.taskForceId, MEMBERSHIP_FIELDS),
      ctx.loaders.childFields(Attendance, 'meetingId', meeting.id, ['personId', 'status']),
      this.minutesFacts(meeting, ctx),
    ]);
    const rule = taskForce!.quorumRule;
    if (minutes?.approvedQuorum) return { rule, ...(JSON.parse(minutes.approvedQuorum) as object) };
    const date = vilniusDate(meeting.startsAt);
    return { rule, ...quorumFromRecords(rule, date, memberships, attendance) };
  }

  @ResolveField(() => [Decision])
  decisions(meeting: Meeting, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders.children(Decision, 'meetingId', meeting.id, { sequence: 'ASC' });
  }

  @ResolveField(() => Minutes, { nullable: true })
  async minutes(meeting: Meeting, _args: NoArgs, ctx: GraphQLContext) {
    const [minutes] = await ctx.loaders.children(Minutes, 'meetingId', meeting.id, {});
    return minutes ?? null;
  }

  @ResolveField(() => MinutesStatus)
  async minutesStatus(meeting: Meeting, _args: NoArgs, ctx: GraphQLContext) {
    return (await this.minutesFacts(meeting, ctx))?.status ?? MinutesStatus.NONE;
  }

  /** The minutes' status and approved quorum, without their text. */
  private async minutesFacts(meeting: Meeting, ctx: GraphQLContext) {
    const fields = ['status', 'approvedQuorum'] as const;
    const [facts] = await ctx.loaders.childFields(Minutes, 'meetingId', meeting.id, fields);
    return facts ?? null;
  }
}
