import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A login rate-limit window kept in the database, so every instance behind a load balancer
 * counts the same attempts. Times are epoch milliseconds, the same on both engines.
 */
@Entity('rate_limit_counter')
export class RateLimitCounter {
  /** The throttler's name and its tracker (address or e-mail). */
  @PrimaryColumn({ type: 'varchar', length: 400 })
  key: string;

  @Column({ type: 'integer' })
  hits: number;

  @Column({ name: 'window_ends', type: 'bigint' })
  windowEnds: number;
}
