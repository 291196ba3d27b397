import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DomainError, ErrorCode } from '../common/errors/domain-error';
import { Clock } from '../common/time/clock';
import { RateLimit } from '../config/app-config';
import { TransactionService } from '../database/transaction.service';
import { namedQuery } from '../database/named-query';

/** One counter an attempt uses up: what is counted (its name) for whom (the tracker). */
export interface Allowance {
  name: string;
  tracker: string;
  limit: RateLimit;
}

const OPEN_WINDOWS = `
  SELECT key, hits FROM rate_limit_counter WHERE key IN (:...keys) AND window_ends > :now`;

/** Counts in a fixed window per key, in one atomic statement on either engine. */
const increment = (rows: number) => `
  INSERT INTO rate_limit_counter (key, hits, window_ends)
  VALUES ${Array.from({ length: rows }, (_, i) => `(:key${i}, 1, :windowEnds${i})`).join(', ')}
  ON CONFLICT (key) DO UPDATE SET
    hits = CASE WHEN rate_limit_counter.window_ends <= :now THEN 1
                ELSE rate_limit_counter.hits + 1 END,
    window_ends = CASE WHEN rate_limit_counter.window_ends <= :now THEN excluded.window_ends
                       ELSE rate_limit_counter.window_ends END
  RETURNING key, hits`;

const PURGE = `DELETE FROM rate_limit_counter WHERE window_ends <= :now`;

/** Ended windows are deleted at most this often, by whichever attempt comes next. */
const PURGE_EVERY_MS = 60_000;

/** The tracker is hashed: the table holds no e-mail addresses or client addresses. */
const keyOf = ({ name, tracker }: Allowance) =>
  `${name}:${createHash('sha256').update(tracker).digest('hex').slice(0, 40)}`;

/**
 * Attempt counters (logins, password changes) kept in the database, so every instance behind
 * a load balancer counts the same attempts.
 */
@Injectable()
export class RateLimiter {
  private purgedAt = -Infinity;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly clock: Clock,
  ) {}

  /**
   * Counts one attempt against every allowance, or refuses it with TOO_MANY_REQUESTS when one
   * is used up. A refused attempt writes nothing: a flood of them costs one read each and
   * never waits for the write lock.
   */
  async take(allowances: Allowance[], message: string): Promise<void> {
    const now = this.clock.now().getTime();
    const limitOf = new Map(allowances.map((a) => [keyOf(a), a.limit]));
    const keys = [...limitOf.keys()];
    const over = (rows: { key: string; hits: number | string }[]) =>
      rows.some((row) => Number(row.hits) > limitOf.get(row.key)!.limit);

    const open = await namedQuery<{ key: string; hits: number }>(this.dataSource, OPEN_WINDOWS, {
      keys,
      now,
    });
    // One more attempt would go over: refuse it now, without counting it.
    if (over(open.map((row) => ({ ...row, hits: Number(row.hits) + 1 })))) throw tooMany(message);

    const params: Record<string, unknown> = { now };
    keys.forEach((key, i) => {
      params[`key${i}`] = key;
      params[`windowEnds${i}`] = now + limitOf.get(key)!.ttlMs;
    });
    // On SQLite's one connection, a statement must not slip into another request's transaction.
    const counted = await this.tx.exclusive(async () => {
      await this.purgeEnded(now);
      return namedQuery<{ key: string; hits: number }>(
        this.dataSource,
        increment(keys.length),
        params,
      );
    });
    // Attempts that raced past the check above are refused here.
    if (over(counted)) throw tooMany(message);
  }

  /** Forgets the attempts counted against one allowance (the caller proved who they are). */
  async forget(allowance: Allowance): Promise<void> {
    await this.tx.exclusive(() =>
      namedQuery(this.dataSource, `DELETE FROM rate_limit_counter WHERE key = :key`, {
        key: keyOf(allowance),
      }),
    );
  }

  private async purgeEnded(now: number): Promise<void> {
    if (now - this.purgedAt < PURGE_EVERY_MS) return;
    this.purgedAt = now;
    await namedQuery(this.dataSource, PURGE, { now });
  }
}

const tooMany = (message: string) => new DomainError(ErrorCode.TOO_MANY_REQUESTS, message);
