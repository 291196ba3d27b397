import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '../common/entities/base.entity';
import { Person } from '../people/person.entity';
import { AttendanceStatus } from './meeting.enums';
import { Meeting } from './meeting.entity';

@ObjectType({ description: "A member's attendance at a meeting." })
@Entity('attendance')
@Unique(['meetingId', 'personId'])
export class Attendance extends BaseEntity {
  @Field(() => ID)
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @Field(() => ID)
  @Index()
  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Field(() => AttendanceStatus)
  @Column({ type: 'varchar', length: 10 })
  status: AttendanceStatus;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Meeting;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;
}
