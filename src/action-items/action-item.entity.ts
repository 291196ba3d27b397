import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/entities/base.entity';
import { SearchedBy } from '../database/search-text';
import { LocalDateScalar } from '../common/scalars/local-date.scalar';
import { Institution } from '../institutions/institution.entity';
import { Decision } from '../meetings/decision.entity';
import { PlanMeasure } from '../national-plans/plan-measure.entity';
import { Person } from '../people/person.entity';
import { TaskForce } from '../task-forces/task-force.entity';
import { ActionItemStatus } from './action-item.enums';

@ObjectType({ description: 'A task a member carries out, tied to measures of the national plan.' })
@Entity('action_item')
@SearchedBy('title', 'description')
@Index(['taskForceId', 'dueDate'])
@Index(['assigneeId', 'status', 'dueDate'])
@Index(['status', 'dueDate'])
export class ActionItem extends BaseEntity {
  @Field(() => ID)
  @Column({ name: 'task_force_id', type: 'uuid' })
  taskForceId: string;

  // Exposed by ActionItemFieldsResolver, which hides a decision the caller may not see.
  @Index()
  @Column({ name: 'origin_decision_id', type: 'uuid', nullable: true })
  originDecisionId: string | null;

  @Field()
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => ID, { description: 'The member who carries it out.' })
  @Column({ name: 'assignee_id', type: 'uuid' })
  assigneeId: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'responsible_institution_id', type: 'uuid', nullable: true })
  responsibleInstitutionId: string | null;

  @Field(() => LocalDateScalar)
  @Column({ name: 'due_date', type: 'date' })
  dueDate: string;

  @Field(() => ActionItemStatus)
  @Column({ type: 'varchar', length: 12, default: ActionItemStatus.OPEN })
  status: ActionItemStatus;

  @Field(() => Date, { nullable: true, description: 'When it was marked done.' })
  @Column({ name: 'completed_at', type: Date, nullable: true })
  completedAt: Date | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The Vilnius date it was marked done: after `dueDate` means done late.',
  })
  @Column({ name: 'completed_on', type: 'date', nullable: true })
  completedOn: string | null;

  @ManyToOne(() => TaskForce, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'task_force_id' })
  taskForce?: TaskForce;

  @ManyToOne(() => Decision, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'origin_decision_id' })
  originDecision?: Decision;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignee_id' })
  assignee?: Person;

  @ManyToOne(() => Institution, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responsible_institution_id' })
  responsibleInstitution?: Institution;

  @ManyToMany(() => PlanMeasure)
  @JoinTable({
    name: 'action_item_measure',
    joinColumn: { name: 'action_item_id' },
    inverseJoinColumn: { name: 'measure_id' },
  })
  measures?: PlanMeasure[];
}
