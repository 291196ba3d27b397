import 'reflect-metadata';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { gql, login, medianMs } from './bench/bench-http';
import { load } from './bench/bench-load';
import {
  LIST_QUERIES,
  MY_ACTION_ITEMS,
  PLAN_PROGRESS,
  STATUS_OVERVIEW,
} from './bench/bench-queries';
import { startServer } from './bench/bench-server';
import { captureStatements, overviewSqlFloor, startInProcess } from './bench/bench-sql';

interface Manifest {
  password: string;
  accounts: { email: string; systemRole: string }[];
  busyMember: { email: string };
  activePlan: { id: string };
  counts: Record<string, number>;
}

/** Targets from the performance issue, checked against the measured figures. */
const TARGETS = {
  overviewRatio: 1.5,
  myActionItemsShare: 0.5,
  statementsPerList: 8,
  peakRssMb: 250,
  coldStartMs: 3000,
};

/**
 * `npm run bench`: runs against the national-scale database written by `npm run seed:scale`
 * and prints every figure beside its target; writes bench/results.json.
 */
async function main() {
  const sqlitePath = process.env.SCALE_SQLITE_PATH || 'data/scale.sqlite';
  const manifest: Manifest = JSON.parse(
    readFileSync(sqlitePath.replace(/\.sqlite$/, '.json'), 'utf8'),
  );
  const seconds = Number(process.env.BENCH_SECONDS || 10);
  const emailOf = (role: string) => manifest.accounts.find((a) => a.systemRole === role)!.email;

  // Statement counts and the SQL floor, from the app inside this process.
  const inProcess = await startInProcess(sqlitePath);
  let floor: Awaited<ReturnType<typeof overviewSqlFloor>>;
  const statements: Record<string, { rows10: number; rows100: number }> = {};
  try {
    const commission = await login(inProcess.baseUrl, emailOf('COMMISSION'), manifest.password);
    const member = await login(inProcess.baseUrl, manifest.busyMember.email, manifest.password);
    for (const [name, query] of Object.entries(LIST_QUERIES)) {
      const token = name === 'myActionItems' ? member : commission;
      const count = async (first: number) =>
        (
          await captureStatements(inProcess.dataSource, () =>
            gql(inProcess.baseUrl, query, { first }, token),
          )
        ).length;
      statements[name] = { rows10: await count(10), rows100: await count(100) };
    }
    statements.statusOverview = {
      rows10: (
        await captureStatements(inProcess.dataSource, () =>
          gql(inProcess.baseUrl, STATUS_OVERVIEW, {}, commission),
        )
      ).length,
      rows100: NaN,
    };
    floor = await overviewSqlFloor(inProcess, emailOf('COMMISSION'));
  } finally {
    await inProcess.close();
  }

  // Latency, throughput and memory of the real server in its own process.
  const server = await startServer(sqlitePath);
  let results: BenchResults;
  try {
    const commission = await login(server.baseUrl, emailOf('COMMISSION'), manifest.password);
    const ministry = await login(server.baseUrl, emailOf('MINISTRY'), manifest.password);
    const member = await login(server.baseUrl, manifest.busyMember.email, manifest.password);
    const overviewMs = await medianMs(() => gql(server.baseUrl, STATUS_OVERVIEW, {}, commission));
    const planProgressMs = await medianMs(() =>
      gql(server.baseUrl, PLAN_PROGRESS, { planId: manifest.activePlan.id }, ministry),
    );
    const page = await gql(server.baseUrl, MY_ACTION_ITEMS, { first: 100 }, member);
    const rows = ((page.data!.myActionItems as { edges: unknown[] }).edges ?? []).length;
    const typename = await load(server.baseUrl, '{ __typename }', {}, member, seconds);
    const mine = await load(server.baseUrl, MY_ACTION_ITEMS, { first: 100 }, member, seconds);
    results = {
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model,
        memoryGb: Math.round(totalmem() / 1e9),
        node: process.version,
      },
      data: manifest.counts,
      statusOverview: {
        httpMedianMs: overviewMs,
        sqlMedianMs: floor.medianMs,
        sqlStatements: floor.statements,
        ratio: Math.round((overviewMs / floor.medianMs) * 100) / 100,
        target: `≤ ${TARGETS.overviewRatio}×`,
      },
      myActionItems: {
        rows,
        requestsPerSecond: mine.requestsPerSecond,
        typenameRequestsPerSecond: typename.requestsPerSecond,
        share: Math.round((mine.requestsPerSecond / typename.requestsPerSecond) * 100) / 100,
        non2xx: mine.non2xx + typename.non2xx,
        target: `≥ ${TARGETS.myActionItemsShare * 100}% of { __typename }`,
      },
      planProgress: { httpMedianMs: planProgressMs },
      statementsPerRequest: statements,
      peakRssMb: server.peakRssMb(),
      coldStartMs: server.coldStartMs,
    };
  } finally {
    await server.stop();
  }
  mkdirSync('bench', { recursive: true });
  writeFileSync(
    'bench/results.json',
    `${JSON.stringify({ measuredAt: new Date().toISOString(), ...results }, null, 2)}\n`,
  );
  printTable(results);
}

