import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne } from 'typeorm';
import { ActionItem } from '../action-items/action-item.entity';
import { WithdrawableEntity } from '../common/entities/withdrawable.entity';
import { LocalDateScalar } from '../common/scalars/local-date.scalar';
import { Institution } from '../institutions/institution.entity';
import { PlanMeasure } from '../national-plans/plan-measure.entity';
import { TaskForce } from '../task-forces/task-force.entity';
import { PreventionActivityKind, TargetGroup } from './prevention-activity.enums';

@ObjectType({
  description:
    'Prevention work a task force reports: a lecture, training, campaign… A withdrawn one stays readable, but no figure counts it.',
})
@Entity('prevention_activity')
@Index(['taskForceId', 'date'])
export class PreventionActivity extends WithdrawableEntity {
  @Field(() => ID)
  @Column({ name: 'task_force_id', type: 'uuid' })
  taskForceId: string;

  @Field(() => PreventionActivityKind)
  @Column({ type: 'varchar', length: 32 })
  kind: PreventionActivityKind;

  @Field()
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Field(() => LocalDateScalar)
  @Index()
  @Column({ type: 'date' })
  date: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  place: string | null;

  @Field(() => TargetGroup)
  @Column({ name: 'target_group', type: 'varchar', length: 32 })
  targetGroup: TargetGroup;

  @Field(() => Int, { description: 'How many people took part.' })
  @Column({ type: 'integer' })
  participants: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => ID, { nullable: true, description: 'The action item it carried out, if any.' })
  @Column({ name: 'origin_action_item_id', type: 'uuid', nullable: true })
  originActionItemId: string | null;

  @ManyToOne(() => TaskForce, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'task_force_id' })
  taskForce?: TaskForce;

  @ManyToOne(() => ActionItem, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'origin_action_item_id' })
  originActionItem?: ActionItem;

  @ManyToMany(() => Institution)
  @JoinTable({
    name: 'prevention_activity_partner',
    joinColumn: { name: 'activity_id' },
    inverseJoinColumn: { name: 'institution_id' },
  })
  partners?: Institution[];

  @ManyToMany(() => PlanMeasure)
  @JoinTable({
    name: 'prevention_activity_measure',
    joinColumn: { name: 'activity_id' },
    inverseJoinColumn: { name: 'measure_id' },
  })
  measures?: PlanMeasure[];
}
