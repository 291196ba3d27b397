import { followUpEvent } from '../notifications/notification-events';
import { NotificationKind } from '../notifications/notification.enums';
import { Notifier } from '../notifications/notifier.service';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { ActionItem } from '../action-items/action-item.entity';
import { AnnualReport } from '../annual-reports/annual-report.entity';
import { Viewer } from '../auth/viewer';
import { badInput, notFound } from '../common/errors/domain-error';
import { paginate } from '../common/pagination/paginate';
import { Clock } from '../common/time/clock';
import { MutationScope, TransactionService } from '../database/transaction.service';
import { Meeting } from '../meetings/meeting.entity';
import { TaskForceAccessService, visibleRecords } from '../task-forces/task-force-access.service';
import { stepTaskForceRecord } from '../task-forces/task-force-record-step';
import { TaskForce } from '../task-forces/task-force.entity';
import {
  AnswerFollowUpRequestInput,
  AskFollowUpAgainInput,
  CloseFollowUpRequestInput,
  CreateFollowUpRequestInput,
} from './dto/follow-up.inputs';
import { FollowUpRequestsArgs } from './dto/follow-up-requests.args';
import { FollowUpMessageKind, FollowUpSubject } from './follow-up.enums';
import { FollowUpMessage } from './follow-up-message.entity';
import { FOLLOW_UP_LIFECYCLE } from './follow-up-lifecycle';
import { FollowUpRequest } from './follow-up-request.entity';
import { nextNumber } from '../database/next-number';
import { followUpOverdueSql } from './follow-up-timeliness';

const SUBJECTS: Record<
  FollowUpSubject,
  EntityTarget<ObjectLiteral & { taskForceId: string }> | null
> = {
  TASK_FORCE: null,
  ACTION_ITEM: ActionItem,
  MEETING: Meeting,
  ANNUAL_REPORT: AnnualReport,
};

/**
 * A request about a confidential meeting is as confidential as the meeting (as SQL over the
 * alias `request`): hidden from observers and from administrators who are not members.
 */
const ABOUT_CONFIDENTIAL_MEETING = `(request.subjectType = '${FollowUpSubject.MEETING}' AND EXISTS (SELECT 1 FROM meeting subject WHERE subject.id = request.subjectId AND subject.confidential = :confidentialSubject))`;

/** A short title from the first line of the question. */
const SUBJECT = 'The follow-up request';

const withArticle = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

const titleOf = (question: string) => question.trim().split('\n')[0].slice(0, 300);

