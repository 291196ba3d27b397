import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Database, OPEN_READONLY } from 'sqlite3';
import { loadConfig } from '../config/app-config';

/** `backups/workspace-2026-11-24T21-05-00Z.sqlite`, unless BACKUP_PATH names the file. */
function targetPath(): string {
  if (process.env.BACKUP_PATH) return process.env.BACKUP_PATH;
  const stamp = new Date()
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');
  return join(process.env.BACKUP_DIR || 'backups', `workspace-${stamp}.sqlite`);
}

/**
 * `npm run backup`: a consistent copy of the SQLite database while the server keeps running.
 * `VACUUM INTO` reads one snapshot inside a read transaction (WAL lets writers go on) and
 * writes a compact, self-contained file: no -wal or -shm file to carry along.
 */
async function main(): Promise<number> {
  const { sqlitePath } = loadConfig();
  if (!existsSync(sqlitePath)) {
    console.error(`No database at ${sqlitePath} (set SQLITE_PATH).`);
    return 1;
  }
  const target = targetPath();
  if (existsSync(target)) {
    console.error(`${target} exists already; choose another BACKUP_PATH.`);
    return 1;
  }
  mkdirSync(dirname(target), { recursive: true });
  const db = new Database(sqlitePath, OPEN_READONLY);
  try {
    await new Promise<void>((resolve, reject) => {
      db.configure('busyTimeout', 10_000);
      db.run('VACUUM INTO ?', [target], (error) => (error ? reject(error) : resolve()));
    });
  } finally {
    await new Promise<void>((resolve) => db.close(() => resolve()));
  }
  console.log(`Backup of ${sqlitePath} written to ${target}.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`Backup failed: ${error.message}`);
    process.exit(1);
  },
);
