import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/entities/base.entity';
import { PlanIndicator } from '../national-plans/plan-indicator.entity';
import { ActionUpdate } from './action-update.entity';

/**
 * A figure reported against an indicator, e.g. 25 specialists trained. The item, task force
 * and measure are kept beside the update so totals are one aggregate query.
 */
@ObjectType()
@Entity('indicator_contribution')
@Index(['indicatorId', 'taskForceId'])
export class IndicatorContribution extends BaseEntity {
  @Field(() => ID)
  @Index()
  @Column({ name: 'action_update_id', type: 'uuid' })
  actionUpdateId: string;

  @Index()
  @Column({ name: 'action_item_id', type: 'uuid' })
  actionItemId: string;

  @Column({ name: 'task_force_id', type: 'uuid' })
  taskForceId: string;

  @Index()
  @Column({ name: 'measure_id', type: 'uuid' })
  measureId: string;

  @Field(() => ID)
  @Column({ name: 'indicator_id', type: 'uuid' })
  indicatorId: string;

  @Field(() => Float, { description: "In the indicator's unit." })
  @Column({ type: 'double precision' })
  value: number;

  @ManyToOne(() => ActionUpdate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_update_id' })
  actionUpdate?: ActionUpdate;

  @ManyToOne(() => PlanIndicator, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: PlanIndicator;
}
