import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ActionItem } from '../action-items/action-item.entity';
import { Viewer } from '../auth/viewer';
import { badInput } from '../common/errors/domain-error';
import { paginate } from '../common/pagination/paginate';
import { Clock } from '../common/time/clock';
import { requireAll } from '../database/require-all';
import { TransactionService } from '../database/transaction.service';
import { Institution } from '../institutions/institution.entity';
import { requireMeasures } from '../national-plans/plan-measure-links';
import { TaskForceAccessService, visibleRecords } from '../task-forces/task-force-access.service';
import { PreventionActivitiesArgs } from './dto/prevention-activities.args';
import { RecordPreventionActivityInput } from './dto/record-prevention-activity.input';
import { PreventionActivity } from './prevention-activity.entity';
import { activityDateProblem } from './prevention-activity-rules';

@Injectable()
export class PreventionActivitiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly access: TaskForceAccessService,
    private readonly clock: Clock,
  ) {}

  recordPreventionActivity(
    viewer: Viewer,
    input: RecordPreventionActivityInput,
  ): Promise<PreventionActivity> {
    const dateProblem = activityDateProblem(input.date, this.clock.today());
    if (dateProblem) throw badInput([{ field: 'date', message: dateProblem }]);
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const origin = await this.originItem(manager, input);
      // The record keepers, or the assignee recording what their own item carried out.
      const assigneeId = origin?.assigneeId ?? null;
      await this.access.require(viewer, 'reportOnOwnItem', { ...input, assigneeId });
      const { partnerInstitutionIds, measureIds, ...fields } = input;
      const activity = await manager.save(
        manager.create(PreventionActivity, {
          ...fields,
          title: input.title.trim(),
          place: input.place ?? null,
          description: input.description ?? null,
          originActionItemId: origin?.id ?? null,
          partners: await this.partners(manager, partnerInstitutionIds),
          measures: await requireMeasures(manager, measureIds),
        }),
      );
      await audit({
        operation: 'recordPreventionActivity',
        entityType: 'PreventionActivity',
        entityId: activity.id,
        after: { ...activity, partnerInstitutionIds, measureIds },
      });
      return activity;
    });
  }

  async preventionActivities(viewer: Viewer, args: PreventionActivitiesArgs) {
    const scope = await this.access.scopeOf(viewer);
    const query = this.dataSource
      .getRepository(PreventionActivity)
      .createQueryBuilder('activity')
      .where(visibleRecords(scope, 'activity'));
    if (args.taskForceId) query.andWhere('activity.taskForceId = :tf', { tf: args.taskForceId });
    if (args.kind) query.andWhere('activity.kind = :kind', { kind: args.kind });
    if (args.targetGroup) query.andWhere('activity.targetGroup = :tg', { tg: args.targetGroup });
    if (args.from) query.andWhere('activity.date >= :from', { from: args.from });
    if (args.to) query.andWhere('activity.date <= :to', { to: args.to });
    if (args.measureId) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM prevention_activity_measure link WHERE link.activity_id = activity.id AND link.measure_id = :measureId)',
        { measureId: args.measureId },
      );
    }
    return paginate(query, args, { property: 'date', direction: 'DESC' });
  }

  private async originItem(manager: EntityManager, input: RecordPreventionActivityInput) {
    if (!input.originActionItemId) return null;
    const item = await manager.findOneBy(ActionItem, { id: input.originActionItemId });
    if (!item || item.taskForceId !== input.taskForceId) {
      throw badInput([
        { field: 'originActionItemId', message: 'is not an action item of this task force' },
      ]);
    }
    return item;
  }

  private partners(manager: EntityManager, ids: string[]) {
    return requireAll(
      manager,
      Institution,
      ids,
      'partnerInstitutionIds',
      (id) => `${id} is not an institution`,
    );
  }
}
