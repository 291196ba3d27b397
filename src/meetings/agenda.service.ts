import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { definedChanges } from '../common/dto/defined-changes';
import { badInput, conflict, notFound } from '../common/errors/domain-error';
import { MAX_AGENDA_ITEMS, requireRoom } from '../common/graphql/list-bounds';
import { TransactionService } from '../database/transaction.service';
import { requireMeasures, withMeasureIds } from '../national-plans/plan-measure-links';
import { AgendaItem } from './agenda-item.entity';
import {
  AddAgendaItemInput,
  RemoveAgendaItemInput,
  ReorderAgendaInput,
  UpdateAgendaItemInput,
} from './dto/agenda.inputs';
import { MeetingAccessService } from './meeting-access.service';
import { Meeting, meetingNumber } from './meeting.entity';
import { nextNumber } from '../database/next-number';

@Injectable()
export class AgendaService {
  constructor(
    private readonly tx: TransactionService,
    private readonly meetingAccess: MeetingAccessService,
  ) {}

  addAgendaItem(viewer: Viewer, input: AddAgendaItemInput): Promise<AgendaItem> {
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const meeting = await this.meetingAccess.requireEditable(
        manager,
        viewer,
        input.meetingId,
        'addAgendaItem',
      );
      const items = await manager.countBy(AgendaItem, { meetingId: meeting.id });
      requireRoom(
        items,
        MAX_AGENDA_ITEMS,
        `The agenda of meeting ${meetingNumber(meeting)} already has ${MAX_AGENDA_ITEMS} items, the most one meeting can hold.`,
      );
      const item = await manager.save(
        manager.create(AgendaItem, {
          meetingId: meeting.id,
          position: await nextNumber(manager, AgendaItem, 'position', { meetingId: meeting.id }),
          title: input.title.trim(),
          presenter: input.presenter ?? null,
          measures: await requireMeasures(manager, input.measureIds),
        }),
      );
      await audit({
        operation: 'addAgendaItem',
        entityType: 'AgendaItem',
        entityId: item.id,
        after: withMeasureIds(item),
      });
      return item;
    });
  }

  updateAgendaItem(viewer: Viewer, input: UpdateAgendaItemInput): Promise<AgendaItem> {
    const { id, version, measureIds, ...changes } = input;
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const item = await this.editableItem(viewer, id, version, manager, 'updateAgendaItem');
      const before = withMeasureIds(item);
      Object.assign(item, definedChanges(changes));
      if (measureIds) item.measures = await requireMeasures(manager, measureIds);
      const saved = await manager.save(item);
      await audit({
        operation: 'updateAgendaItem',
        entityType: 'AgendaItem',
        entityId: id,
        before,
        after: withMeasureIds(saved),
      });
      return saved;
    });
  }

  removeAgendaItem(viewer: Viewer, input: RemoveAgendaItemInput): Promise<Meeting> {
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const item = await this.editableItem(
        viewer,
        input.id,
        input.version,
        manager,
        'removeAgendaItem',
      );
      await manager.remove(AgendaItem, { ...item });
      const rest = await manager.find(AgendaItem, {
        where: { meetingId: item.meetingId },
        order: { position: 'ASC' },
      });
      await this.renumber(manager, rest);
      await audit({
        operation: 'removeAgendaItem',
        entityType: 'AgendaItem',
        entityId: input.id,
        before: withMeasureIds(item),
      });
      return manager.findOneByOrFail(Meeting, { id: item.meetingId });
    });
  }

  reorderAgenda(viewer: Viewer, input: ReorderAgendaInput): Promise<Meeting> {
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const meeting = await this.meetingAccess.requireEditable(
        manager,
        viewer,
        input.meetingId,
        'reorderAgenda',
      );
      const items = await manager.findBy(AgendaItem, { meetingId: meeting.id });
      const byId = new Map(items.map((item) => [item.id, item]));
      if (items.length !== input.itemIds.length || input.itemIds.some((id) => !byId.has(id))) {
        throw badInput([
          {
            field: 'itemIds',
            rule: 'INCOMPLETE',
            message: 'must list every item of this agenda exactly once',
          },
        ]);
      }
      const before = items.map((item) => item.id);
      await this.renumber(
        manager,
        input.itemIds.map((id) => byId.get(id)!),
      );
      await audit({
        operation: 'reorderAgenda',
        entityType: 'Meeting',
        entityId: meeting.id,
        before: { agenda: before },
        after: { agenda: input.itemIds },
      });
      return meeting;
    });
  }

  private async editableItem(
    viewer: Viewer,
    id: string,
    version: number,
    manager: EntityManager,
    operation: string,
  ): Promise<AgendaItem> {
    const item = await manager.findOne(AgendaItem, {
      where: { id },
      relations: { measures: true },
    });
    if (!item) throw notFound('AgendaItem', id);
    await this.meetingAccess.requireEditable(manager, viewer, item.meetingId, operation);
    if (item.version !== version) throw conflict('the agenda item');
    return item;
  }

  /**
   * Positions 1..n in the given order; unique positions are not enforced, so no swap dance.
   * The order belongs to the agenda, not to an item: moving an item keeps its version (set
   * explicitly, or TypeORM raises it), so whoever holds the items can still edit them.
   */
  private async renumber(manager: EntityManager, items: AgendaItem[]) {
    for (const [index, item] of items.entries()) {
      if (item.position !== index + 1) {
        await manager.update(AgendaItem, item.id, { position: index + 1, version: item.version });
      }
    }
  }
}
