import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { PasswordService } from '../auth/password.service';
import { vilniusDate } from '../common/time/vilnius-time';
import { DEMO_PASSWORD } from '../demo-data/demo-accounts';
import { buildActivities } from './scale/scale-activities';
import { planActionItems } from './scale/scale-action-items';
import { writeActionItems } from './scale/scale-action-updates';
import { BulkLoader } from './scale/scale-bulk-insert';
import { ScaleCalendar } from './scale/scale-calendar';
import {
  analyse,
  finishLoad,
  openFreshDatabase,
  stabiliseReferenceIds,
  startLoad,
  tableCounts,
} from './scale/scale-database';
import { buildFollowUps } from './scale/scale-follow-ups';
import { buildMeetings } from './scale/scale-meetings';
import { copyToPostgres } from './scale/scale-postgres';
import { scaleRandom, uuidFrom } from './scale/scale-random';
import { addOtherMunicipalities, ReferenceData } from './scale/scale-reference';
import { buildRoster } from './scale/scale-roster';
import { loadStatistics } from './scale/scale-statistics';
import type { ScaleContext } from './scale/scale-types';

/** The national-scale figures of DESIGN.md ("What it must hold up to"). */
const TOTALS = {
  people: 2_000,
  meetings: 2_500,
  decisions: 15_000,
  actionItems: 50_000,
  actionUpdates: 250_000,
  preventionActivities: 10_000,
  followUpRequests: 300,
};

const DEFAULT_SEED = 'thb-scale-1';

/**
 * `npm run seed:scale`: builds a national-scale database (60 task forces over ten years
 * ending today) in its own SQLite file, for the benchmark; deterministic for a seed and a
 * day. Env: SCALE_SEED, SCALE_SQLITE_PATH (default data/scale.sqlite), SCALE_TODAY
 * (YYYY-MM-DD, default today in Vilnius). Writes a JSON manifest next to the database. With
 * DATABASE_URL, the data is then copied into its schema SCALE_PG_SCHEMA (default `scale`).
 */
async function main() {
  const started = Date.now();
  const seed = process.env.SCALE_SEED || DEFAULT_SEED;
  const sqlitePath = process.env.SCALE_SQLITE_PATH || 'data/scale.sqlite';
  const today = process.env.SCALE_TODAY || vilniusDate(new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`SCALE_TODAY must be YYYY-MM-DD`);
  const say = (text: string) =>
    console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${text}`);
  say(`Seed "${seed}", ten years ending ${today}, into ${sqlitePath}`);

  const dataSource = await openFreshDatabase(sqlitePath);
  const runner = dataSource.createQueryRunner();
  try {
    say('Schema migrated, reference data seeded');
    await startLoad(runner);
    const loader = new BulkLoader(runner);
    const cal = new ScaleCalendar(today);
    const ctx: ScaleContext = {
      seed,
      cal,
      loader,
      random: (stream) => scaleRandom(`${seed}/${stream}`),
      ids: (stream) => {
        const random = scaleRandom(`${seed}/ids/${stream}`);
        return () => uuidFrom(random);
      },
    };
    // One argon2 hash, as the app makes it, shared by every account: argon2 is slow on purpose.
    const passwordHash = await new PasswordService().hash(DEMO_PASSWORD);

    const stamp = cal.sqlAt(cal.start, 0);
    await loader.transaction(async () => {
      await stabiliseReferenceIds(loader, stamp);
      await addOtherMunicipalities(loader, stamp);
    });
    const ref = await ReferenceData.load(ctx);
    say(`Reference ids fixed; ${ref.municipalities.length} municipalities`);

    const roster = await loader.transaction(() =>
      buildRoster(ctx, ref, TOTALS.people, passwordHash),
    );
    say(`${roster.taskForces.length} task forces, ${roster.people} people with their terms`);
    const records = await loader.transaction(() =>
      buildMeetings(ctx, ref, roster.taskForces, {
        meetings: TOTALS.meetings,
        decisions: TOTALS.decisions,
      }),
    );
    say('Meetings, agenda, attendance, decisions and minutes written');
    const items = planActionItems(ctx, ref, records, roster.taskForces, TOTALS.actionItems, {
      taskForce: roster.busyTaskForce,
      member: roster.busyMember,
    });
    const written = await loader.transaction(() =>
      writeActionItems(ctx, ref, items, TOTALS.actionUpdates),
    );
    say(`${items.length} action items, ${written.updates} updates written`);
    await loader.transaction(async () => {
      await buildActivities(ctx, ref, roster.taskForces, items, TOTALS.preventionActivities);
      await buildFollowUps(ctx, roster, records, items, TOTALS.followUpRequests);
    });
    say('Prevention activities and follow-up requests written');

    await finishLoad(runner);
    say('Foreign keys checked; synchronous = FULL again');
    await analyse(runner);
    say('ANALYZE done, WAL checkpointed');

    const counts = await tableCounts(runner);
    const busyEmail = roster.accounts.find((a) => a.personId === roster.busyMember.personId)!;
    const stats = await loadStatistics(
      runner,
      today,
      roster.busyMember.personId,
      ref.activePlan.id,
    );
    const elapsedSeconds = Math.round((Date.now() - started) / 100) / 10;
    const manifest = {
      seed,
      today,
      sqlitePath,
      password: DEMO_PASSWORD,
      accounts: roster.accounts.map(({ email, systemRole, purpose }) => ({
        email,
        systemRole,
        purpose,
      })),
      busyMember: {
        email: busyEmail.email,
        personId: roster.busyMember.personId,
        taskForceId: roster.busyTaskForce.id,
        openActionItems: stats.busyMemberOpen,
      },
      activePlan: { id: ref.activePlan.id, code: ref.activePlan.code },
      counts,
      statistics: stats,
      elapsedSeconds,
    };
    const manifestPath = join(
      dirname(sqlitePath),
      `${basename(sqlitePath, extname(sqlitePath))}.json`,
    );
    writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);

    console.log('\nRows per table:');
    for (const [table, n] of Object.entries(counts)) {
      console.log(`  ${table.padEnd(38)} ${n.toLocaleString('en-US').padStart(9)}`);
    }
    console.log('\nAction items:', JSON.stringify(stats));
    console.log(`\nAccounts (password "${DEMO_PASSWORD}"):`);
    for (const a of roster.accounts) console.log(`  ${a.email.padEnd(52)} ${a.purpose}`);
    say(`Done; manifest ${manifestPath}`);
    if (process.env.DATABASE_URL) {
      const schema = process.env.SCALE_PG_SCHEMA || 'scale';
      await copyToPostgres(sqlitePath, process.env.DATABASE_URL, schema, say);
    }
  } finally {
    await runner.release();
    await dataSource.destroy();
  }
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
