import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { definedChanges } from '../common/dto/defined-changes';
import {
  badInput,
  conflict,
  FieldProblem,
  forbidden,
  notFound,
} from '../common/errors/domain-error';
import { Clock } from '../common/time/clock';
import { vilniusDate } from '../common/time/vilnius-time';
import { MutationScope, TransactionService } from '../database/transaction.service';
import { actionItemEvent } from '../notifications/notification-events';
import { NotificationKind } from '../notifications/notification.enums';
import { Notifier } from '../notifications/notifier.service';
import { Institution } from '../institutions/institution.entity';
import { Decision } from '../meetings/decision.entity';
import { PlanIndicator } from '../national-plans/plan-indicator.entity';
import {
  closedIndicatorProblem,
  requireActiveMeasures,
  withMeasureIds,
} from '../national-plans/plan-measure-links';
import { Membership } from '../task-forces/membership.entity';
import { isValidOn } from '../task-forces/membership-validity';
import { TaskForceAccessService } from '../task-forces/task-force-access.service';
import { requireActiveTaskForce } from '../task-forces/task-force-state';
import { MembershipRole } from '../task-forces/task-force.enums';
import { appendUpdate } from './append-update';
import { checkStatusChange, valueProblem } from './action-item-rules';
import { ActionItemStatus } from './action-item.enums';
import { ActionItem } from './action-item.entity';
import { ActionUpdate } from './action-update.entity';
import { CreateActionItemInput } from './dto/create-action-item.input';
import { PostActionUpdateInput } from './dto/post-action-update.input';
import { UpdateActionItemInput } from './dto/update-action-item.input';
import { IndicatorContribution } from './indicator-contribution.entity';

/** Fields only the chair, deputy and secretary may change; the assignee changes the status. */
const KEEPER_FIELDS = [
  'title',
  'description',
  'assigneeId',
  'responsibleInstitutionId',
  'dueDate',
  'measureIds',
] as const;

@Injectable()
export class ActionItemsService {
  constructor(
    private readonly tx: TransactionService,
    private readonly access: TaskForceAccessService,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
  ) {}

