import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne, OneToOne } from 'typeorm';
import { BaseEntity } from '../common/entities/base.entity';
import { Person } from '../people/person.entity';
import { MinutesStatus } from './meeting.enums';
import { Meeting } from './meeting.entity';

@ObjectType({
  description:
    'The minutes of a meeting. Once approved, the meeting and everything recorded at it is final.',
})
@Entity('minutes')
export class Minutes extends BaseEntity {
  @Field(() => ID)
  @Column({ name: 'meeting_id', type: 'uuid', unique: true })
  meetingId: string;

  @Field()
  @Column({ type: 'text' })
  text: string;

  @Field(() => MinutesStatus)
  @Column({ type: 'varchar', length: 10, default: MinutesStatus.DRAFT })
  status: MinutesStatus;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'approved_at', type: Date, nullable: true })
  approvedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The chair or deputy chair who approved them.' })
  @Column({ name: 'approved_by_id', type: 'uuid', nullable: true })
  approvedById: string | null;

  /** The quorum as it stood at approval (JSON), so later roster edits cannot change it. */
  @Column({ name: 'approved_quorum', type: 'text', nullable: true })
  approvedQuorum: string | null;

  @OneToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Meeting;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'approved_by_id' })
  approvedBy?: Person;
}
