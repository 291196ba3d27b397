import { Args, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Allow, Audience } from '../auth/allow.decorator';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { IdArgs } from '../common/dto/id.args';
import { Connection } from '../common/pagination/connection.type';
import { ActionItemQueriesService } from './action-item-queries.service';
import { ActionItem } from './action-item.entity';
import { ActionItemsService } from './action-items.service';
import { ContributionCorrectionsService } from './contribution-corrections.service';
import { ActionUpdate } from './action-update.entity';
import { ActionItemsArgs, MyActionItemsArgs } from './dto/action-items.args';
import { CorrectContributionInput } from './dto/correct-contribution.input';
import { CreateActionItemInput } from './dto/create-action-item.input';
import { PostActionUpdateInput } from './dto/post-action-update.input';
import { UpdateActionItemInput } from './dto/update-action-item.input';

@ObjectType()
export class ActionItemConnection extends Connection(ActionItem) {}

@Resolver(() => ActionItem)
@Allow(Audience.AUTHENTICATED)
export class ActionItemsResolver {
  constructor(
    private readonly actionItemsService: ActionItemsService,
    private readonly queries: ActionItemQueriesService,
    private readonly corrections: ContributionCorrectionsService,
  ) {}

  @Query(() => ActionItemConnection, {
    description: 'Action items of the task forces you may read, with filters.',
  })
  actionItems(@CurrentViewer() viewer: Viewer, @Args() args: ActionItemsArgs) {
    return this.queries.actionItems(viewer, args);
  }

  @Query(() => ActionItem)
  actionItem(@CurrentViewer() viewer: Viewer, @Args() { id }: IdArgs) {
    return this.queries.actionItem(viewer, id);
  }

  @Query(() => ActionItemConnection, {
    description: 'Items assigned to you: open ones by due date (so overdue first), then closed.',
  })
  myActionItems(@CurrentViewer() viewer: Viewer, @Args() args: MyActionItemsArgs) {
    return this.queries.myActionItems(viewer, args);
  }

  @Mutation(() => ActionItem, {
    description: 'Creates an action item (chair, deputy chair or secretary).',
  })
  createActionItem(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateActionItemInput) {
    return this.actionItemsService.createActionItem(viewer, input);
  }

  @Mutation(() => ActionItem)
  updateActionItem(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateActionItemInput) {
    return this.actionItemsService.updateActionItem(viewer, input);
  }

  @Mutation(() => ActionUpdate, {
    description: 'Reports progress, optionally with a status change and indicator figures.',
  })
  postActionUpdate(@CurrentViewer() viewer: Viewer, @Args('input') input: PostActionUpdateInput) {
    return this.actionItemsService.postActionUpdate(viewer, input);
  }

  @Mutation(() => ActionUpdate, {
    description:
      'Corrects or withdraws a reported indicator figure, with a reason: by the member who reported it, or the chair, deputy chair or secretary. Returns the correction, a new update of the item.',
  })
  correctContribution(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CorrectContributionInput,
  ) {
    return this.corrections.correctContribution(viewer, input);
  }
}
