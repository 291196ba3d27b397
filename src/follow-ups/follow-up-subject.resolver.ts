import { Context, createUnionType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ActionItem } from '../action-items/action-item.entity';
import { AnnualReport } from '../annual-reports/annual-report.entity';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { GraphQLContext } from '../common/graphql/graphql-context';
import { Meeting } from '../meetings/meeting.entity';
import { canSee, TaskForceAccessService } from '../task-forces/task-force-access.service';
import { FollowUpSubject } from './follow-up.enums';
import { FollowUpRequest } from './follow-up-request.entity';

/** What a follow-up request asks about, when it is one record of the task force. */
export const FollowUpSubjectRecord = createUnionType({
  name: 'FollowUpSubjectRecord',
  description: 'The action item, meeting or annual report a follow-up request asks about.',
  types: () => [ActionItem, Meeting, AnnualReport] as const,
  resolveType: (record: object) =>
    record instanceof ActionItem ? ActionItem : record instanceof Meeting ? Meeting : AnnualReport,
});

const ENTITIES = {
  [FollowUpSubject.ACTION_ITEM]: ActionItem,
  [FollowUpSubject.MEETING]: Meeting,
  [FollowUpSubject.ANNUAL_REPORT]: AnnualReport,
};

@Resolver(() => FollowUpRequest)
export class FollowUpSubjectResolver {
  constructor(private readonly access: TaskForceAccessService) {}

  @ResolveField(() => FollowUpSubjectRecord, {
    nullable: true,
    description:
      'The record asked about, within your rights: null for a question about the task force as a whole, or a record you may not read (a confidential meeting).',
  })
  async subject(
    @Parent() request: FollowUpRequest,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer: Viewer,
  ) {
    const entity =
      request.subjectType !== FollowUpSubject.TASK_FORCE && ENTITIES[request.subjectType];
    if (!entity || !request.subjectId) return null;
    const record: ActionItem | Meeting | AnnualReport | null = await ctx.loaders.byId<
      ActionItem | Meeting | AnnualReport
    >(entity, request.subjectId);
    if (!record) return null;
    const confidential = record instanceof Meeting && record.confidential;
    return canSee(await this.access.scopeOf(viewer), record.taskForceId, confidential)
      ? record
      : null;
  }
}
