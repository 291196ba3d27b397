import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { onPostgres, startTestApp, testConfig } from './support/test-app';

describe('database', () => {
  it('creates the SQLite file and its folder, with WAL, foreign keys and full sync', async () => {
    const base = testConfig();
    const sqlitePath = join(base.sqlitePath, '..', 'nested', 'folder', 'workspace.sqlite');
    const t = await startTestApp({ sqlitePath });
    try {
      expect(existsSync(sqlitePath)).toBe(true);
      const [journal] = await t.dataSource.query('PRAGMA journal_mode');
      const [foreignKeys] = await t.dataSource.query('PRAGMA foreign_keys');
      const [synchronous] = await t.dataSource.query('PRAGMA synchronous');
      expect(journal.journal_mode).toBe('wal');
      expect(foreignKeys.foreign_keys).toBe(1);
      expect(synchronous.synchronous).toBe(2); // FULL
    } finally {
      await t.close();
    }
  });

  it('builds the schema from the committed migrations, not synchronize', async () => {
    const t = await startTestApp();
    try {
      const migrations = await t.dataSource.query('SELECT name FROM migrations');
      const first = onPostgres ? 'PostgresInitial1795567954683' : 'Initial1795451706103';
      expect(migrations.map((m: any) => m.name)).toContain(first);
      expect(t.dataSource.options.synchronize).toBe(false);
      // Foreign keys are enforced, so no orphan can be written.
      await expect(
        t.dataSource.query(
          "INSERT INTO institution (id, version, name, type, municipality_id) VALUES ('00000000-0000-4000-8000-000000000001', 1, 'Orphan', 'OTHER', '00000000-0000-4000-8000-000000000002')",
        ),
      ).rejects.toThrow(/FOREIGN KEY|foreign key/);
    } finally {
      await t.close();
    }
  });

  it('loads the reference and demo data idempotently on every start', async () => {
    const config = testConfig();
    const first = await startTestApp(config);
    const tables = [
      'municipality',
      'institution',
      'national_plan',
      'plan_measure',
      'plan_indicator',
      'account',
      'audit_event',
    ];
    const snapshot = async (ds = first.dataSource) =>
      Object.fromEntries(
        await Promise.all(
          tables.map(async (table) => [
            table,
            Number((await ds.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n),
          ]),
        ),
      );
    const before = await snapshot();
    await first.app.close();

    const second = await startTestApp(config);
    try {
      expect(await snapshot(second.dataSource)).toEqual(before);
    } finally {
      await second.close();
    }
  });
});
