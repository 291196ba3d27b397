import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/entities/base.entity';
import { Meeting } from './meeting.entity';

@ObjectType({ description: 'Someone invited to a meeting who is not a member.' })
@Entity('meeting_guest')
export class MeetingGuest extends BaseEntity {
  @Field(() => ID)
  @Index()
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @Field()
  @Column({ name: 'full_name', type: 'varchar', length: 200 })
  fullName: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  institution: string | null;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Meeting;
}
