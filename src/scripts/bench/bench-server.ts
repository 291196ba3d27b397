import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { BenchDatabase } from './bench-sql';

export interface RunningServer {
  baseUrl: string;
  process: ChildProcess;
  coldStartMs: number;
  /** Peak resident memory so far (VmHWM), in MB. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * The environment and Node flags of `npm start` (allocator arenas, heap limit), so the
 * benchmark runs the server as shipped.
 */
function startCommand(): { env: Record<string, string>; flags: string[] } {
  const { scripts } = JSON.parse(readFileSync('package.json', 'utf8'));
  const command = String(scripts.start).split('&&').pop()!.trim();
  const [before, after] = command.split(/\bnode\b/);
  const env = Object.fromEntries([...before.matchAll(/([A-Z_]+)=(\S+)/g)].map((m) => [m[1], m[2]]));
  return { env, flags: after.match(/--[\w-]+=\S+/g) ?? [] };
}

/**
 * Starts the built server (`dist/main.js`) on an existing database as its own process and
 * times it until `/health` answers: migrations check and start-up included.
 */
export async function startServer(
  database: BenchDatabase,
  extraFlags: string[] = [],
): Promise<RunningServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = process.hrtime.bigint();
  const start = startCommand();
  const child = spawn(process.execPath, [...start.flags, ...extraFlags, 'dist/main.js'], {
    env: {
      ...process.env,
      ...start.env,
      PORT: String(port),
      SQLITE_PATH: database.sqlitePath,
      DATABASE_URL: database.databaseUrl ?? '',
      DATABASE_SCHEMA: database.databaseSchema ?? '',
      DEMO_DATA: 'false',
      // The catch-up run of the daily job would write reminders while the load runs.
      DAILY_JOB: 'false',
      LOG_LEVEL: 'warn',
      LOGIN_LIMIT_PER_ADDRESS: '1000',
      LOGIN_LIMIT_PER_ACCOUNT: '1000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}.`);
    const ok = await fetch(`${baseUrl}/health`).then(
      (res) => res.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const coldStartMs = Math.round(Number(process.hrtime.bigint() - started) / 1e6);
  return {
    baseUrl,
    process: child,
    coldStartMs,
    peakRssMb: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      return Math.round(kb / 102.4) / 10;
    },
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
