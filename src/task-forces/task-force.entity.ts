import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/entities/base.entity';
import { LocalDateScalar } from '../common/scalars/local-date.scalar';
import { Municipality } from '../municipalities/municipality.entity';
import { QuorumRule, TaskForceStatus } from './task-force.enums';

@ObjectType({ description: 'A municipal multidisciplinary task force against THB.' })
@Entity('task_force')
export class TaskForce extends BaseEntity {
  @Field(() => ID)
  @Index()
  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @Field()
  @Column({ type: 'varchar', length: 300, unique: true })
  name: string;

  @Field(() => LocalDateScalar)
  @Column({ name: 'established_on', type: 'date' })
  establishedOn: string;

  @Field(() => String, {
    nullable: true,
    description: "The act that set the task force up, e.g. a mayor's order with its number.",
  })
  @Column({ name: 'establishing_act', type: 'varchar', length: 500, nullable: true })
  establishingAct: string | null;

  @Field(() => TaskForceStatus)
  @Column({ type: 'varchar', length: 12, default: TaskForceStatus.ACTIVE })
  status: TaskForceStatus;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The last day of a dissolved one.' })
  @Column({ name: 'dissolved_on', type: 'date', nullable: true })
  dissolvedOn: string | null;

  @Field(() => String, { nullable: true, description: 'The act that dissolved it.' })
  @Column({ name: 'dissolving_act', type: 'varchar', length: 500, nullable: true })
  dissolvingAct: string | null;

  @Field(() => QuorumRule)
  @Column({ name: 'quorum_rule', type: 'varchar', length: 24, default: QuorumRule.MORE_THAN_HALF })
  quorumRule: QuorumRule;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality;
}
