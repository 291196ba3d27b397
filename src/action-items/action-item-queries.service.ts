import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { notFound } from '../common/errors/domain-error';
import { paginate, SortKey } from '../common/pagination/paginate';
import { Clock } from '../common/time/clock';
import { TaskForceAccessService, visibleRecords } from '../task-forces/task-force-access.service';
import { ActionItemOrder, OPEN_STATUSES } from './action-item.enums';
import { ActionItem } from './action-item.entity';
import { ActionItemsArgs, MyActionItemsArgs } from './dto/action-items.args';
import { searchPattern, searchTextMatches } from '../database/like-pattern';
import { overdueSql } from './action-item-timeliness';

const ORDERS: Record<ActionItemOrder, SortKey> = {
  DUE_DATE_ASC: { property: 'dueDate', direction: 'ASC' },
  DUE_DATE_DESC: { property: 'dueDate', direction: 'DESC' },
  CREATED_ASC: { property: 'createdAt', direction: 'ASC' },
  CREATED_DESC: { property: 'createdAt', direction: 'DESC' },
  UPDATED_ASC: { property: 'updatedAt', direction: 'ASC' },
  UPDATED_DESC: { property: 'updatedAt', direction: 'DESC' },
};

const OPEN_SQL = `('${OPEN_STATUSES.join("','")}')`;

/** Open items first (rank 0), then closed ones; within each, the earliest due first. */
const MY_ORDER: SortKey<ActionItem>[] = [
  {
    expression: `CASE WHEN item.status IN ${OPEN_SQL} THEN 0 ELSE 1 END`,
    direction: 'ASC',
    valueOf: (item) => (OPEN_STATUSES.includes(item.status) ? 0 : 1),
  },
  { property: 'dueDate', direction: 'ASC' },
];

@Injectable()
export class ActionItemQueriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: TaskForceAccessService,
    private readonly clock: Clock,
  ) {}

  async actionItems(viewer: Viewer, args: ActionItemsArgs) {
    const scope = await this.access.scopeOf(viewer);
    const query = this.items().where(visibleRecords(scope, 'item'));
    this.filter(query, args);
    return paginate(query, args, ORDERS[args.order]);
  }

  async actionItem(viewer: Viewer, id: string): Promise<ActionItem> {
    const item = await this.dataSource.getRepository(ActionItem).findOneBy({ id });
    if (!item) throw notFound('ActionItem', id);
    await this.access.require(viewer, 'read', item);
    return item;
  }

  /** The caller's own items, overdue first (open items by due date, then closed ones). */
  async myActionItems(viewer: Viewer, args: MyActionItemsArgs) {
    // A former member keeps no reads: only items of task forces the caller may read today.
    const scope = await this.access.scopeOf(viewer);
    const query = this.items()
      .where(visibleRecords(scope, 'item'))
      .andWhere('item.assigneeId = :me', { me: viewer.personId });
    if (!args.includeClosed) query.andWhere(`item.status IN ${OPEN_SQL}`);
    return paginate(query, args, MY_ORDER);
  }

  private items() {
    return this.dataSource.getRepository(ActionItem).createQueryBuilder('item');
  }

  private filter(query: SelectQueryBuilder<ActionItem>, args: ActionItemsArgs) {
    const today = this.clock.today();
    if (args.taskForceId) query.andWhere('item.taskForceId = :tf', { tf: args.taskForceId });
    if (args.assigneeId)
      query.andWhere('item.assigneeId = :assignee', { assignee: args.assigneeId });
    if (args.status?.length)
      query.andWhere('item.status IN (:...statuses)', { statuses: args.status });
    if (args.overdue !== undefined) {
      const overdue = overdueSql('item', ':today');
      query.andWhere(args.overdue ? overdue : `NOT ${overdue}`, { today });
    }
    if (args.measureId) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM action_item_measure link WHERE link.action_item_id = item.id AND link.measure_id = :measureId)',
        { measureId: args.measureId },
      );
    }
    if (args.planId) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM action_item_measure link JOIN plan_measure measure ON measure.id = link.measure_id WHERE link.action_item_id = item.id AND measure.plan_id = :planId)',
        { planId: args.planId },
      );
    }
    if (args.dueFrom) query.andWhere('item.dueDate >= :dueFrom', { dueFrom: args.dueFrom });
    if (args.dueTo) query.andWhere('item.dueDate <= :dueTo', { dueTo: args.dueTo });
    if (args.text?.trim()) {
      query.andWhere(searchTextMatches('item', ':text'), { text: searchPattern(args.text) });
    }
  }
}
