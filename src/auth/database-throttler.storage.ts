import { Injectable } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import { DataSource } from 'typeorm';
import { TransactionService } from '../database/transaction.service';
import { namedQuery } from '../database/named-query';

/** Counts in a fixed window per key, in one atomic statement on either engine. */
const INCREMENT = `
  INSERT INTO rate_limit_counter (key, hits, window_ends) VALUES (:key, 1, :windowEnds)
  ON CONFLICT (key) DO UPDATE SET
    hits = CASE WHEN rate_limit_counter.window_ends <= :now THEN 1
                ELSE rate_limit_counter.hits + 1 END,
    window_ends = CASE WHEN rate_limit_counter.window_ends <= :now THEN :windowEnds
                       ELSE rate_limit_counter.window_ends END
  RETURNING hits, window_ends AS "windowEnds"`;

/**
 * The login rate limits' counters, shared by every instance through the database (the
 * default store lives in one process's memory).
 */
@Injectable()
export class DatabaseThrottlerStorage implements ThrottlerStorage {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
  ) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    _blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const now = Date.now();
    const params = { key: `${throttlerName}:${key}`.slice(0, 400), now, windowEnds: now + ttl };
    // On SQLite's one connection, a statement must not slip into another request's transaction.
    const [row] = await this.tx.exclusive(() =>
      namedQuery<{ hits: number; windowEnds: number }>(this.dataSource, INCREMENT, params),
    );
    const hits = Number(row.hits);
    const timeToExpire = Math.max(0, Math.ceil((Number(row.windowEnds) - now) / 1000));
    const isBlocked = hits > limit;
    return {
      totalHits: hits,
      timeToExpire,
      isBlocked,
      timeToBlockExpire: isBlocked ? timeToExpire : 0,
    };
  }
}
