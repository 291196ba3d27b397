import 'reflect-metadata';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { capturePages, startFloor } from './bench/bench-floor';
import { login } from './bench/bench-http';
import { load } from './bench/bench-load';
import { startServer } from './bench/bench-server';
import { benchDatabase, readManifest, startInProcess } from './bench/bench-sql';
import { CpuProfile, summariseProfile } from './bench/cpu-profile-summary';

/**
 * `npm run bench:profile [page…]`: the server, then the page's data floor, under the load of
 * one list page at a time with V8's CPU profiler on; prints where the time goes (self time by
 * part and by function) and keeps the `.cpuprofile` files in bench/profiles (open them in
 * Chrome's DevTools for the flame chart).
 */
async function main() {
  const database = benchDatabase();
  const manifest = readManifest(database);
  const seconds = Number(process.env.BENCH_SECONDS || 8);
  const wanted = process.argv.slice(2);
  const inProcess = await startInProcess(database);
  const captured = await capturePages(inProcess, manifest).finally(() => inProcess.close());
  const dir = 'bench/profiles';
  mkdirSync(dir, { recursive: true });
  for (const { page, variables } of captured) {
    if (wanted.length && !wanted.includes(page.name)) continue;
    for (const side of ['server', 'floor'] as const) {
      const out = join(dir, `${page.name}-${side}`);
      rmSync(out, { recursive: true, force: true });
      const flags = ['--cpu-prof', `--cpu-prof-dir=${out}`];
      const target =
        side === 'server'
          ? await startServer(database, flags)
          : await startFloor(database, captured, flags);
      try {
        const email = page.as === 'member' ? manifest.busyMember.email : manifest.commission;
        const token =
          side === 'server' ? await login(target.baseUrl, email, manifest.password) : '';
        const url =
          side === 'server' ? `${target.baseUrl}/graphql` : `${target.baseUrl}/${page.name}`;
        const result = await load({ url, query: page.query, variables, token }, seconds);
        console.log(
          `\n${page.name}, ${side}: ${result.requestsPerSecond} req/s, p99 ${result.p99Ms} ms`,
        );
      } finally {
        await target.stop();
      }
      const file = readdirSync(out).find((f) => f.endsWith('.cpuprofile'))!;
      printSummary(join(out, file), seconds);
    }
  }
}

function printSummary(file: string, seconds: number) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const summary = summariseProfile(profile, seconds);
  console.log(`  busy ${summary.busyMs} ms of ${seconds * 1000} ms; self time by part:`);
  for (const p of summary.parts) console.log(`  ${String(p.percent).padStart(5)}%  ${p.name}`);
  console.log('  by function:');
  for (const f of summary.functions) console.log(`  ${String(f.percent).padStart(5)}%  ${f.name}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
