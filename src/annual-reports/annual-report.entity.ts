import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '../common/entities/base.entity';
import { TaskForce } from '../task-forces/task-force.entity';
import { AnnualReportStatus } from './annual-report.enums';

@ObjectType({
  description: "A task force's report on one year, with figures taken from its records.",
})
@Entity('annual_report')
@Unique(['taskForceId', 'year'])
export class AnnualReport extends BaseEntity {
  @Field(() => ID)
  @Column({ name: 'task_force_id', type: 'uuid' })
  taskForceId: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  year: number;

  @Field(() => AnnualReportStatus)
  @Column({ type: 'varchar', length: 10, default: AnnualReportStatus.DRAFT })
  status: AnnualReportStatus;

  /** The figures as JSON: regenerated while a draft, frozen by submission. */
  @Column({ type: 'text' })
  figures: string;

  @Field({ description: 'When the figures were taken from the records.' })
  @Column({ name: 'figures_generated_at', type: Date })
  figuresGeneratedAt: Date;

  @Field(() => String, { nullable: true, description: "The secretary's narrative." })
  @Column({ type: 'text', nullable: true })
  narrative: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'submitted_at', type: Date, nullable: true })
  submittedAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'submitted_by_id', type: 'uuid', nullable: true })
  submittedById: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was accepted or returned.' })
  @Column({ name: 'decided_at', type: Date, nullable: true })
  decidedAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why it was last returned, until it is submitted again; `history` keeps every reason.',
  })
  @Column({ name: 'return_reason', type: 'text', nullable: true })
  returnReason: string | null;

  @ManyToOne(() => TaskForce, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'task_force_id' })
  taskForce?: TaskForce;
}
