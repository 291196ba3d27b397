import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  Unique,
} from 'typeorm';
import { BaseEntity } from '../common/entities/base.entity';
import { PlanMeasure } from '../national-plans/plan-measure.entity';
import { AgendaItem } from './agenda-item.entity';
import { DecisionOutcome } from './decision-outcome';
import { DecisionKind } from './meeting.enums';
import { Meeting } from './meeting.entity';

@ObjectType({ description: 'A decision taken at a meeting, numbered "2026/3-2".' })
@Entity('decision')
@Unique(['meetingId', 'sequence'])
export class Decision extends BaseEntity {
  @Field(() => ID)
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @Field(() => ID, { description: 'Kept beside the meeting so lists filter without a join.' })
  @Index()
  @Column({ name: 'task_force_id', type: 'uuid' })
  taskForceId: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'agenda_item_id', type: 'uuid', nullable: true })
  agendaItemId: string | null;

  @Field(() => Int, { description: 'Position among the decisions of the meeting, from 1.' })
  @Column({ type: 'integer' })
  sequence: number;

  @Field(() => DecisionKind)
  @Column({ type: 'varchar', length: 24 })
  kind: DecisionKind;

  @Field()
  @Column({ type: 'text' })
  text: string;

  // Exposed as `votes` by DecisionsResolver; `outcome` follows from them (decision-outcome.ts).
  @Column({ name: 'votes_for', type: 'integer', nullable: true })
  votesFor: number | null;
  @Column({ name: 'votes_against', type: 'integer', nullable: true })
  votesAgainst: number | null;
  @Column({ name: 'votes_abstained', type: 'integer', nullable: true })
  votesAbstained: number | null;
  @Field(() => DecisionOutcome, { nullable: true, description: 'null when no vote was taken.' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  outcome: DecisionOutcome | null;
  // Exposed by DecisionsResolver, which hides an amended decision the caller may not see.
  @Index()
  @Column({ name: 'amends_id', type: 'uuid', nullable: true })
  amendsId: string | null;
  @ManyToOne(() => Meeting, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Meeting;
  @ManyToOne(() => AgendaItem, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'agenda_item_id' })
  agendaItem?: AgendaItem;
  @ManyToOne(() => Decision, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'amends_id' })
  amends?: Decision;

  @ManyToMany(() => PlanMeasure)
  @JoinTable({
    name: 'decision_measure',
    joinColumn: { name: 'decision_id' },
    inverseJoinColumn: { name: 'measure_id' },
  })
  measures?: PlanMeasure[];
}
