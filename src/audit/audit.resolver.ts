import { Args, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { viewerIn } from '../auth/current-viewer.decorator';
import { SystemRole } from '../auth/system-role.enum';
import type { Viewer } from '../auth/viewer';
import { Connection } from '../common/pagination/connection.type';
import { holds } from '../task-forces/task-force-rights';
import { AuditEvent } from './audit-event.entity';
import { AuditService } from './audit.service';
import { AuditChainVerification, AuditChainVerificationArgs } from './dto/audit-chain-verification';
import { AuditEventsArgs } from './dto/audit-events.args';
import { GraphQLContext, NoArgs } from '../common/graphql/graphql-context';

@ObjectType()
export class AuditEventConnection extends Connection(AuditEvent) {}

const AUDIT_READERS = [SystemRole.ADMIN, SystemRole.MINISTRY, SystemRole.COMMISSION];

/** Meeting records may be confidential: `readAuditContents` treats them so. */
const MEETING_RECORDS = new Set([
  'Meeting',
  'AgendaItem',
  'Attendance',
  'MeetingGuests',
  'MeetingQuorum',
  'Decision',
  'Minutes',
]);

const hidesContent = (viewer: Viewer | null, event: AuditEvent) =>
  !viewer ||
  !holds('readAuditContents', viewer, { meetingRecord: MEETING_RECORDS.has(event.entityType) });

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEventConnection, { description: 'The audit trail, newest first.' })
  @Allow(...AUDIT_READERS)
  auditEvents(@Args() args: AuditEventsArgs) {
    return this.audit.list(args);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The record before the change, as JSON (meeting records: not for administrators).',
  })
  before(event: AuditEvent, _args: NoArgs, ctx: GraphQLContext) {
    const viewer = viewerIn(ctx);
    return hidesContent(viewer, event) ? null : event.before;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The record after the change, as JSON (meeting records: not for administrators).',
  })
  after(event: AuditEvent, _args: NoArgs, ctx: GraphQLContext) {
    const viewer = viewerIn(ctx);
    return hidesContent(viewer, event) ? null : event.after;
  }

  @Query(() => AuditChainVerification, {
    description:
      'Checks with the audit key that no audit event was edited, deleted or reordered, and ' +
      'with an exported head that none of the newest was removed.',
  })
  @Allow(...AUDIT_READERS)
  auditChainVerification(@Args() { head }: AuditChainVerificationArgs) {
    return this.audit.verify(head);
  }
}
