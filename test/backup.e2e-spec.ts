import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PINNED_NOW, seedTaskForceWorld, TaskForceWorld, TEST_PASSWORD } from './support/factories';
import { MEETING, SCHEDULE_MEETING } from './support/meeting-documents';
import { startTestApp, TestApp } from './support/test-app';

const run = promisify(execFile);
const script = (name: string, env: Record<string, string>) =>
  run(process.execPath, ['-r', 'ts-node/register/transpile-only', `src/scripts/${name}.ts`], {
    // SQLite files only, also when the suite runs on PostgreSQL.
    env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: '', ...env },
  });

describe('Backup and restore', () => {
  let t: TestApp;
  let w: TaskForceWorld;
  const dir = mkdtempSync(join(tmpdir(), 'thb-backup-'));

  beforeAll(async () => {
    // `npm run backup` copies a SQLite file (PostgreSQL has pg_dump): this suite stays on SQLite.
    t = await startTestApp({ fixedNow: PINNED_NOW, sqlitePath: join(dir, 'live.sqlite') });
    w = await seedTaskForceWorld(t);
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const schedule = (title: string) =>
    t.gql(
      SCHEDULE_MEETING,
      {
        input: {
          taskForceId: w.taskForceId,
          title,
          startsAt: '2026-06-01T07:00:00Z',
          endsAt: '2026-06-01T09:00:00Z',
        },
      },
      w.secretary.token,
    );

  it('copies the live database consistently, and the copy restores with a valid audit chain', async () => {
    const before = (await schedule('Prieš atsarginę kopiją')).data.scheduleMeeting;
    const backupPath = join(dir, 'workspace-backup.sqlite');
    // Writers keep going while the copy is taken.
    const [backup] = await Promise.all([
      script('backup', { SQLITE_PATH: t.config.sqlitePath, BACKUP_PATH: backupPath }),
      ...Array.from({ length: 5 }, (_, i) => schedule(`Kol daroma kopija ${i}`)),
    ]);
    expect(backup.stdout).toMatch(/Backup of .* written to/);
    const after = (await schedule('Po atsarginės kopijos')).data.scheduleMeeting;

    const verified = await script('verify-audit-chain', { SQLITE_PATH: backupPath });
    expect(verified.stdout).toMatch(/Audit chain intact/);

    const restored = await startTestApp({ sqlitePath: backupPath, fixedNow: PINNED_NOW });
    try {
      const token = await restored.login(w.secretary.email, TEST_PASSWORD);
      const found = await restored.gql(MEETING, { id: before.id }, token);
      expect(found.data.meeting.title).toBe('Prieš atsarginę kopiją');
      const missing = await restored.gql(MEETING, { id: after.id }, token);
      expect(missing.errors![0].extensions.code).toBe('NOT_FOUND');
      const [check] = await restored.dataSource.query('PRAGMA integrity_check');
      expect(Object.values(check)[0]).toBe('ok');
    } finally {
      await restored.app.close();
    }
  });

  it('refuses to overwrite an existing file', async () => {
    const target = join(dir, 'twice.sqlite');
    await script('backup', { SQLITE_PATH: t.config.sqlitePath, BACKUP_PATH: target });
    await expect(
      script('backup', { SQLITE_PATH: t.config.sqlitePath, BACKUP_PATH: target }),
    ).rejects.toThrow(/exists already/);
  });
});
