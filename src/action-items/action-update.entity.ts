import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '../common/entities/base.entity';
import { Person } from '../people/person.entity';
import { ActionItemStatus } from './action-item.enums';
import { ActionItem } from './action-item.entity';

@ObjectType({ description: 'A progress report on an action item. Updates are never edited.' })
@Entity('action_update')
@Unique(['actionItemId', 'sequence'])
export class ActionUpdate extends BaseEntity {
  @Field(() => ID)
  @Column({ name: 'action_item_id', type: 'uuid' })
  actionItemId: string;

  @Field(() => Int, { description: 'Position among the updates of the item, from 1.' })
  @Column({ type: 'integer' })
  sequence: number;

  @Field(() => ID)
  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Field()
  @Column({ type: 'text' })
  text: string;

  @Field(() => ActionItemStatus, { nullable: true, description: 'Status before, if it changed.' })
  @Column({ name: 'status_from', type: 'varchar', length: 12, nullable: true })
  statusFrom: ActionItemStatus | null;

  @Field(() => ActionItemStatus, { nullable: true, description: 'Status after, if it changed.' })
  @Column({ name: 'status_to', type: 'varchar', length: 12, nullable: true })
  statusTo: ActionItemStatus | null;

  @ManyToOne(() => ActionItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_item_id' })
  actionItem?: ActionItem;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: Person;
}
