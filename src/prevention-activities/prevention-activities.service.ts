import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ActionItem } from '../action-items/action-item.entity';
import { Viewer } from '../auth/viewer';
import { definedChanges } from '../common/dto/defined-changes';
import { counts, countsSql } from '../common/entities/withdrawable.entity';
import { badInput, conflict, failedPrecondition, notFound } from '../common/errors/domain-error';
import { paginate } from '../common/pagination/paginate';
import { Clock } from '../common/time/clock';
import { vilniusDate } from '../common/time/vilnius-time';
import { requireAll } from '../database/require-all';
import { TransactionService } from '../database/transaction.service';
import { Institution } from '../institutions/institution.entity';
import { requireMeasures } from '../national-plans/plan-measure-links';
import { TaskForceAccessService, visibleRecords } from '../task-forces/task-force-access.service';
import { requireActiveTaskForce } from '../task-forces/task-force-state';
import { PreventionActivitiesArgs } from './dto/prevention-activities.args';
import { RecordPreventionActivityInput } from './dto/record-prevention-activity.input';
import {
  UpdatePreventionActivityInput,
  WithdrawPreventionActivityInput,
} from './dto/update-prevention-activity.input';
import { PreventionActivity } from './prevention-activity.entity';
import { activityDateProblem } from './prevention-activity-rules';

/** An activity with its links as ids, for the audit trail. */
const withLinkIds = (activity: PreventionActivity) => ({
  ...activity,
  partnerInstitutionIds: activity.partners?.map((p) => p.id),
  measureIds: activity.measures?.map((m) => m.id),
});

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
    if (dateProblem)
      throw badInput([{ field: 'date', rule: 'IN_THE_FUTURE', message: dateProblem }]);
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      await requireActiveTaskForce(manager, input.taskForceId);
      const origin = await this.originItem(manager, input);
      await this.requireRecorder(viewer, input.taskForceId, origin);
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

  /** Corrects a recorded activity: those who may record it may correct it. */
  updatePreventionActivity(viewer: Viewer, input: UpdatePreventionActivityInput) {
    const { id, version, partnerInstitutionIds, measureIds, ...rest } = input;
    const changes = definedChanges(rest);
    const dateProblem = changes.date && activityDateProblem(changes.date, this.clock.today());
    if (dateProblem)
      throw badInput([{ field: 'date', rule: 'IN_THE_FUTURE', message: dateProblem }]);
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const activity = await this.changeable(viewer, manager, id, version);
      if (changes.originActionItemId !== undefined) {
        const origin = await this.originItem(manager, {
          taskForceId: activity.taskForceId,
          originActionItemId: changes.originActionItemId,
        });
        // Moving it to another item (or none) needs the right over that one too.
        await this.requireRecorder(viewer, activity.taskForceId, origin);
      }
      const before = withLinkIds(activity);
      Object.assign(activity, changes, changes.title ? { title: changes.title.trim() } : {});
      if (partnerInstitutionIds) {
        activity.partners = await this.partners(manager, partnerInstitutionIds);
      }
      if (measureIds) activity.measures = await requireMeasures(manager, measureIds);
      // Links live in join tables, which the row's version does not see: raise it for them too,
      // so a copy read before this change is refused as stale.
      if (partnerInstitutionIds || measureIds) activity.version = version + 1;
      const saved = await manager.save(activity);
      await audit({
        operation: 'updatePreventionActivity',
        entityType: 'PreventionActivity',
        entityId: id,
        before,
        after: withLinkIds(saved),
      });
      return saved;
    });
  }

  /** Withdraws an activity recorded in error: kept, and audited, but no longer counted. */
  withdrawPreventionActivity(viewer: Viewer, input: WithdrawPreventionActivityInput) {
    const reason = input.reason.trim();
    if (!reason)
      throw badInput([
        { field: 'reason', rule: 'REASON_REQUIRED', message: 'must say why it is withdrawn' },
      ]);
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const activity = await this.changeable(viewer, manager, input.id, input.version);
      const before = withLinkIds(activity);
      Object.assign(activity, {
        withdrawnAt: this.clock.now(),
        withdrawnById: viewer.personId,
        withdrawalReason: reason,
      });
      const saved = await manager.save(activity);
      await audit({
        operation: 'withdrawPreventionActivity',
        entityType: 'PreventionActivity',
        entityId: input.id,
        before,
        after: withLinkIds(saved),
      });
      return saved;
    });
  }

  async preventionActivities(viewer: Viewer, args: PreventionActivitiesArgs) {
    const scope = await this.access.scopeOf(viewer);
    const query = this.dataSource
      .getRepository(PreventionActivity)
      .createQueryBuilder('activity')
      .where(visibleRecords(scope, 'activity'));
    if (!args.includeWithdrawn) query.andWhere(countsSql('activity'));
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

  /**
   * An activity the caller may correct or withdraw: recorded by the record keepers, or by the
   * assignee of the item it carried out; not withdrawn; at the version the caller read.
   */
  private async changeable(viewer: Viewer, manager: EntityManager, id: string, version: number) {
    const activity = await manager.findOne(PreventionActivity, {
      where: { id },
      relations: { partners: true, measures: true },
    });
    if (!activity) throw notFound('PreventionActivity', id);
    const origin = activity.originActionItemId
      ? await manager.findOneBy(ActionItem, { id: activity.originActionItemId })
      : null;
    await this.requireRecorder(viewer, activity.taskForceId, origin);
    if (!counts(activity)) {
      throw failedPrecondition(
        'ACTIVITY_WITHDRAWN',
        `This activity was withdrawn on ${vilniusDate(activity.withdrawnAt!)} and can no longer be changed.`,
      );
    }
    if (activity.version !== version) throw conflict('the prevention activity');
    return activity;
  }

  /** The record keepers, or the assignee recording what their own item carried out. */
  private async requireRecorder(viewer: Viewer, taskForceId: string, origin: ActionItem | null) {
    const assigneeId = origin?.assigneeId ?? null;
    await this.access.require(viewer, 'reportOnOwnItem', { taskForceId, assigneeId });
  }

  private async originItem(
    manager: EntityManager,
    input: { taskForceId: string; originActionItemId?: string | null },
  ) {
    if (!input.originActionItemId) return null;
    const item = await manager.findOneBy(ActionItem, { id: input.originActionItemId });
    if (!item || item.taskForceId !== input.taskForceId) {
      throw badInput([
        {
          field: 'originActionItemId',
          rule: 'NOT_OF_THIS_TASK_FORCE',
          message: 'is not an action item of this task force',
        },
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
