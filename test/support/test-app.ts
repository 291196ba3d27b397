import { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/bootstrap';
import { AppConfig, loadConfig } from '../../src/config/app-config';

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
    extensions: { code: string; fields?: { field: string; message: string }[] };
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
  close(): Promise<void>;
}

/** Settings a test app starts with; each test file gets its own fresh database file. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  const dir = mkdtempSync(join(tmpdir(), 'thb-test-'));
  return {
    ...loadConfig({ NODE_ENV: 'test' }),
    sqlitePath: join(dir, 'workspace.sqlite'),
    ...overrides,
  };
}

export async function startTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const config = testConfig(overrides);
  const app = await createApp(config);
  const server = app.getHttpServer();

  const gql = async (query: string, variables?: Record<string, unknown>, token?: string) => {
    const req = request(server).post('/graphql').set('Content-Type', 'application/json');
    if (token) req.set('Authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    return { status: res.status, data: res.body.data, errors: res.body.errors };
  };

  const login = async (email: string, password = DEMO_PASSWORD) => {
    const res = await gql(LOGIN, { input: { email, password } });
    if (!res.data?.login) throw new Error(`login ${email} failed: ${JSON.stringify(res.errors)}`);
    return res.data.login.token as string;
  };

  return {
    app,
    config,
    dataSource: app.get(getDataSourceToken()),
    gql,
    login,
    close: async () => {
      await app.close();
      rmSync(join(config.sqlitePath, '..'), { recursive: true, force: true });
    },
  };
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

/** Counts the SQL statements run while `work` runs (TypeORM's sqlite driver has one runner). */
export async function countStatements(
  dataSource: DataSource,
  work: () => Promise<unknown>,
): Promise<number> {
  const runner = dataSource.driver.createQueryRunner('master');
  const original = runner.query.bind(runner);
  let count = 0;
  runner.query = ((...args: Parameters<typeof original>) => {
    count++;
    return original(...args);
  }) as typeof runner.query;
  try {
    await work();
  } finally {
    runner.query = original;
  }
  return count;
}

export const codeOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions.code;