interface BenchResults {
  machine: Record<string, unknown>;
  data: Record<string, number>;
  statusOverview: {
    httpMedianMs: number;
    sqlMedianMs: number;
    sqlStatements: number;
    ratio: number;
    target: string;
  };
  myActionItems: {
    rows: number;
    requestsPerSecond: number;
    typenameRequestsPerSecond: number;
    share: number;
    non2xx: number;
    target: string;
  };
  planProgress: { httpMedianMs: number };
  statementsPerRequest: Record<string, { rows10: number; rows100: number }>;
  peakRssMb: number;
  coldStartMs: number;
}

function printTable(r: BenchResults) {
  const row = (name: string, value: string, target: string, ok: boolean) =>
    console.log(
      `${name.padEnd(44)} ${value.padStart(22)}   ${target.padEnd(24)} ${ok ? 'ok' : 'MISSED'}`,
    );
  console.log(`\n${'figure'.padEnd(44)} ${'measured'.padStart(22)}   ${'target'.padEnd(24)}`);
  const o = r.statusOverview;
  row('statusOverview median (HTTP)', `${o.httpMedianMs} ms`, '', true);
  row(
    'statusOverview plain SQL median',
    `${o.sqlMedianMs} ms`,
    `${o.sqlStatements} statements`,
    true,
  );
  row('statusOverview ratio', `${o.ratio}×`, o.target, o.ratio <= TARGETS.overviewRatio);
  const m = r.myActionItems;
  row(`myActionItems (${m.rows} rows) req/s`, String(m.requestsPerSecond), '', true);
  row('{ __typename } req/s', String(m.typenameRequestsPerSecond), '', true);
  row(
    'myActionItems share',
    `${Math.round(m.share * 100)}%`,
    m.target,
    m.share >= TARGETS.myActionItemsShare,
  );
  row('planProgress median (HTTP)', `${r.planProgress.httpMedianMs} ms`, '', true);
  for (const [name, s] of Object.entries(r.statementsPerRequest)) {
    if (Number.isNaN(s.rows100)) {
      // Not a list: a test checks it stays the same whatever the number of task forces.
      row(`statements: ${name}`, `${s.rows10}`, 'fixed', true);
      continue;
    }
    const worst = Math.max(s.rows10, s.rows100);
    const value = `${s.rows10} / ${s.rows100} (10 / 100 rows)`;
    row(
      `statements: ${name}`,
      value,
      `≤ ${TARGETS.statementsPerList}`,
      worst <= TARGETS.statementsPerList,
    );
  }
  row(
    'peak RSS under load',
    `${r.peakRssMb} MB`,
    `≤ ${TARGETS.peakRssMb} MB`,
    r.peakRssMb <= TARGETS.peakRssMb,
  );
  row(
    'cold start (existing database)',
    `${r.coldStartMs} ms`,
    `≤ ${TARGETS.coldStartMs} ms`,
    r.coldStartMs <= TARGETS.coldStartMs,
  );
  console.log('\nWritten to bench/results.json');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
