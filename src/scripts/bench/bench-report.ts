/** The targets of the performance issue, checked against the measured figures. */
export const TARGETS = {
  floorShare: 0.5,
  p99Ms: 100,
  sqlRatio: 1.5,
  statementsPerList: 8,
  peakRssMb: 250,
  coldStartMs: 3000,
};

export interface SqlComparison {
  httpMedianMs: number;
  sqlMedianMs: number;
  sqlStatements: number;
  ratio: number;
}

interface SideFigures {
  requestsPerSecond: number;
  p99Ms: number;
  non2xx: number;
}

export interface BenchResults {
  measuredAt: string;
  engine: string;
  machine: Record<string, unknown>;
  data: Record<string, number>;
  settings: { seconds: number; rounds: number; connections: number };
  pages: Record<
    string,
    { rows: number; statements: number; server: SideFigures; floor: SideFigures; share: number }
  >;
  typenameRequestsPerSecond: number;
  statusOverview: SqlComparison;
  planProgress: SqlComparison;
  statementsPerRequest: Record<string, { rows10: number; rows100: number }>;
  peakRssMb: number;
  coldStartMs: number;
}

const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');
const table = (head: string[], rows: string[][]) =>
  [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');

/** The figures as the Markdown tables the README's Performance section holds. */
export function resultTables(r: BenchResults): string {
  const pages = table(
    [
      'list page (10 connections)',
      'rows',
      'statements',
      'server req/s',
      'floor req/s',
      'share of floor (≥ 50%)',
      'server p99 (≤ 100 ms)',
      'floor p99',
    ],
    Object.entries(r.pages).map(([name, p]) => [
      `\`${name}\``,
      String(p.rows),
      String(p.statements),
      String(p.server.requestsPerSecond),
      String(p.floor.requestsPerSecond),
      `${Math.round(p.share * 100)}% ${verdict(p.share >= TARGETS.floorShare)}`,
      `${p.server.p99Ms} ms ${verdict(p.server.p99Ms <= TARGETS.p99Ms)}`,
      `${p.floor.p99Ms} ms`,
    ]),
  );
  const sql = (name: string, c: SqlComparison) => [
    `\`${name}\` over HTTP / its ${c.sqlStatements} statements replayed (medians)`,
    `${c.httpMedianMs} ms / ${c.sqlMedianMs} ms = ${c.ratio}×`,
    `≤ ${TARGETS.sqlRatio}×`,
    verdict(c.ratio <= TARGETS.sqlRatio),
  ];
  const worstList = Math.max(
    ...Object.entries(r.statementsPerRequest)
      .filter(([, s]) => s.rows100 != null)
      .map(([, s]) => Math.max(s.rows10, s.rows100)),
  );
  const others = table(
    ['figure', 'measured', 'target', ''],
    [
      sql('statusOverview', r.statusOverview),
      sql('planProgress', r.planProgress),
      ['`{ __typename }` req/s (the framework alone)', String(r.typenameRequestsPerSecond), '', ''],
      [
        'statements per list query, 10 or 100 rows (worst)',
        String(worstList),
        `≤ ${TARGETS.statementsPerList}, the same for both`,
        verdict(
          worstList <= TARGETS.statementsPerList &&
            Object.values(r.statementsPerRequest).every((s) => s.rows10 === s.rows100),
        ),
      ],
      [
        'peak resident memory of the server, whole benchmark',
        `${r.peakRssMb} MB`,
        `≤ ${TARGETS.peakRssMb} MB`,
        verdict(r.peakRssMb <= TARGETS.peakRssMb),
      ],
      [
        'cold start on the existing database',
        `${r.coldStartMs} ms`,
        `≤ ${TARGETS.coldStartMs} ms`,
        verdict(r.coldStartMs <= TARGETS.coldStartMs),
      ],
    ],
  );
  return `${pages}\n\n${others}`;
}

export function printResults(r: BenchResults) {
  const m = r.machine;
  console.log(
    `\n${r.engine}; ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB, Node ${m.node}; ` +
      `${r.settings.rounds} rounds of ${r.settings.seconds} s per side, in turns\n`,
  );
  console.log(resultTables(r));
  const failed = Object.entries(r.pages).filter(([, p]) => p.server.non2xx || p.floor.non2xx);
  if (failed.length) console.log(`\nErrors under load: ${failed.map(([n]) => n).join(', ')}`);
}
