import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Audience } from '../auth/allow.decorator';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { GraphQLContext, NoArgs } from '../common/graphql/graphql-context';
import { Person } from '../people/person.entity';
import { Attendance } from './attendance.entity';
import { AttendanceService } from './attendance.service';
import { RecordAttendanceInput } from './dto/record-attendance.input';
import { Meeting } from './meeting.entity';

@Resolver(() => Attendance)
export class AttendanceResolver {
  constructor(private readonly attendanceService: AttendanceService) {}

  @Mutation(() => Meeting, { description: 'Returns the meeting with its attendance and quorum.' })
  @Allow(Audience.AUTHENTICATED)
  recordAttendance(@CurrentViewer() viewer: Viewer, @Args('input') input: RecordAttendanceInput) {
    return this.attendanceService.recordAttendance(viewer, input);
  }

  @ResolveField(() => Person)
  person(attendance: Attendance, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders.byId(Person, attendance.personId);
  }
}
