import { rmSync } from 'node:fs';
import { DataSource, QueryRunner } from 'typeorm';
import { loadAuditKey } from '../../config/audit-key';
import { dataSourceOptions } from '../../database/data-source-options';
import { TransactionService } from '../../database/transaction.service';
import { ReferenceDataSeeder } from '../../reference-data/reference-data.seeder';
import { BulkLoader } from './scale-bulk-insert';
import { namedUuid } from './scale-random';

/**
 * A fresh database with the app's own schema and reference data: the file is deleted, the
 * data source runs the committed migrations as it opens (as the app does), and the app's
 * reference-data seeder, which needs no Nest container, loads municipalities, institutions
 * and the national plans.
 */
export async function openFreshDatabase(sqlitePath: string): Promise<DataSource> {
  for (const suffix of ['', '-wal', '-shm', '-journal'])
    rmSync(sqlitePath + suffix, { force: true });
  const dataSource = await new DataSource(dataSourceOptions({ sqlitePath })).initialize();
  await dataSource.query('PRAGMA foreign_keys = ON');
  // A tool for development: the development audit key unless AUDIT_KEY or NODE_ENV says otherwise.
  const auditKey = loadAuditKey({ NODE_ENV: 'development', ...process.env });
  await new ReferenceDataSeeder(
    dataSource,
    new TransactionService(dataSource, { auditKey }),
  ).seed();
  return dataSource;
}

/**
 * Bulk-load settings: no fsync (a crash only means running the script again), a large page
 * cache for the index inserts, and foreign keys checked once at the end rather than per row.
 */
export async function startLoad(runner: QueryRunner): Promise<void> {
  await runner.query('PRAGMA foreign_keys = OFF');
  await runner.query('PRAGMA journal_mode = WAL');
  await runner.query('PRAGMA synchronous = OFF');
  await runner.query('PRAGMA cache_size = -262144');
  await runner.query('PRAGMA temp_store = MEMORY');
}

/** Back to the app's settings; refuses a load that left a dangling foreign key. */
export async function finishLoad(runner: QueryRunner): Promise<void> {
  await runner.query('PRAGMA synchronous = FULL');
  await runner.query('PRAGMA cache_size = -2000');
  await runner.query('PRAGMA foreign_keys = ON');
  const broken = await runner.query('PRAGMA foreign_key_check');
  if (broken.length) {
    throw new Error(`Foreign key check failed: ${JSON.stringify(broken.slice(0, 5))}`);
  }
}

/** ANALYZE gives the planner real row counts; the checkpoint folds the WAL into the file. */
export async function analyse(runner: QueryRunner): Promise<void> {
  await runner.query('ANALYZE');
  await runner.query('PRAGMA wal_checkpoint(TRUNCATE)');
}

/** Natural keys of the reference rows, which the seeder gave random ids. */
const KEYED_ROWS = `
  SELECT id, 'municipality:' || code AS key FROM municipality
  UNION ALL SELECT id, 'institution:' || name FROM institution
  UNION ALL SELECT id, 'plan:' || code FROM national_plan
  UNION ALL SELECT g.id, 'plan-goal:' || p.code || ':' || g.code
    FROM plan_goal g JOIN national_plan p ON p.id = g.plan_id
  UNION ALL SELECT o.id, 'plan-objective:' || p.code || ':' || o.code
    FROM plan_objective o JOIN national_plan p ON p.id = o.plan_id
  UNION ALL SELECT m.id, 'plan-measure:' || p.code || ':' || m.code
    FROM plan_measure m JOIN national_plan p ON p.id = m.plan_id
  UNION ALL SELECT i.id, 'plan-indicator:' || p.code || ':' || m.code || ':' || (
      SELECT COUNT(*) FROM plan_indicator e WHERE e.measure_id = i.measure_id AND e.rowid < i.rowid)
    FROM plan_indicator i JOIN plan_measure m ON m.id = i.measure_id
    JOIN national_plan p ON p.id = m.plan_id`;

/** Every column that holds a reference row's id. */
const ID_COLUMNS: [string, string][] = [
  ['municipality', 'id'],
  ['institution', 'id'],
  ['institution', 'municipality_id'],
  ['national_plan', 'id'],
  ['plan_goal', 'id'],
  ['plan_goal', 'plan_id'],
  ['plan_objective', 'id'],
  ['plan_objective', 'plan_id'],
  ['plan_objective', 'goal_id'],
  ['plan_measure', 'id'],
  ['plan_measure', 'plan_id'],
  ['plan_measure', 'objective_id'],
  ['plan_indicator', 'id'],
  ['plan_indicator', 'measure_id'],
  ['plan_measure_responsible_institution', 'measure_id'],
  ['plan_measure_responsible_institution', 'institution_id'],
];

const REFERENCE_TABLES = [
  'municipality',
  'institution',
  'national_plan',
  'plan_goal',
  'plan_objective',
  'plan_measure',
  'plan_indicator',
];

/**
 * Gives the seeded reference rows ids named by their natural keys and one timestamp, so the
 * same seed builds the same database: the generated rows point at these ids. Runs with
 * foreign keys off (startLoad), inside the caller's transaction.
 */
export async function stabiliseReferenceIds(loader: BulkLoader, stamp: string): Promise<void> {
  const runner = loader.runner;
  const rows: { id: string; key: string }[] = await runner.query(KEYED_ROWS);
  await runner.query('CREATE TEMP TABLE scale_id_map (old TEXT PRIMARY KEY, new TEXT NOT NULL)');
  const map = loader.table('scale_id_map', ['old', 'new']);
  for (const row of rows) await map.add(row.id, namedUuid(row.key));
  await map.flush();
  for (const [table, column] of ID_COLUMNS) {
    await runner.query(
      `UPDATE "${table}" SET "${column}" = (SELECT new FROM scale_id_map WHERE old = "${column}")
       WHERE "${column}" IN (SELECT old FROM scale_id_map)`,
    );
  }
  for (const table of REFERENCE_TABLES) {
    await runner.query(`UPDATE "${table}" SET created_at = ?, updated_at = ?`, [stamp, stamp]);
  }
  await runner.query('DROP TABLE scale_id_map');
}

/** Row counts of every application table, for the report and the manifest. */
export async function tableCounts(runner: QueryRunner): Promise<Record<string, number>> {
  const tables: { name: string }[] = await runner.query(
    `SELECT name FROM sqlite_master WHERE type = 'table'
     AND name NOT LIKE 'sqlite_%' AND name <> 'migrations' ORDER BY name`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await runner.query(`SELECT COUNT(*) AS n FROM "${name}"`);
    counts[name] = Number(row.n);
  }
  return counts;
}
