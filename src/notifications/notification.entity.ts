import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../common/entities/base.entity';
import { LocalDateScalar } from '../common/scalars/local-date.scalar';
import { MailFrequency, NotificationKind } from './notification.enums';

@ObjectType({
  description:
    'Something that happened which its reader should know of. It carries only what its reader could read when it was written, never question or minutes text: `path` opens the record in the app.',
})
@Entity('notification')
@Index(['personId', 'createdAt'])
@Index(['mailFrequency', 'mailedAt'])
export class Notification extends BaseEntity {
  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Field(() => NotificationKind)
  @Column({ type: 'varchar', length: 40 })
  kind: NotificationKind;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'task_force_id', type: 'uuid', nullable: true })
  taskForceId: string | null;

  @Field({ description: "The task force's name when this was written." })
  @Column({ name: 'task_force_name', type: 'varchar', length: 200 })
  taskForceName: string;

  @Field(() => ID, { description: 'The action item, meeting, follow-up request or report.' })
  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Field(() => String, {
    nullable: true,
    description: "An action item's or a meeting's title; none for a confidential meeting.",
  })
  @Column({ type: 'varchar', length: 300, nullable: true })
  title: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The due date it is about.' })
  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate: string | null;

  @Field(() => Date, { nullable: true, description: "The meeting's start." })
  @Column({ name: 'starts_at', type: Date, nullable: true })
  startsAt: Date | null;

  @Field(() => Int, { nullable: true, description: "An annual report's year." })
  @Column({ type: 'integer', nullable: true })
  year: number | null;

  @Field({ description: 'Where the record opens in the web client, e.g. `/items/<id>`.' })
  @Column({ type: 'varchar', length: 120 })
  path: string;

  @Field(() => String, { nullable: true, description: 'Why an annual report was returned.' })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field(() => Date, { nullable: true, description: 'When its reader marked it read.' })
  @Column({ name: 'read_at', type: Date, nullable: true })
  readAt: Date | null;

  /** A daily reminder's key (reminder-rules.ts) with the reader: the same reminder is one row. */
  @Column({ name: 'dedupe_key', type: 'varchar', length: 200, nullable: true, unique: true })
  dedupeKey: string | null;

  /** How it goes out by e-mail, as its reader's settings said when it was written. */
  @Column({ name: 'mail_frequency', type: 'varchar', length: 12 })
  mailFrequency: MailFrequency;

  /** When its mail (its own or the digest's) was put in the outbox. */
  @Column({ name: 'mailed_at', type: Date, nullable: true })
  mailedAt: Date | null;
}
