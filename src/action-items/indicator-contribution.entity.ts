import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/entities/base.entity';
import { PlanIndicator } from '../national-plans/plan-indicator.entity';
import { ActionUpdate } from './action-update.entity';

/**
 * A figure reported against an indicator, e.g. 25 specialists trained. The item, task force
 * and measure are kept beside the update so totals are one aggregate query. A correction never
 * changes the value: it marks the figure corrected and, unless it withdraws it, adds the right
 * figure to the same update (so it counts in the same period), pointing back at this one.
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

  /** The earlier figure this one corrects. */
  @Column({ name: 'replaces_id', type: 'uuid', nullable: true })
  replacesId: string | null;

  /** The correction (an update of the item) that replaced or withdrew this figure. */
  @Index()
  @Column({ name: 'corrected_by_update_id', type: 'uuid', nullable: true })
  correctedByUpdateId: string | null;

  @ManyToOne(() => ActionUpdate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_update_id' })
  actionUpdate?: ActionUpdate;

  @ManyToOne(() => IndicatorContribution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'replaces_id' })
  replaces?: IndicatorContribution;

  @ManyToOne(() => ActionUpdate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'corrected_by_update_id' })
  correctedBy?: ActionUpdate;

  @ManyToOne(() => PlanIndicator, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: PlanIndicator;
}

/** A figure counts in every total until a correction replaces or withdraws it. */
export const figureCounts = (figure: Pick<IndicatorContribution, 'correctedByUpdateId'>) =>
  figure.correctedByUpdateId === null;

/** `figureCounts` as SQL over the alias of an `indicator_contribution` row. */
export const figureCountsSql = (alias: string) => `${alias}.corrected_by_update_id IS NULL`;
