import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '../common/entities/base.entity';
import { Person } from '../people/person.entity';
import { AnnualReportEventKind } from './annual-report.enums';
import { AnnualReport } from './annual-report.entity';

@ObjectType({
  description:
    "One step of an annual report's review, never changed afterwards: a submission with the narrative and figures as submitted, a return with its reason, or the acceptance.",
})
@Entity('annual_report_event')
@Unique(['reportId', 'sequence'])
export class AnnualReportEvent extends BaseEntity {
  @Field(() => ID)
  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  @Field(() => Int, { description: 'Position in the history of the report, from 1.' })
  @Column({ type: 'integer' })
  sequence: number;

  @Field(() => AnnualReportEventKind)
  @Column({ type: 'varchar', length: 10 })
  kind: AnnualReportEventKind;

  @Field({ description: 'When it happened.' })
  @Column({ name: 'occurred_at', type: Date })
  at: Date;

  /** Who submitted, returned or accepted it (resolved as `by`). */
  @Column({ name: 'by_id', type: 'uuid' })
  byId: string;

  @Field(() => String, { nullable: true, description: 'Why it was returned (RETURNED).' })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The narrative as submitted (SUBMITTED; null where a report submitted before histories were kept had changed it since).',
  })
  @Column({ type: 'text', nullable: true })
  narrative: string | null;

  /** The figures as submitted, as JSON (SUBMITTED; resolved as `figures`). */
  @Column({ type: 'text', nullable: true })
  figures: string | null;

  @ManyToOne(() => AnnualReport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id' })
  report?: AnnualReport;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'by_id' })
  by?: Person;
}