  async createActionItem(viewer: Viewer, input: CreateActionItemInput): Promise<ActionItem> {
    await this.access.require(viewer, 'keepRecords', input);
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      await requireActiveTaskForce(manager, input.taskForceId);
      const { measureIds, ...fields } = input;
      await this.checkReferences(manager, input.taskForceId, input);
      const item = await manager.save(
        manager.create(ActionItem, {
          ...fields,
          title: input.title.trim(),
          description: input.description ?? null,
          originDecisionId: input.originDecisionId ?? null,
          responsibleInstitutionId: input.responsibleInstitutionId ?? null,
          measures: await requireActiveMeasures(manager, measureIds, this.clock.today()),
          createdAt: this.clock.now(),
        }),
      );
      await audit({
        operation: 'createActionItem',
        entityType: 'ActionItem',
        entityId: item.id,
        after: withMeasureIds(item),
      });
      await this.notifier.notify(
        manager,
        viewer.personId,
        actionItemEvent(NotificationKind.ACTION_ITEM_ASSIGNED, item),
      );
      return item;
    });
  }

  updateActionItem(viewer: Viewer, input: UpdateActionItemInput): Promise<ActionItem> {
    const { id, version, status, reason, measureIds, ...rest } = input;
    const changes = definedChanges(rest);
    return this.tx.run(viewer.accountId, async (scope) => {
      const { manager, audit } = scope;
      const item = await this.loadItem(manager, id);
      const keeper = await this.requireWriter(viewer, item);
      const touched = [...Object.keys(changes), ...(measureIds ? ['measureIds'] : [])];
      if (!keeper && touched.some((f) => (KEEPER_FIELDS as readonly string[]).includes(f))) {
        throw forbidden(
          `As the assignee you may change only the status of this item, not ${touched.join(', ')}.`,
        );
      }
      if (item.version !== version) throw conflict('the action item');
      const before = withMeasureIds(item);
      await this.checkReferences(manager, item.taskForceId, changes);
      Object.assign(item, changes);
      if (measureIds) {
        item.measures = await requireActiveMeasures(manager, measureIds, this.clock.today());
        // The links live in a join table, which the row's version does not see.
        item.version = version + 1;
      }
      if (status && status !== item.status) {
        await this.changeStatus(scope, viewer, item, status, keeper, reason ?? null);
      }
      const saved = await manager.save(item);
      await audit({
        operation: 'updateActionItem',
        entityType: 'ActionItem',
        entityId: id,
        before,
        after: withMeasureIds(saved),
      });
      if (saved.assigneeId !== before.assigneeId) {
        await this.notifier.notify(
          manager,
          viewer.personId,
          actionItemEvent(NotificationKind.ACTION_ITEM_ASSIGNED, saved),
        );
      }
      return saved;
    });
  }

  postActionUpdate(viewer: Viewer, input: PostActionUpdateInput): Promise<ActionUpdate> {
    return this.tx.run(viewer.accountId, async (scope) => {
      const { manager, audit } = scope;
      const item = await this.loadItem(manager, input.actionItemId);
      const keeper = await this.requireWriter(viewer, item);
      const measureIds = new Set(item.measures!.map((m) => m.id));
      const indicators = new Map(
        (
          await manager.findBy(PlanIndicator, {
            id: In(input.contributions.map((c) => c.indicatorId)),
          })
        ).map((indicator) => [indicator.id, indicator]),
      );
      const problems = input.contributions.flatMap((c, i): FieldProblem[] => {
        const indicator = indicators.get(c.indicatorId);
        if (!indicator || !measureIds.has(indicator.measureId)) {
          const message = "does not belong to any of the item's measures";
          return [
            { field: `contributions.${i}.indicatorId`, rule: 'NOT_OF_THIS_TASK_FORCE', message },
          ];
        }
        const closed = closedIndicatorProblem(indicator);
        if (closed) {
          return [
            { field: `contributions.${i}.indicatorId`, rule: 'ITEM_CLOSED', message: closed },
          ];
        }
        const problem = valueProblem(indicator.unit, c.value);
        return problem
          ? [{ field: `contributions.${i}.value`, rule: 'INVALID_VALUE', message: problem }]
          : [];
      });
      if (problems.length) throw badInput(problems);

      const before = withMeasureIds(item);
      const from = item.status;
      if (input.status && input.status !== item.status) {
        checkStatusChange({ from, to: input.status, byRecordKeeper: keeper, reason: input.text });
        this.applyStatus(item, input.status);
        await manager.save(item);
        await audit({
          operation: 'postActionUpdate',
          entityType: 'ActionItem',
          entityId: item.id,
          before,
          after: withMeasureIds(item),
        });
      }
      const update = await appendUpdate(manager, {
        actionItemId: item.id,
        authorId: viewer.personId,
        text: input.text,
        statusFrom: item.status !== from ? from : null,
        statusTo: item.status !== from ? item.status : null,
        createdAt: this.clock.now(),
      });
      const contributions = await manager.save(
        input.contributions.map((c) =>
          manager.create(IndicatorContribution, {
            actionUpdateId: update.id,
            actionItemId: item.id,
            taskForceId: item.taskForceId,
            measureId: indicators.get(c.indicatorId)!.measureId,
            indicatorId: c.indicatorId,
            value: c.value,
          }),
        ),
      );
      await audit({
        operation: 'postActionUpdate',
        entityType: 'ActionUpdate',
        entityId: update.id,
        after: {
          ...update,
          contributions: contributions.map((c) => `${c.indicatorId}=${c.value}`),
        },
      });
      return update;
    });
  }

  private async loadItem(manager: EntityManager, id: string): Promise<ActionItem> {
    const item = await manager.findOne(ActionItem, {
      where: { id },
      relations: { measures: true },
    });
    if (!item) throw notFound('ActionItem', id);
    return item;
  }

  /** The chair, deputy and secretary (true), or the assignee of their own item (false). */
  private async requireWriter(viewer: Viewer, item: ActionItem): Promise<boolean> {
    await this.access.require(viewer, 'reportOnOwnItem', item);
    return this.access.can(viewer, 'keepRecords', item);
  }

  private async changeStatus(
    { manager }: MutationScope,
    viewer: Viewer,
    item: ActionItem,
    to: ActionItemStatus,
    keeper: boolean,
    reason: string | null,
  ) {
    const from = item.status;
    checkStatusChange({ from, to, byRecordKeeper: keeper, reason });
    this.applyStatus(item, to);
    await appendUpdate(manager, {
      actionItemId: item.id,
      authorId: viewer.personId,
      text: reason?.trim() || `Status changed from ${from} to ${to}.`,
      statusFrom: from,
      statusTo: to,
      createdAt: this.clock.now(),
    });
  }

  private applyStatus(item: ActionItem, to: ActionItemStatus) {
    item.status = to;
    item.completedAt = to === ActionItemStatus.DONE ? this.clock.now() : null;
    item.completedOn = item.completedAt && vilniusDate(item.completedAt);
  }

  /** The assignee, origin decision and institution an input names must fit the task force. */
  private async checkReferences(
    manager: EntityManager,
    taskForceId: string,
    input: Partial<
      Pick<CreateActionItemInput, 'assigneeId' | 'originDecisionId' | 'responsibleInstitutionId'>
    >,
  ) {
    const problems: FieldProblem[] = [];
    if (input.assigneeId) {
      const today = this.clock.today();
      const memberships = await manager.findBy(Membership, {
        taskForceId,
        personId: input.assigneeId,
      });
      const current = memberships.find((m) => isValidOn(m, today));
      if (!current || current.role === MembershipRole.OBSERVER) {
        problems.push({
          field: 'assigneeId',
          rule: 'NOT_A_CURRENT_MEMBER',
          message: 'must be a current member of the task force (observers take no actions)',
        });
      }
    }
    if (
      input.originDecisionId &&
      !(await manager.existsBy(Decision, { id: input.originDecisionId, taskForceId }))
    ) {
      problems.push({
        field: 'originDecisionId',
        rule: 'NOT_OF_THIS_TASK_FORCE',
        message: 'is not a decision of this task force',
      });
    }
    if (
      input.responsibleInstitutionId &&
      !(await manager.existsBy(Institution, { id: input.responsibleInstitutionId }))
    ) {
      problems.push({
        field: 'responsibleInstitutionId',
        rule: 'UNKNOWN_ID',
        message: 'does not name an institution',
      });
    }
    if (problems.length) throw badInput(problems);
  }
}
