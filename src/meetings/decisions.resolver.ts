import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Audience } from '../auth/allow.decorator';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { GraphQLContext, NoArgs } from '../common/graphql/graphql-context';
import { PlanMeasure } from '../national-plans/plan-measure.entity';
import { canSee, TaskForceAccessService } from '../task-forces/task-force-access.service';
import { AgendaItem } from './agenda-item.entity';
import { Decision } from './decision.entity';
import { DecisionsService } from './decisions.service';
import { Votes } from './dto/meeting-quorum.type';
import { RecordDecisionInput, UpdateDecisionInput } from './dto/record-decision.input';
import { DECISION_MEASURES } from './measure-links';
import { Meeting, meetingNumber } from './meeting.entity';

@Resolver(() => Decision)
export class DecisionsResolver {
  constructor(
    private readonly decisionsService: DecisionsService,
    private readonly access: TaskForceAccessService,
  ) {}

  @Mutation(() => Decision, { description: 'Records a decision; it is numbered "2026/3-2".' })
  @Allow(Audience.AUTHENTICATED)
  recordDecision(@CurrentViewer() viewer: Viewer, @Args('input') input: RecordDecisionInput) {
    return this.decisionsService.recordDecision(viewer, input);
  }

  @Mutation(() => Decision)
  @Allow(Audience.AUTHENTICATED)
  updateDecision(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateDecisionInput) {
    return this.decisionsService.updateDecision(viewer, input);
  }

  @ResolveField(() => String, { description: 'Meeting number and position: "2026/3-2".' })
  async number(decision: Decision, _args: NoArgs, ctx: GraphQLContext) {
    const meeting = await ctx.loaders.byId(Meeting, decision.meetingId);
    return `${meetingNumber(meeting!)}-${decision.sequence}`;
  }

  @ResolveField(() => Meeting)
  meeting(decision: Decision, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders.byId(Meeting, decision.meetingId);
  }

  @ResolveField(() => AgendaItem, { nullable: true })
  agendaItem(decision: Decision, _args: NoArgs, ctx: GraphQLContext) {
    return decision.agendaItemId ? ctx.loaders.byId(AgendaItem, decision.agendaItemId) : null;
  }

  @ResolveField(() => Votes, { nullable: true })
  votes(decision: Decision): Votes | null {
    if (decision.votesFor === null) return null;
    return {
      for: decision.votesFor,
      against: decision.votesAgainst ?? 0,
      abstained: decision.votesAbstained ?? 0,
    };
  }

  @ResolveField(() => [PlanMeasure])
  measures(decision: Decision, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders.linked(PlanMeasure, DECISION_MEASURES, decision.id, 'code');
  }

  @ResolveField(() => Decision, {
    nullable: true,
    description: 'The earlier decision this one amends (null if you may not see it).',
  })
  async amends(
    @Parent() decision: Decision,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer: Viewer,
  ) {
    if (!decision.amendsId) return null;
    const amended = await ctx.loaders.byId(Decision, decision.amendsId);
    return amended && (await this.visible(ctx, viewer, [amended]))[0];
  }

  @ResolveField('amendsId', () => ID, {
    nullable: true,
    description: 'The earlier decision this one amends (null if you may not see it).',
  })
  async amendsIdField(
    @Parent() decision: Decision,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer: Viewer,
  ) {
    return (await this.amends(decision, ctx, viewer))?.id ?? null;
  }

  @ResolveField(() => [Decision], { description: 'Later decisions that amend this one.' })
  async amendedBy(
    @Parent() decision: Decision,
    @Context() ctx: GraphQLContext,
    @CurrentViewer() viewer: Viewer,
  ) {
    const amending = await ctx.loaders.children(Decision, 'amendsId', decision.id, {
      createdAt: 'ASC',
    });
    return (await this.visible(ctx, viewer, amending)).filter(Boolean);
  }

  /** Amendments can cross into confidential meetings: show only what the caller may see. */
  private async visible(ctx: GraphQLContext, viewer: Viewer, decisions: Decision[]) {
    const scope = await this.access.scopeOf(viewer);
    const meetings = await Promise.all(
      decisions.map((d) => ctx.loaders.byId(Meeting, d.meetingId)),
    );
    return decisions.map((d, i) =>
      canSee(scope, d.taskForceId, meetings[i]!.confidential) ? d : null,
    );
  }
}
