import { ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { promisify } from 'node:util';
import { Client } from 'pg';
import sqlite3 from 'sqlite3';
import type { GraphQLResponse } from './test-app';

// Kept here rather than imported from test-app.ts, which would load the whole application.
const DEMO_PASSWORD = 'demo-password';
const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
    }
  }
`;

const run = promisify(execFile);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The database a server process runs on: a SQLite file, or (when the suite runs with a
 * `postgres://` DATABASE_URL) a schema of its own in that PostgreSQL database.
 */
export type ServerDatabase =
  { engine: 'sqlite'; path: string } | { engine: 'postgres'; url: string; schema: string };

/** Raw SQL with `?` placeholders, on either engine; resolves to the rows. */
export type QueryAll = <R = any>(sql: string, params?: unknown[]) => Promise<R[]>;

// Read here rather than imported from test-app.ts, which would load the whole application.
const POSTGRES_URL = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '')
  ? process.env.DATABASE_URL
  : undefined;

async function withPostgresClient<T>(
  url: string,
  schema: string | undefined,
  work: (client: Client) => Promise<T>,
): Promise<T> {
  const options = schema ? `-c search_path=${schema}` : undefined;
  const client = new Client({ connectionString: url, options });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database for server processes: with a `postgres://` DATABASE_URL a new schema
 * `t_<hex>` in it, otherwise the SQLite file `sqlitePath` (not created here).
 */
export async function createServerDatabase(sqlitePath: string): Promise<ServerDatabase> {
  if (!POSTGRES_URL) return { engine: 'sqlite', path: sqlitePath };
  const schema = `t_${randomBytes(6).toString('hex')}`;
  await withPostgresClient(POSTGRES_URL, undefined, (client) =>
    client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`),
  );
  return { engine: 'postgres', url: POSTGRES_URL, schema };
}

/**
 * A fresh schema in PostgreSQL whatever engine the suite runs on, for what only PostgreSQL
 * does (several instances on one database): the suite's DATABASE_URL, or the machine's own.
 */
export async function createPostgresServerDatabase(): Promise<ServerDatabase> {
  const url = POSTGRES_URL ?? process.env.CI_POSTGRES_URL ?? 'postgres://root@127.0.0.1:5432/test';
  const schema = `t_${randomBytes(6).toString('hex')}`;
  await withPostgresClient(url, undefined, (client) => client.query(`CREATE SCHEMA ${schema}`));
  return { engine: 'postgres', url, schema };
}

/** Drops a PostgreSQL schema made by createServerDatabase (a SQLite file is the caller's). */
export async function dropServerDatabase(database: ServerDatabase): Promise<void> {
  if (database.engine !== 'postgres') return;
  await withPostgresClient(database.url, undefined, (client) =>
    client.query(`DROP SCHEMA IF EXISTS ${database.schema} CASCADE`),
  );
}

/** The environment of a child process on `database`: the parent's, its database settings replaced. */
function databaseEnv(database: ServerDatabase): NodeJS.ProcessEnv {
  const { DATABASE_URL: _url, DATABASE_SCHEMA: _schema, ...env } = process.env;
  return database.engine === 'postgres'
    ? { ...env, DATABASE_URL: database.url, DATABASE_SCHEMA: database.schema }
    : { ...env, SQLITE_PATH: database.path };
}

/** A port nobody listens on right now. */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/** The real server, `node src/main.ts`, running as a child process. */
export interface ServerProcess {
  child: ChildProcess;
  port: number;
  /** What the process wrote to stdout and stderr so far. */
  output(): string;
  /** Whether the process has exited. */
  exited(): boolean;
  gql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  login(email: string, password?: string): Promise<string>;
  /** SIGTERM, then waits for the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL (no-op once exited), then waits for the process to be gone. */
  kill(): Promise<void>;
}

/**
 * Spawns `node -r ts-node/register/transpile-only src/main.ts` (as the startup spec does, so no
 * build is needed) on the given database and resolves once `/health` answers 200.
 */
export async function startServerProcess(
  database: ServerDatabase,
  /** Added to the environment; an undefined value removes the variable. */
  env: Record<string, string | undefined> = {},
  startTimeoutMs = 60_000,
): Promise<ServerProcess> {
  const port = await freePort();
  let output = '';
  let exitCode: number | null | undefined;
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
    // NODE_ENV=test: no schema.gql written into the working tree, quiet logs by default.
    env: { ...databaseEnv(database), NODE_ENV: 'test', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exit = once(child, 'exit').then(([code]) => (exitCode = code as number | null));
  const base = `http://127.0.0.1:${port}`;

  const gql = async (query: string, variables?: Record<string, unknown>, token?: string) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await res.json()) as { data?: any; errors?: GraphQLResponse['errors'] };
    return { status: res.status, data: body.data ?? undefined, errors: body.errors };
  };

  const server: ServerProcess = {
    child,
    port,
    output: () => output,
    exited: () => exitCode !== undefined,
    gql,
    login: async (email, password = DEMO_PASSWORD) => {
      const res = await gql(LOGIN, { input: { email, password } });
      if (!res.data?.login) throw new Error(`login ${email} failed: ${JSON.stringify(res.errors)}`);
      return res.data.login.token as string;
    },
    stop: async () => {
      if (exitCode === undefined) child.kill('SIGTERM');
      await exit;
      return exitCode ?? null;
    },
    kill: async () => {
      if (exitCode === undefined) child.kill('SIGKILL');
      await exit;
    },
  };

  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (server.exited()) {
      throw new Error(`the server exited with ${exitCode} before it was healthy:\n${output}`);
    }
    try {
      const res = await fetch(`${base}/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) return server;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  await server.kill();
  throw new Error(`the server was not healthy within ${startTimeoutMs} ms:\n${output}`);
}

/**
 * Runs `npm run audit:verify`'s script (src/scripts/verify-audit-chain.ts) on a database, with
 * its arguments (`--head …`, `--print-head` for `npm run audit:head`) and more environment.
 */
export async function verifyAuditChainCli(
  database: ServerDatabase,
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await run(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', 'src/scripts/verify-audit-chain.ts', ...args],
      { env: { ...databaseEnv(database), NODE_ENV: 'test', ...env } },
    );
    return { code: 0, output: stdout };
  } catch (error: any) {
    return { code: error.code, output: `${error.stdout}${error.stderr}` };
  }
}

/**
 * Opens the database with the driver itself (no TypeORM, no migrations) for raw queries: the
 * SQLite file with sqlite3, or a `pg` Client whose search_path is the schema (`?` placeholders
 * become `$1`, `$2`, … there).
 */
export async function withDatabase<T>(
  database: ServerDatabase,
  work: (all: QueryAll) => Promise<T>,
): Promise<T> {
  if (database.engine === 'postgres') {
    return withPostgresClient(database.url, database.schema, (client) =>
      work(async (sql, params = []) => {
        let index = 0;
        const numbered = sql.replace(/\?/g, () => `$${++index}`);
        return (await client.query(numbered, params)).rows;
      }),
    );
  }
  return withSqliteFile(database.path, work);
}

/** Opens the file with the sqlite3 driver itself (no TypeORM, no migrations) for raw queries. */
export async function withSqliteFile<T>(
  path: string,
  work: (all: QueryAll) => Promise<T>,
): Promise<T> {
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const opened: sqlite3.Database = new sqlite3.Database(path, sqlite3.OPEN_READWRITE, (err) =>
      err ? reject(err) : resolve(opened),
    );
  });
  const all = <R>(sql: string, params: unknown[] = []) =>
    new Promise<R[]>((resolve, reject) =>
      db.all<R>(sql, params, (err, rows) => (err ? reject(err) : resolve(rows))),
    );
  try {
    return await work(all);
  } finally {
    await new Promise<void>((resolve, reject) =>
      db.close((err) => (err ? reject(err) : resolve())),
    );
  }
}