@Injectable()
export class FollowUpsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly access: TaskForceAccessService,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
  ) {}

  createFollowUpRequest(viewer: Viewer, input: CreateFollowUpRequestInput) {
    this.requireFutureDue(input.dueDate);
    return this.tx.run(viewer.accountId, async (scope) => {
      const { manager, audit } = scope;
      await this.access.require(viewer, 'askFollowUp', input);
      if (!(await manager.existsBy(TaskForce, { id: input.taskForceId }))) {
        throw notFound('TaskForce', input.taskForceId);
      }
      await this.checkSubject(manager, input);
      const request = await manager.save(
        manager.create(FollowUpRequest, {
          taskForceId: input.taskForceId,
          subjectType: input.subjectType,
          subjectId: input.subjectId ?? null,
          title: titleOf(input.question),
          dueDate: input.dueDate,
          askedByRole: viewer.systemRole,
          askedById: viewer.personId,
          // The tool's clock, like closedAt: figures as of a past date read these times.
          createdAt: this.clock.now(),
        }),
      );
      await audit({
        operation: 'createFollowUpRequest',
        entityType: 'FollowUpRequest',
        entityId: request.id,
        after: request,
      });
      await this.addMessage(scope, viewer, request, FollowUpMessageKind.QUESTION, input.question);
      return request;
    });
  }

  answerFollowUpRequest(viewer: Viewer, input: AnswerFollowUpRequestInput) {
    return this.transition(viewer, input, 'answerFollowUpRequest', async (request) => {
      await this.access.require(viewer, 'answerFollowUp', request);
      request.status = await FOLLOW_UP_LIFECYCLE.require(
        'answerFollowUpRequest',
        request.status,
        undefined,
        SUBJECT,
      );
      return { kind: FollowUpMessageKind.ANSWER, text: input.answer };
    });
  }

  closeFollowUpRequest(viewer: Viewer, input: CloseFollowUpRequestInput) {
    return this.transition(viewer, input, 'closeFollowUpRequest', async (request) => {
      await this.access.require(viewer, 'pursueFollowUp', request);
      request.status = await FOLLOW_UP_LIFECYCLE.require(
        'closeFollowUpRequest',
        request.status,
        undefined,
        SUBJECT,
      );
      request.closedAt = this.clock.now();
      return null;
    });
  }

  askFollowUpAgain(viewer: Viewer, input: AskFollowUpAgainInput) {
    this.requireFutureDue(input.dueDate);
    return this.transition(viewer, input, 'askFollowUpAgain', async (request) => {
      await this.access.require(viewer, 'pursueFollowUp', request);
      request.status = await FOLLOW_UP_LIFECYCLE.require(
        'askFollowUpAgain',
        request.status,
        undefined,
        SUBJECT,
      );
      request.dueDate = input.dueDate;
      return { kind: FollowUpMessageKind.QUESTION, text: input.question };
    });
  }

  async followUpRequests(viewer: Viewer, args: FollowUpRequestsArgs) {
    const scope = await this.access.scopeOf(viewer);
    const query = this.dataSource
      .getRepository(FollowUpRequest)
      .createQueryBuilder('request')
      .where(visibleRecords(scope, 'request', ABOUT_CONFIDENTIAL_MEETING))
      .setParameter('confidentialSubject', true);
    if (args.taskForceId) query.andWhere('request.taskForceId = :tf', { tf: args.taskForceId });
    if (args.status) query.andWhere('request.status = :status', { status: args.status });
    if (args.overdue !== undefined) {
      const overdue = followUpOverdueSql('request', ':today');
      query.andWhere(args.overdue ? overdue : `NOT ${overdue}`, { today: this.clock.today() });
    }
    return paginate(query, args, { property: 'dueDate', direction: 'ASC' });
  }

  /** One step of the cycle, then the question or answer it brings, if any. */
  private transition(
    viewer: Viewer,
    input: { id: string; version: number },
    operation: string,
    apply: (
      request: FollowUpRequest,
    ) => Promise<{ kind: FollowUpMessageKind; text: string } | null>,
  ): Promise<FollowUpRequest> {
    return this.tx.run(viewer.accountId, async (scope) => {
      const { saved, result: message } = await stepTaskForceRecord(scope, this.access, viewer, {
        entity: FollowUpRequest,
        type: 'FollowUpRequest',
        name: 'The follow-up request',
        input,
        operation,
        apply,
        confidential: (request) => this.aboutConfidentialMeeting(scope.manager, request),
      });
      if (message) await this.addMessage(scope, viewer, saved, message.kind, message.text);
      return saved;
    });
  }

  private async addMessage(
    { manager, audit }: MutationScope,
    viewer: Viewer,
    request: FollowUpRequest,
    kind: FollowUpMessageKind,
    text: string,
  ) {
    const message = await manager.save(
      manager.create(FollowUpMessage, {
        requestId: request.id,
        sequence: await nextNumber(manager, FollowUpMessage, 'sequence', { requestId: request.id }),
        kind,
        text,
        authorId: viewer.personId,
        createdAt: this.clock.now(),
      }),
    );
    await audit({
      operation: 'followUpMessage',
      entityType: 'FollowUpMessage',
      entityId: message.id,
      after: message,
    });
    const told =
      kind === FollowUpMessageKind.ANSWER
        ? NotificationKind.FOLLOW_UP_ANSWERED
        : NotificationKind.FOLLOW_UP_REQUESTED;
    const confidential = await this.aboutConfidentialMeeting(manager, request);
    await this.notifier.notify(
      manager,
      viewer.personId,
      followUpEvent(told, request, confidential),
    );
  }

  private async aboutConfidentialMeeting(manager: EntityManager, request: FollowUpRequest) {
    if (request.subjectType !== FollowUpSubject.MEETING || !request.subjectId) return false;
    return manager.existsBy(Meeting, { id: request.subjectId, confidential: true });
  }

  private requireFutureDue(dueDate: string) {
    if (dueDate < this.clock.today()) {
      throw badInput([{ field: 'dueDate', rule: 'IN_THE_PAST', message: 'is in the past' }]);
    }
  }

  private async checkSubject(manager: EntityManager, input: CreateFollowUpRequestInput) {
    const entity = SUBJECTS[input.subjectType];
    if (!entity) {
      if (input.subjectId) {
        throw badInput([
          {
            field: 'subjectId',
            rule: 'CONFLICTING_FIELDS',
            message: 'must be left out for TASK_FORCE',
          },
        ]);
      }
      return;
    }
    const subject = input.subjectId
      ? await manager.findOneBy(entity, { id: input.subjectId })
      : null;
    if (!subject || subject.taskForceId !== input.taskForceId) {
      throw badInput([
        {
          field: 'subjectId',
          rule: 'NOT_OF_THIS_TASK_FORCE',
          message: `must name ${withArticle(input.subjectType.toLowerCase().replace('_', ' '))} of this task force`,
        },
      ]);
    }
  }
}
