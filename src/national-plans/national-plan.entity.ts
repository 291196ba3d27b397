import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { BaseEntity } from '../common/entities/base.entity';
import { LocalDateScalar } from '../common/scalars/local-date.scalar';
import { PlanStatus } from './plan-status.enum';

@ObjectType({
  description: 'A national programme or action plan against trafficking in human beings.',
})
@Entity('national_plan')
export class NationalPlan extends BaseEntity {
  @Field({ description: 'Short code, e.g. "KPZ-2024".' })
  @Column({ type: 'varchar', length: 40, unique: true })
  code: string;

  @Field({ description: 'Official title, in Lithuanian.' })
  @Column({ type: 'varchar', length: 500 })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'title_en', type: 'varchar', length: 500, nullable: true })
  titleEn: string | null;

  @Field(() => String, { nullable: true, description: 'The legal act that adopted the plan.' })
  @Column({ name: 'adopting_act', type: 'varchar', length: 500, nullable: true })
  adoptingAct: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ name: 'adopted_on', type: 'date', nullable: true })
  adoptedOn: string | null;

  @Field(() => Int)
  @Column({ name: 'start_year', type: 'integer' })
  startYear: number;

  @Field(() => Int, { nullable: true, description: 'Null for a rolling plan without a fixed end.' })
  @Column({ name: 'end_year', type: 'integer', nullable: true })
  endYear: number | null;

  @Field(() => PlanStatus)
  @Column({ type: 'varchar', length: 10 })
  status: PlanStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Provenance and caveats of the seeded text.',
  })
  @Column({ type: 'text', nullable: true })
  notes: string | null;
}
