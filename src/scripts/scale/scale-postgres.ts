import { Client } from 'pg';
import sqlite3 from 'sqlite3';
import { DataSource } from 'typeorm';
import { dataSourceOptions, postgresSessionOptions } from '../../database/data-source-options';

type Row = Record<string, unknown>;

/** PostgreSQL takes at most 65,535 parameters per statement. */
const MAX_PARAMS = 60_000;
const MAX_ROWS = 2_000;

function sqliteAll(db: sqlite3.Database, sql: string, params: unknown[] = []): Promise<Row[]> {
  return new Promise((resolve, reject) =>
    db.all(sql, params, (error, rows) => (error ? reject(error) : resolve(rows as Row[]))),
  );
}

/**
 * Copies the national-scale SQLite database into a schema of PostgreSQL, for the benchmark's
 * PostgreSQL run: the schema is dropped and made again by the app's own PostgreSQL migrations,
 * then each table's rows are copied in multi-row INSERTs (foreign keys checked once at the
 * end, not per row) and VACUUM ANALYZE gives the planner the row counts. Ids stay the same, so the
 * manifest written beside the SQLite file serves both.
 */
export async function copyToPostgres(
  sqlitePath: string,
  databaseUrl: string,
  schema: string,
  say: (text: string) => void,
): Promise<void> {
  const admin = new Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await admin.query(`CREATE SCHEMA "${schema}"`);
  await admin.end();
  const migrated = await new DataSource(
    dataSourceOptions({ sqlitePath, databaseUrl, databaseSchema: schema }),
  ).initialize();
  await migrated.destroy();
  say(`PostgreSQL schema "${schema}" migrated`);

  const db = new sqlite3.Database(sqlitePath, sqlite3.OPEN_READONLY);
  const pg = new Client({
    connectionString: databaseUrl,
    options: postgresSessionOptions(schema),
  });
  await pg.connect();
  try {
    await pg.query('BEGIN');
    // No foreign-key triggers while tables load in any order; checkForeignKeys runs after.
    await pg.query("SET LOCAL session_replication_role = 'replica'");
    const tables = await sqliteAll(
      db,
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
       AND name <> 'migrations' ORDER BY name`,
    );
    for (const { name } of tables as { name: string }[]) {
      const copied = await copyTable(db, pg, schema, name);
      say(`  ${name.padEnd(38)} ${copied.toLocaleString('en-US').padStart(9)} rows`);
    }
    await pg.query('COMMIT');
    await checkForeignKeys(pg, schema);
    // VACUUM too: otherwise autovacuum visits the freshly loaded tables during the benchmark.
    await pg.query('VACUUM ANALYZE');
  } catch (error) {
    await pg.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await pg.end();
    db.close();
  }
  say('Copied to PostgreSQL; foreign keys checked, VACUUM ANALYZE done');
}

async function copyTable(db: sqlite3.Database, pg: Client, schema: string, table: string) {
  const { rows: pgColumns } = await pg.query<{ column_name: string; data_type: string }>(
    `SELECT column_name, data_type FROM information_schema.columns
     WHERE table_schema = $1 AND table_name = $2`,
    [schema, table],
  );
  if (!pgColumns.length) throw new Error(`PostgreSQL has no table ${table}`);
  const sqliteColumns = new Set(
    (await sqliteAll(db, `PRAGMA table_info("${table}")`)).map((c) => String(c.name)),
  );
  const columns = pgColumns.filter((c) => sqliteColumns.has(c.column_name));
  const booleans = columns.map((c) => c.data_type === 'boolean');
  const perBatch = Math.min(MAX_ROWS, Math.floor(MAX_PARAMS / columns.length));
  const names = columns.map((c) => `"${c.column_name}"`).join(', ');
  let lastRowid = -Infinity;
  let copied = 0;
  for (;;) {
    const rows = await sqliteAll(
      db,
      `SELECT rowid AS rowid_, ${names} FROM "${table}" WHERE rowid > ? ORDER BY rowid LIMIT ?`,
      [lastRowid, perBatch],
    );
    if (!rows.length) return copied;
    lastRowid = Number(rows[rows.length - 1].rowid_);
    const params: unknown[] = [];
    const tuples = rows.map((row) => {
      const marks = columns.map((c, i) => {
        const value = row[c.column_name];
        params.push(booleans[i] && value !== null ? value === 1 || value === true : value);
        return `$${params.length}`;
      });
      return `(${marks.join(', ')})`;
    });
    await pg.query(`INSERT INTO "${table}" (${names}) VALUES ${tuples.join(', ')}`, params);
    copied += rows.length;
  }
}

/** With the triggers off during the copy, each foreign key is checked once now, by a query. */
async function checkForeignKeys(pg: Client, schema: string) {
  const { rows } = await pg.query<{ child: string; columns: string; parent: string; keys: string }>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent,
       (SELECT string_agg(format('%I', a.attname), ',' ORDER BY k.n) FROM unnest(c.conkey)
          WITH ORDINALITY k(attnum, n) JOIN pg_attribute a ON a.attrelid = c.conrelid
          AND a.attnum = k.attnum) AS columns,
       (SELECT string_agg(format('%I', a.attname), ',' ORDER BY k.n) FROM unnest(c.confkey)
          WITH ORDINALITY k(attnum, n) JOIN pg_attribute a ON a.attrelid = c.confrelid
          AND a.attnum = k.attnum) AS keys
     FROM pg_constraint c JOIN pg_namespace s ON s.oid = c.connamespace
     WHERE c.contype = 'f' AND s.nspname = $1`,
    [schema],
  );
  for (const fk of rows) {
    const cols = fk.columns.split(',');
    const keys = fk.keys.split(',');
    const join = cols.map((col, i) => `p.${keys[i]} = c.${col}`).join(' AND ');
    const present = cols.map((col) => `c.${col} IS NOT NULL`).join(' AND ');
    const { rows: broken } = await pg.query(
      `SELECT 1 FROM ${fk.child} c WHERE ${present}
       AND NOT EXISTS (SELECT 1 FROM ${fk.parent} p WHERE ${join}) LIMIT 1`,
    );
    if (broken.length) throw new Error(`Foreign key ${fk.child}(${fk.columns}) is broken`);
  }
}
