import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/entities/base.entity';
import { LocalDateScalar } from '../common/scalars/local-date.scalar';
import { PlanMeasure } from './plan-measure.entity';

@ObjectType({ description: 'An evaluation indicator of a measure, e.g. "specialists trained".' })
@Entity('plan_indicator')
export class PlanIndicator extends BaseEntity {
  @Field(() => ID)
  @Index()
  @Column({ name: 'measure_id', type: 'uuid' })
  measureId: string;

  @Field()
  @Column({ type: 'varchar', length: 500 })
  name: string;

  @Field({ description: 'Unit of the values, e.g. "persons", "events", "%".' })
  @Column({ type: 'varchar', length: 50 })
  unit: string;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'double precision', nullable: true })
  baseline: number | null;

  @Field(() => Float)
  @Column({ name: 'target_value', type: 'double precision' })
  targetValue: number;

  @Field(() => Int)
  @Column({ name: 'target_year', type: 'integer' })
  targetYear: number;

  @Field({ description: 'True when the indicator is illustrative rather than official.' })
  @Column({ type: 'boolean', default: false })
  illustrative: boolean;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'When it was closed: its figures stay, it takes no new ones.',
  })
  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn: string | null;

  @ManyToOne(() => PlanMeasure, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id' })
  measure?: PlanMeasure;
}
