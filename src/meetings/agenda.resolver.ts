import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Audience } from '../auth/allow.decorator';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { GraphQLContext, NoArgs } from '../common/graphql/graphql-context';
import { PlanMeasure } from '../national-plans/plan-measure.entity';
import { AgendaItem } from './agenda-item.entity';
import { AgendaService } from './agenda.service';
import {
  AddAgendaItemInput,
  RemoveAgendaItemInput,
  ReorderAgendaInput,
  UpdateAgendaItemInput,
} from './dto/agenda.inputs';
import { AGENDA_ITEM_MEASURES } from './measure-links';
import { Meeting } from './meeting.entity';

@Resolver(() => AgendaItem)
@Allow(Audience.AUTHENTICATED)
export class AgendaResolver {
  constructor(private readonly agendaService: AgendaService) {}

  @Mutation(() => AgendaItem, { description: 'Adds an item at the end of the agenda.' })
  addAgendaItem(@CurrentViewer() viewer: Viewer, @Args('input') input: AddAgendaItemInput) {
    return this.agendaService.addAgendaItem(viewer, input);
  }

  @Mutation(() => AgendaItem)
  updateAgendaItem(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateAgendaItemInput) {
    return this.agendaService.updateAgendaItem(viewer, input);
  }

  @Mutation(() => Meeting, { description: 'Removes an item; the others close the gap.' })
  removeAgendaItem(@CurrentViewer() viewer: Viewer, @Args('input') input: RemoveAgendaItemInput) {
    return this.agendaService.removeAgendaItem(viewer, input);
  }

  @Mutation(() => Meeting, {
    description:
      'Puts the agenda in the order given. The order is not part of an item: items keep their ' +
      'versions, so edits sent with the versions already held still go through.',
  })
  reorderAgenda(@CurrentViewer() viewer: Viewer, @Args('input') input: ReorderAgendaInput) {
    return this.agendaService.reorderAgenda(viewer, input);
  }

  @ResolveField(() => [PlanMeasure], { description: 'Measures of the national plan it serves.' })
  measures(item: AgendaItem, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders.linked(PlanMeasure, AGENDA_ITEM_MEASURES, item.id, 'code');
  }
}
