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

/** The application inside this process, to see the SQL it runs (the timed one runs apart). */
export async function startInProcess(sqlitePath: string): Promise<InProcessApp> {
  const config = {
    ...loadConfig({ NODE_ENV: 'development' }),
    sqlitePath,
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

/** Records every statement the (single) SQLite connection runs while `work` runs. */
export async function captureStatements(
  dataSource: DataSource,
  work: () => Promise<unknown>,
): Promise<Statement[]> {
  const runner = dataSource.driver.createQueryRunner('master');
  const original = runner.query.bind(runner);
  const seen: Statement[] = [];
  runner.query = ((sql: string, params?: unknown[], ...rest: unknown[]) => {
    seen.push({ sql, params: params ?? [] });
    return (original as (...args: unknown[]) => Promise<unknown>)(sql, params, ...rest);
  }) as typeof runner.query;
  try {
    await work();
  } finally {
    runner.query = original;
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
