import { deepStrictEqual } from 'node:assert';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { gql, GraphQLReply, login, medianMs } from './bench-http';
import { BENCH_PAGES, BenchPage } from './bench-pages';
import {
  BenchDatabase,
  captureStatements,
  InProcessApp,
  ScaleManifest,
  Statement,
} from './bench-sql';
import type { FloorSpec } from './floor-server';

export interface CapturedPage {
  page: BenchPage;
  variables: Record<string, unknown>;
  statements: Statement[];
  reply: GraphQLReply;
}

/** Runs `query` once on the in-process app and keeps the statements it ran and its answer. */
export async function capture(
  app: InProcessApp,
  query: string,
  variables: Record<string, unknown>,
  token: string,
) {
  let reply: GraphQLReply = {};
  const statements = await captureStatements(app.dataSource, async () => {
    reply = await gql(app.baseUrl, query, variables, token);
  });
  const write = statements.find((s) => !/^\s*(SELECT|WITH)\b/i.test(s.sql));
  if (write) throw new Error(`A list page ran a write, which a replay would repeat: ${write.sql}`);
  return { statements, reply };
}

/** Each list page run once on the in-process app as its user: statements and answer. */
export async function capturePages(
  app: InProcessApp,
  manifest: ScaleManifest,
): Promise<CapturedPage[]> {
  const tokens = {
    member: await login(app.baseUrl, manifest.busyMember.email, manifest.password),
    commission: await login(app.baseUrl, manifest.commission, manifest.password),
  };
  const pages: CapturedPage[] = [];
  for (const page of BENCH_PAGES) {
    const variables = page.variables({ taskForceId: manifest.busyMember.taskForceId });
    pages.push({
      page,
      variables,
      ...(await capture(app, page.query, variables, tokens[page.as])),
    });
  }
  return pages;
}

/** Median time of the statements of a request replayed on the data source, one by one. */
export async function replayMedianMs(app: InProcessApp, statements: Statement[]) {
  return medianMs(async () => {
    for (const { sql, params } of statements) await app.dataSource.query(sql, params);
  });
}

export interface FloorServer {
  baseUrl: string;
  stop(): Promise<void>;
}

/** Starts the data floor (floor-server.ts) as its own process over the captured pages. */
export async function startFloor(
  database: BenchDatabase,
  pages: CapturedPage[],
  nodeFlags: string[] = [],
): Promise<FloorServer> {
  const spec: FloorSpec = {
    ...(database.databaseUrl
      ? { databaseUrl: database.databaseUrl, databaseSchema: database.databaseSchema }
      : { sqlitePath: database.sqlitePath }),
    pages: Object.fromEntries(
      pages.map((p) => [p.page.name, { statements: p.statements, variables: p.variables }]),
    ),
  };
  const file = join(mkdtempSync(join(tmpdir(), 'thb-floor-')), 'floor.json');
  writeFileSync(file, JSON.stringify(spec));
  const child = spawn(
    process.execPath,
    [...nodeFlags, 'dist/scripts/bench/floor-server.js', file],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`The floor server exited with ${code}.`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^floor listening (\d+)$/.exec(line);
      if (match) resolve(Number(match[1]));
    });
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The floor must answer each page exactly as the GraphQL server does, or it measures less. */
export async function checkFloorAnswers(
  floor: FloorServer,
  serverUrl: string,
  pages: CapturedPage[],
  tokenOf: (page: BenchPage) => string,
) {
  for (const { page, variables } of pages) {
    const server = await gql(serverUrl, page.query, variables, tokenOf(page));
    const res = await fetch(`${floor.baseUrl}/${page.name}`, {
      method: 'POST',
      body: JSON.stringify({ query: page.query, variables }),
    });
    if (!res.ok) throw new Error(`Floor of ${page.name}: ${await res.text()}`);
    deepStrictEqual(await res.json(), server, `The floor of ${page.name} answers differently`);
  }
}
