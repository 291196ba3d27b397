import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/entities/base.entity';
import { Institution } from '../institutions/institution.entity';

@ObjectType({
  description: 'A professional who works with a task force (never a victim or suspect).',
})
@Entity('person')
export class Person extends BaseEntity {
  @Field()
  @Column({ name: 'full_name', type: 'varchar', length: 200 })
  fullName: string;

  @Field(() => String, { nullable: true, description: 'Work e-mail.' })
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Work phone.' })
  @Column({ type: 'varchar', length: 40, nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true, description: 'Position held at the institution.' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  position: string | null;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ name: 'institution_id', type: 'uuid', nullable: true })
  institutionId: string | null;

  @ManyToOne(() => Institution, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'institution_id' })
  institution?: Institution;
}
