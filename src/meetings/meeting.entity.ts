import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '../common/entities/base.entity';
import { TaskForce } from '../task-forces/task-force.entity';
import { MeetingFormat, MeetingStatus } from './meeting.enums';

@ObjectType({ description: 'A meeting of a task force, numbered per year ("2026/3").' })
@Entity('meeting')
@Unique(['taskForceId', 'year', 'sequence'])
@Index(['taskForceId', 'startsAt'])
export class Meeting extends BaseEntity {
  @Field(() => ID)
  @Column({ name: 'task_force_id', type: 'uuid' })
  taskForceId: string;

  @Field(() => Int, { description: 'Year of the number (the Vilnius year of the start).' })
  @Column({ type: 'integer' })
  year: number;

  @Field(() => Int, { description: 'Position within the task force and year.' })
  @Column({ type: 'integer' })
  sequence: number;

  @Field()
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Field({ description: 'Start, in UTC.' })
  @Index()
  @Column({ name: 'starts_at', type: Date })
  startsAt: Date;

  @Field({ description: 'End, in UTC.' })
  @Column({ name: 'ends_at', type: Date })
  endsAt: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  location: string | null;

  @Field(() => MeetingFormat)
  @Column({ type: 'varchar', length: 10 })
  format: MeetingFormat;

  @Field(() => MeetingStatus)
  @Column({ type: 'varchar', length: 10, default: MeetingStatus.PLANNED })
  status: MeetingStatus;

  @Field({ description: 'Hidden from observers and from administrators who are not members.' })
  @Column({ type: 'boolean', default: false })
  confidential: boolean;

  @Field(() => String, { nullable: true })
  @Column({ name: 'cancellation_reason', type: 'text', nullable: true })
  cancellationReason: string | null;

  @ManyToOne(() => TaskForce, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'task_force_id' })
  taskForce?: TaskForce;
}

/** The meeting's public number, e.g. "2026/3". */
export const meetingNumber = (m: Pick<Meeting, 'year' | 'sequence'>) => `${m.year}/${m.sequence}`;
