import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Viewer } from '../auth/viewer';
import { definedChanges } from '../common/dto/defined-changes';
import { badInput, conflict, notFound } from '../common/errors/domain-error';
import { MAX_DECISIONS, requireRoom } from '../common/graphql/list-bounds';
import { TransactionService } from '../database/transaction.service';
import { requireMeasures, withMeasureIds } from '../national-plans/plan-measure-links';
import { AgendaItem } from './agenda-item.entity';
import { quorumIn } from './attendance.service';
import { decisionOutcome } from './decision-outcome';
import { Decision } from './decision.entity';
import { RecordDecisionInput, UpdateDecisionInput, VotesInput } from './dto/record-decision.input';
import { MeetingAccessService } from './meeting-access.service';
import { Meeting, meetingNumber } from './meeting.entity';
import { nextNumber } from '../database/next-number';

@Injectable()
export class DecisionsService {
  constructor(
    private readonly tx: TransactionService,
    private readonly meetingAccess: MeetingAccessService,
  ) {}

  recordDecision(viewer: Viewer, input: RecordDecisionInput): Promise<Decision> {
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const meeting = await this.meetingAccess.requireEditable(
        manager,
        viewer,
        input.meetingId,
        'recordDecision',
      );
      if (input.votes) await this.checkVotes(manager, meeting, input.votes);
      await this.checkAgendaItem(manager, meeting, input.agendaItemId);
      await this.checkAmends(manager, meeting, input.amendsId);
      const taken = await manager.countBy(Decision, { meetingId: meeting.id });
      requireRoom(
        taken,
        MAX_DECISIONS,
        `Meeting ${meetingNumber(meeting)} already has ${MAX_DECISIONS} decisions, the most one meeting can hold.`,
      );
      const decision = await manager.save(
        manager.create(Decision, {
          meetingId: meeting.id,
          taskForceId: meeting.taskForceId,
          agendaItemId: input.agendaItemId ?? null,
          sequence: await nextNumber(manager, Decision, 'sequence', { meetingId: meeting.id }),
          kind: input.kind,
          text: input.text.trim(),
          ...this.voteColumns(input.votes),
          amendsId: input.amendsId ?? null,
          measures: await requireMeasures(manager, input.measureIds),
        }),
      );
      await audit({
        operation: 'recordDecision',
        entityType: 'Decision',
        entityId: decision.id,
        after: withMeasureIds(decision),
      });
      return decision;
    });
  }

  updateDecision(viewer: Viewer, input: UpdateDecisionInput): Promise<Decision> {
    const { id, version, votes, measureIds, ...changes } = input;
    return this.tx.run(viewer.accountId, async ({ manager, audit }) => {
      const decision = await manager.findOne(Decision, {
        where: { id },
        relations: { measures: true },
      });
      if (!decision) throw notFound('Decision', id);
      const meeting = await this.meetingAccess.requireEditable(
        manager,
        viewer,
        decision.meetingId,
        'updateDecision',
      );
      if (decision.version !== version) throw conflict('the decision');
      if (votes) await this.checkVotes(manager, meeting, votes);
      const before = withMeasureIds(decision);
      Object.assign(decision, definedChanges(changes), votes ? this.voteColumns(votes) : {});
      if (measureIds) decision.measures = await requireMeasures(manager, measureIds);
      const saved = await manager.save(decision);
      await audit({
        operation: 'updateDecision',
        entityType: 'Decision',
        entityId: id,
        before,
        after: withMeasureIds(saved),
      });
      return saved;
    });
  }

  /** The votes and the outcome they give, stored together so they cannot disagree. */
  private voteColumns(votes?: VotesInput) {
    return {
      votesFor: votes?.for ?? null,
      votesAgainst: votes?.against ?? null,
      votesAbstained: votes?.abstained ?? null,
      outcome: decisionOutcome(votes),
    };
  }

  private async checkVotes(manager: EntityManager, meeting: Meeting, votes: VotesInput) {
    const quorum = await quorumIn(manager, meeting);
    if (!quorum.reached) {
      throw badInput(
        [
          {
            field: 'votes',
            rule: 'NO_QUORUM',
            message: 'cannot be recorded at a meeting without quorum',
          },
        ],
        `Meeting ${meetingNumber(meeting)} has no quorum: ${quorum.attending} of ${quorum.votingMembers} voting members attended and ${quorum.required} are needed, so no decision can be voted. Record the attendance first, or record the decision without votes.`,
      );
    }
    const cast = votes.for + votes.against + votes.abstained;
    if (cast > quorum.attending) {
      throw badInput([
        {
          field: 'votes',
          rule: 'TOO_LARGE',
          max: quorum.attending,
          message: `add up to ${cast}, more than the ${quorum.attending} voting members present`,
        },
      ]);
    }
  }

  private async checkAgendaItem(manager: EntityManager, meeting: Meeting, id?: string) {
    if (!id) return;
    if (!(await manager.existsBy(AgendaItem, { id, meetingId: meeting.id }))) {
      throw badInput([
        {
          field: 'agendaItemId',
          rule: 'NOT_OF_THIS_TASK_FORCE',
          message: 'is not on the agenda of this meeting',
        },
      ]);
    }
  }

  private async checkAmends(manager: EntityManager, meeting: Meeting, id?: string) {
    if (!id) return;
    if (!(await manager.existsBy(Decision, { id, taskForceId: meeting.taskForceId }))) {
      throw badInput([
        {
          field: 'amendsId',
          rule: 'UNKNOWN_ID',
          message: 'does not name an earlier decision of this task force',
        },
      ]);
    }
  }
}
