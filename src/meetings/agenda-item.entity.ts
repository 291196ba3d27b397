import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/entities/base.entity';
import { PlanMeasure } from '../national-plans/plan-measure.entity';
import { Meeting } from './meeting.entity';

@ObjectType({ description: 'One item on a meeting agenda.' })
@Entity('agenda_item')
export class AgendaItem extends BaseEntity {
  @Field(() => ID)
  @Index()
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @Field(() => Int, { description: 'Place on the agenda, from 1.' })
  @Column({ type: 'integer' })
  position: number;

  @Field()
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Field(() => String, { nullable: true, description: 'Who presents it (name, institution).' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  presenter: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'discussion_summary', type: 'text', nullable: true })
  discussionSummary: string | null;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Meeting;

  @ManyToMany(() => PlanMeasure)
  @JoinTable({
    name: 'agenda_item_measure',
    joinColumn: { name: 'agenda_item_id' },
    inverseJoinColumn: { name: 'measure_id' },
  })
  measures?: PlanMeasure[];
}
