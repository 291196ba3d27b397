import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/entities/base.entity';
import { LocalDateScalar } from '../common/scalars/local-date.scalar';
import { Person } from '../people/person.entity';
import { MembershipRole } from './task-force.enums';
import { TaskForce } from './task-force.entity';

@ObjectType({
  description:
    "A person's seat on a task force for a period. Ended memberships stay: they tell who was a member on any date.",
})
@Entity('membership')
@Index(['taskForceId', 'validFrom'])
export class Membership extends BaseEntity {
  @Field(() => ID)
  @Column({ name: 'task_force_id', type: 'uuid' })
  taskForceId: string;

  @Field(() => ID)
  @Index()
  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Field(() => MembershipRole)
  @Column({ type: 'varchar', length: 16 })
  role: MembershipRole;

  @Field(() => LocalDateScalar, { description: 'First day of the membership.' })
  @Column({ name: 'valid_from', type: 'date' })
  validFrom: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Last day of the membership; null while it lasts.',
  })
  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo: string | null;

  @ManyToOne(() => TaskForce, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_force_id' })
  taskForce?: TaskForce;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;
}
