import { Injectable } from '@nestjs/common';
import { Viewer } from '../auth/viewer';
import {
  badInput,
  FieldProblem,
  failedPrecondition,
  notFound,
} from '../common/errors/domain-error';
import { Clock } from '../common/time/clock';
import { TransactionService } from '../database/transaction.service';
import { PlanIndicator } from '../national-plans/plan-indicator.entity';
import { TaskForceAccessService } from '../task-forces/task-force-access.service';
import { correctedValueProblem } from './action-item-rules';
import { ActionUpdate } from './action-update.entity';
import { appendUpdate } from './append-update';
import { CorrectContributionInput } from './dto/correct-contribution.input';
import { figureCounts, IndicatorContribution } from './indicator-contribution.entity';

/**
 * Corrections of reported indicator figures. Updates stay append-only: a correction is a new
 * update of the item (its text the reason) that marks the figure corrected and, unless it
 * withdraws it, adds the right figure beside it. Every total counts only uncorrected figures.
 */
@Injectable()
export class ContributionCorrectionsService {
  constructor(
    private readonly tx: TransactionService,
    private readonly access: TaskForceAccessService,
    private readonly clock: Clock,
  ) {}

  correctContribution(viewer: Viewer, input: CorrectContributionInput): Promise<ActionUpdate> {
    const reason = input.reason.trim();
    const value = input.value ?? 0;
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const figure = await manager.findOneBy(IndicatorContribution, { id: input.contributionId });
      if (!figure) throw notFound('IndicatorContribution', input.contributionId);
      const reported = await manager.findOneByOrFail(ActionUpdate, { id: figure.actionUpdateId });
      await this.access.require(viewer, 'correctFigures', {
        taskForceId: figure.taskForceId,
        authorId: reported.authorId,
      });
      if (!figureCounts(figure)) {
        throw failedPrecondition(
          'FIGURE_ALREADY_CORRECTED',
          'This figure has already been corrected; correct the figure that replaced it instead.',
        );
      }
      const indicator = await manager.findOneByOrFail(PlanIndicator, { id: figure.indicatorId });
      const problem = correctedValueProblem(indicator.unit, figure.value, value);
      const problems: FieldProblem[] = [];
      if (problem) problems.push({ field: 'value', rule: 'INVALID_VALUE', message: problem });
      if (!reason) {
        const message = 'must say why the figure is corrected';
        problems.push({ field: 'reason', rule: 'REASON_REQUIRED', message });
      }
      if (problems.length) throw badInput(problems);

      const correction = await appendUpdate(manager, {
        actionItemId: figure.actionItemId,
        authorId: viewer.personId,
        text: reason,
        statusFrom: null,
        statusTo: null,
        createdAt: this.clock.now(),
      });
      const before = { ...figure };
      figure.correctedByUpdateId = correction.id;
      await manager.save(figure);
      // The right figure joins the update the wrong one came with, so it counts in its period.
      const replacement = value
        ? await manager.save(
            manager.create(IndicatorContribution, {
              actionUpdateId: figure.actionUpdateId,
              actionItemId: figure.actionItemId,
              taskForceId: figure.taskForceId,
              measureId: figure.measureId,
              indicatorId: figure.indicatorId,
              value,
              replacesId: figure.id,
              correctedByUpdateId: null,
            }),
          )
        : null;
      await audit({
        operation: 'correctContribution',
        entityType: 'IndicatorContribution',
        entityId: figure.id,
        before,
        after: {
          ...figure,
          replacementId: replacement?.id ?? null,
          replacementValue: value || null,
        },
      });
      await audit({
        operation: 'correctContribution',
        entityType: 'ActionUpdate',
        entityId: correction.id,
        after: { ...correction, corrects: `${figure.indicatorId}=${figure.value}→${value}` },
      });
      return correction;
    });
  }
}
