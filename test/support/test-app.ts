import { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/bootstrap';
import { REFUSAL_REASONS } from '../../src/common/errors/error-reasons';
import { FIELD_RULES } from '../../src/common/errors/field-rules';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { captureStatements } from '../../src/scripts/bench/bench-sql';

export const DEMO_PASSWORD = 'demo-password';

export const DEMO = {
  admin: 'admin@demo.lt',
  commission: 'chair@commission.demo.lt',
  ministry: 'monitor@vrm.demo.lt',
} as const;

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: {
    message: string;
    path?: string[];
    extensions: {
      code: string;
      fields?: { field: string; message: string; rule?: string }[];
      reason?: string;
    };
  }[];
}

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  dataSource: DataSource;
  /** Sends one GraphQL operation over HTTP, with a bearer token when given. */
  gql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  login(email: string, password?: string): Promise<string>;
  /** Raw SQL with `?` placeholders, on either engine. */
  sql<T = any>(query: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** Set to a `postgres://` URL, the suite runs against PostgreSQL, one schema per app. */
const POSTGRES_URL = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '')
  ? process.env.DATABASE_URL
  : undefined;

export const onPostgres = !!POSTGRES_URL;

/** `?` placeholders become `$1`, `$2`… for PostgreSQL. */
function numberedPlaceholders(query: string): string {
  let index = 0;
  return query.replace(/\?/g, () => `$${++index}`);
}

async function withPostgres(sql: string): Promise<void> {
  const client = new Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Settings a test app starts with; each test file gets its own fresh database: a SQLite file,
 * or with DATABASE_URL a PostgreSQL schema. An explicit `sqlitePath` alone keeps SQLite (for
 * what only a SQLite file has: pragmas, file backups).
 */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  const dir = mkdtempSync(join(tmpdir(), 'thb-test-'));
  const sqliteOnly = overrides.sqlitePath !== undefined && overrides.databaseSchema === undefined;
  const postgres =
    POSTGRES_URL && !sqliteOnly
      ? { databaseUrl: POSTGRES_URL, databaseSchema: `t_${randomBytes(6).toString('hex')}` }
      : {};
  return {
    ...loadConfig({ NODE_ENV: 'test' }),
    sqlitePath: join(dir, 'workspace.sqlite'),
    // No background delivery: statement counts see only the requests; the mail tests poll.
    mailPollMs: 0,
    dailyJob: false,
    ...postgres,
    ...overrides,
  };
}

/** Creates the PostgreSQL schema of a test config; a restart finds it there already. */
export async function prepareTestDatabase(config: AppConfig): Promise<void> {
  if (config.databaseSchema) {
    await withPostgres(`CREATE SCHEMA IF NOT EXISTS ${config.databaseSchema}`);
  }
}

/** Drops the PostgreSQL schema of a test config (nothing to do for a SQLite file). */
export async function dropTestDatabase(config: AppConfig): Promise<void> {
  if (config.databaseSchema)
    await withPostgres(`DROP SCHEMA IF EXISTS ${config.databaseSchema} CASCADE`);
}

export async function startTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const config = testConfig(overrides);
  await prepareTestDatabase(config);
  const app = await createApp(config);
  const server = app.getHttpServer();

  const gql = async (query: string, variables?: Record<string, unknown>, token?: string) => {
    const req = request(server).post('/graphql').set('Content-Type', 'application/json');
    if (token) req.set('Authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    uncodedRefusals(res.body.errors);
    return { status: res.status, data: res.body.data, errors: res.body.errors };
  };

  const login = async (email: string, password = DEMO_PASSWORD) => {
    const res = await gql(LOGIN, { input: { email, password } });
    if (!res.data?.login) throw new Error(`login ${email} failed: ${JSON.stringify(res.errors)}`);
    return res.data.login.token as string;
  };

  const dataSource: DataSource = app.get(getDataSourceToken());
  const engineSql = (query: string) => (config.databaseUrl ? numberedPlaceholders(query) : query);

  return {
    app,
    config,
    dataSource,
    gql,
    login,
    sql: (query: string, params: unknown[] = []) => dataSource.query(engineSql(query), params),
    close: async () => {
      await app.close();
      rmSync(join(config.sqlitePath, '..'), { recursive: true, force: true });
      await dropTestDatabase(config);
    },
  };
}

/**
 * Fails the test at once when the API refuses a state or a stale version without a reason
 * code a client could word (`extensions.reason`, one of error-reasons.ts), or a field without
 * its rule (`extensions.fields[].rule`, one of field-rules.ts).
 */
function uncodedRefusals(errors?: GraphQLResponse['errors']): void {
  for (const error of errors ?? []) {
    const { code, reason, fields } = error.extensions ?? {};
    for (const { field, rule } of fields ?? []) {
      if (!rule || !(rule in FIELD_RULES)) {
        throw new Error(`${code} on ${field} without a known rule (${rule}): ${error.message}`);
      }
    }
    if (!['FAILED_PRECONDITION', 'CONFLICT'].includes(code)) continue;
    if (!reason || !(reason in REFUSAL_REASONS)) {
      throw new Error(`${code} without a known reason (${reason}): ${error.message}`);
    }
  }
}

export const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
      account {
        id
        email
        systemRole
      }
    }
  }
`;

/**
 * Counts the SQL statements run while `work` runs, on either engine: it wraps `query` on the
 * prototype of the driver's query runners (SQLite has one runner, PostgreSQL one per call).
 */
export async function countStatements(
  dataSource: DataSource,
  work: () => Promise<unknown>,
): Promise<number> {
  return (await captureStatements(dataSource, work)).length;
}

export const codeOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions.code;
