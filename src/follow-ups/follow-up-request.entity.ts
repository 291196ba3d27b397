import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { SystemRole } from '../auth/system-role.enum';
import { BaseEntity } from '../common/entities/base.entity';
import { LocalDateScalar } from '../common/scalars/local-date.scalar';
import { Person } from '../people/person.entity';
import { TaskForce } from '../task-forces/task-force.entity';
import { FollowUpStatus, FollowUpSubject } from './follow-up.enums';

@ObjectType({
  description: 'A question the Commission or the Ministry puts to a task force, and its answers.',
})
@Entity('follow_up_request')
@Index(['taskForceId', 'status'])
export class FollowUpRequest extends BaseEntity {
  @Field(() => ID)
  @Column({ name: 'task_force_id', type: 'uuid' })
  taskForceId: string;

  @Field(() => FollowUpSubject)
  @Column({ name: 'subject_type', type: 'varchar', length: 16 })
  subjectType: FollowUpSubject;

  @Field(() => ID, {
    nullable: true,
    description: 'The action item, meeting or report asked about.',
  })
  @Column({ name: 'subject_id', type: 'uuid', nullable: true })
  subjectId: string | null;

  @Field({ description: 'The first question, as a short title.' })
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Field(() => LocalDateScalar, { description: 'When the current question must be answered.' })
  @Column({ name: 'due_date', type: 'date' })
  dueDate: string;

  @Field(() => FollowUpStatus)
  @Column({ type: 'varchar', length: 10, default: FollowUpStatus.OPEN })
  status: FollowUpStatus;

  @Field(() => Date, { nullable: true, description: 'When it was closed; null until then.' })
  @Column({ name: 'closed_at', type: Date, nullable: true })
  closedAt: Date | null;

  @Field(() => SystemRole, { description: 'COMMISSION or MINISTRY: whose question it is.' })
  @Column({ name: 'asked_by_role', type: 'varchar', length: 12 })
  askedByRole: SystemRole;

  @Field(() => ID, { description: 'The person who asked first.' })
  @Column({ name: 'asked_by_id', type: 'uuid' })
  askedById: string;

  @ManyToOne(() => TaskForce, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'task_force_id' })
  taskForce?: TaskForce;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'asked_by_id' })
  askedBy?: Person;
}
