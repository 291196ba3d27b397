import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { login, medianMs } from './bench/bench-http';
import { LoadResult, load } from './bench/bench-load';
import type { BenchPage } from './bench/bench-pages';
import { LIST_QUERIES, PLAN_PROGRESS, STATUS_OVERVIEW } from './bench/bench-queries';
import { BenchResults, printResults, SqlComparison } from './bench/bench-report';
import { startServer } from './bench/bench-server';
import { benchDatabase, captureStatements, readManifest, startInProcess } from './bench/bench-sql';
import {
  capture,
  CapturedPage,
  capturePages,
  checkFloorAnswers,
  replayMedianMs,
  startFloor,
} from './bench/bench-floor';
import { gql } from './bench/bench-http';

/**
 * `npm run bench`: each list page of the web client against its data floor (the same
 * statements on the same driver, the JSON built by hand, plain `http`), loaded in turns, and
 * the other performance figures, each beside its target. Writes bench/results*.json.
 */
async function main() {
  const database = benchDatabase();
  const manifest = readManifest(database);
  const seconds = Number(process.env.BENCH_SECONDS || 5);
  const rounds = Number(process.env.BENCH_ROUNDS || 2);
  const emails = { member: manifest.busyMember.email, commission: manifest.commission };
  const planVariables = { planId: manifest.activePlan.id };

  // Statements, answers and the SQL floors, from the app inside this process.
  const inProcess = await startInProcess(database);
  let pages: CapturedPage[];
  const statements: Record<string, { rows10: number; rows100: number }> = {};
  let overviewSql: { statements: number; medianMs: number };
  let planSql: { statements: number; medianMs: number };
  try {
    const tokens = {
      member: await login(inProcess.baseUrl, emails.member, manifest.password),
      commission: await login(inProcess.baseUrl, emails.commission, manifest.password),
    };
    pages = await capturePages(inProcess, manifest);
    for (const [name, query] of Object.entries(LIST_QUERIES)) {
      const token = name === 'myActionItems' ? tokens.member : tokens.commission;
      const count = async (first: number) =>
        (
          await captureStatements(inProcess.dataSource, () =>
            gql(inProcess.baseUrl, query, { first }, token),
          )
        ).length;
      statements[name] = { rows10: await count(10), rows100: await count(100) };
    }
    const sqlOf = async (query: string, variables: Record<string, unknown>, token: string) => {
      const { statements: run } = await capture(inProcess, query, variables, token);
      return { statements: run.length, medianMs: await replayMedianMs(inProcess, run) };
    };
    overviewSql = await sqlOf(STATUS_OVERVIEW, {}, tokens.commission);
    planSql = await sqlOf(PLAN_PROGRESS, planVariables, tokens.commission);
  } finally {
    await inProcess.close();
  }

  // The real server and the floor, each in its own process, loaded in turns.
  const server = await startServer(database);
  const floor = await startFloor(database, pages);
  let results: BenchResults;
  try {
    const tokens = {
      member: await login(server.baseUrl, emails.member, manifest.password),
      commission: await login(server.baseUrl, emails.commission, manifest.password),
    };
    const tokenOf = (page: BenchPage) => tokens[page.as];
    await checkFloorAnswers(floor, server.baseUrl, pages, tokenOf);
    const runs = new Map<string, { server: LoadResult[]; floor: LoadResult[] }>(
      pages.map((p) => [p.page.name, { server: [], floor: [] }]),
    );
    for (let round = 0; round < rounds; round++) {
      for (const { page, variables } of pages) {
        const body = { query: page.query, variables, token: tokenOf(page) };
        const measure = {
          server: () => load({ url: `${server.baseUrl}/graphql`, ...body }, seconds),
          floor: () => load({ url: `${floor.baseUrl}/${page.name}`, ...body }, seconds),
        };
        // Turn about, so neither side always runs on a machine warmed by the other.
        const order = round % 2 ? (['floor', 'server'] as const) : (['server', 'floor'] as const);
        for (const side of order) runs.get(page.name)![side].push(await measure[side]());
      }
    }
    const typename = await load(
      {
        url: `${server.baseUrl}/graphql`,
        query: '{ __typename }',
        variables: {},
        token: tokens.member,
      },
      seconds,
    );
    const http = (query: string, variables: Record<string, unknown>) =>
      medianMs(() => gql(server.baseUrl, query, variables, tokens.commission));
    const compare = (
      httpMedianMs: number,
      sql: { statements: number; medianMs: number },
    ): SqlComparison => ({
      httpMedianMs,
      sqlMedianMs: sql.medianMs,
      sqlStatements: sql.statements,
      ratio: Math.round((httpMedianMs / sql.medianMs) * 100) / 100,
    });
    results = {
      measuredAt: new Date().toISOString(),
      engine: database.databaseUrl ? 'PostgreSQL' : 'SQLite (sqlite3)',
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model,
        memoryGb: Math.round(totalmem() / 1e9),
        node: process.version,
      },
      data: manifest.counts,
      settings: { seconds, rounds, connections: 10 },
      pages: Object.fromEntries(
        pages.map(({ page, statements: run, reply }) => {
          const { server: s, floor: f } = runs.get(page.name)!;
          const summary = (list: LoadResult[]) => ({
            requestsPerSecond: Math.round(
              list.reduce((sum, r) => sum + r.requestsPerSecond, 0) / list.length,
            ),
            p99Ms: Math.max(...list.map((r) => r.p99Ms)),
            non2xx: list.reduce((sum, r) => sum + r.non2xx + r.errors, 0),
          });
          const serverSummary = summary(s);
          const floorSummary = summary(f);
          const list = Object.values(reply.data ?? {})[0] as { edges: unknown[] };
          return [
            page.name,
            {
              rows: list.edges.length,
              statements: run.length,
              server: serverSummary,
              floor: floorSummary,
              share:
                Math.round(
                  (serverSummary.requestsPerSecond / floorSummary.requestsPerSecond) * 100,
                ) / 100,
            },
          ];
        }),
      ),
      typenameRequestsPerSecond: typename.requestsPerSecond,
      statusOverview: compare(await http(STATUS_OVERVIEW, {}), overviewSql),
      planProgress: compare(await http(PLAN_PROGRESS, planVariables), planSql),
      statementsPerRequest: statements,
      peakRssMb: server.peakRssMb(),
      coldStartMs: server.coldStartMs,
    };
  } finally {
    await floor.stop();
    await server.stop();
  }
  mkdirSync('bench', { recursive: true });
  const file = database.databaseUrl ? 'bench/results-postgres.json' : 'bench/results.json';
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  printResults(results);
  console.log(`\nWritten to ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
