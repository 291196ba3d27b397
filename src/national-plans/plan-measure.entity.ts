import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  Unique,
} from 'typeorm';
import { LocalDateScalar } from '../common/scalars/local-date.scalar';
import { Institution } from '../institutions/institution.entity';
import { NationalPlan } from './national-plan.entity';
import { PlanNode } from './plan-node.entity';
import { PlanObjective } from './plan-objective.entity';

@ObjectType({ description: 'A measure (priemonė): the unit every municipal action is linked to.' })
@Entity('plan_measure')
@Unique(['planId', 'code'])
export class PlanMeasure extends PlanNode {
  @Field(() => ID)
  @Index()
  @Column({ name: 'objective_id', type: 'uuid' })
  objectiveId: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the measure is due.' })
  @Column({ type: 'date', nullable: true })
  deadline: string | null;

  @ManyToOne(() => PlanObjective, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'objective_id' })
  objective?: PlanObjective;

  @ManyToOne(() => NationalPlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: NationalPlan;

  @ManyToMany(() => Institution)
  @JoinTable({
    name: 'plan_measure_responsible_institution',
    joinColumn: { name: 'measure_id' },
    inverseJoinColumn: { name: 'institution_id' },
  })
  responsibleInstitutions?: Institution[];
}
