import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A Vilnius day the daily job has done: the one row that keeps a second run from repeating it. */
@Entity('daily_run')
export class DailyRun {
  @PrimaryColumn({ type: 'date' })
  day: string;

  @Column({ name: 'finished_at', type: Date })
  finishedAt: Date;

  /** What it wrote (JSON counts), for the log and the audit trail. */
  @Column({ type: 'text' })
  summary: string;
}
