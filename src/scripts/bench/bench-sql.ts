import { readFileSync } from 'node:fs';
import { viewerOf } from '../../auth/viewer';
import { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Account } from '../../auth/account.entity';
import { createApp } from '../../bootstrap';
import { loadConfig } from '../../config/app-config';
import { StatusOverviewService } from '../../oversight/status-overview.service';
import { medianMs } from './bench-http';

export interface Statement {
  sql: string;
  params: unknown[];
}

export interface InProcessApp {
  baseUrl: string;
  dataSource: DataSource;
  app: INestApplication;
  close(): Promise<void>;
}

/** Where the national-scale data is: the SQLite file, or a schema of a PostgreSQL database. */
export interface BenchDatabase {
  sqlitePath: string;
  databaseUrl?: string;
  databaseSchema?: string;
}

/** Where `npm run seed:scale` put the data: DATABASE_URL (a schema of it) or the SQLite file. */
export function benchDatabase(): BenchDatabase {
  const sqlitePath = process.env.SCALE_SQLITE_PATH || 'data/scale.sqlite';
  if (!process.env.DATABASE_URL) return { sqlitePath };
  const databaseSchema = process.env.SCALE_PG_SCHEMA || 'scale';
  return { sqlitePath, databaseUrl: process.env.DATABASE_URL, databaseSchema };
}

/** The manifest `npm run seed:scale` writes beside the SQLite file: accounts and ids. */
export interface ScaleManifest {
  password: string;
  accounts: { email: string; systemRole: string }[];
  busyMember: { email: string; taskForceId: string };
  activePlan: { id: string };
  counts: Record<string, number>;
  /** The Commission account's e-mail (read from `accounts`). */
  commission: string;
}

export function readManifest(database: BenchDatabase): ScaleManifest {
  const manifest = JSON.parse(
    readFileSync(database.sqlitePath.replace(/\.sqlite$/, '.json'), 'utf8'),
  ) as Omit<ScaleManifest, 'commission'>;
  const commission = manifest.accounts.find((a) => a.systemRole === 'COMMISSION')!.email;
  return { ...manifest, commission };
}

/** The application inside this process, to see the SQL it runs (the timed one runs apart). */
export async function startInProcess(database: BenchDatabase): Promise<InProcessApp> {
  const config = {
    ...loadConfig({ NODE_ENV: 'development' }),
    ...database,
    // Nothing but the requests measured runs statements: no mail polling, no daily job.
    mailPollMs: 3_600_000,
    dailyJob: false,
    demoData: false,
    logLevel: 'silent',
    schemaFile: undefined,
    graphiql: false,
    loginLimitPerAddress: { limit: 1000, ttlMs: 60_000 },
    loginLimitPerAccount: { limit: 1000, ttlMs: 60_000 },
  };
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    baseUrl: url,
    app,
    dataSource: app.get(getDataSourceToken()),
    close: () => app.close(),
  };
}

/**
 * Records every statement the data source runs while `work` runs, on any of its connections
 * (the query runners' shared prototype is wrapped, so PostgreSQL's pool is covered too).
 */
export async function captureStatements(
  dataSource: DataSource,
  work: () => Promise<unknown>,
): Promise<Statement[]> {
  const runner = dataSource.createQueryRunner();
  const prototype = Object.getPrototypeOf(runner) as { query: (...args: unknown[]) => unknown };
  await runner.release();
  const original = prototype.query;
  const seen: Statement[] = [];
  prototype.query = function (this: unknown, sql: string, params?: unknown[], ...rest: unknown[]) {
    seen.push({ sql, params: params ?? [] });
    return original.call(this, sql, params, ...rest);
  } as typeof prototype.query;
  try {
    await work();
  } finally {
    prototype.query = original;
  }
  return seen;
}

/**
 * The plain-SQL floor of the overview: the very statements its service runs, replayed
 * straight on the database connection, without GraphQL, Nest or the mapping of rows.
 */
export async function overviewSqlFloor(target: InProcessApp, commissionEmail: string) {
  const account = await target.dataSource.getRepository(Account).findOneByOrFail({
    email: commissionEmail,
  });
  const viewer = viewerOf(account, null);
  const service = target.app.get(StatusOverviewService);
  const statements = await captureStatements(target.dataSource, () =>
    service.statusOverview(viewer, {}),
  );
  const replay = async () => {
    for (const { sql, params } of statements) await target.dataSource.query(sql, params);
  };
  return { statements: statements.length, medianMs: await medianMs(replay) };
}
