import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { verifyAuditChain } from '../audit/audit-verifier';
import { loadConfig } from '../config/app-config';
import dataSource from '../database/data-source';
import { isPostgresUrl } from '../database/data-source-options';

/** `npm run audit:verify`: exit 0 when the chain is intact, 2 naming the first broken event. */
async function main(): Promise<number> {
  const { sqlitePath, databaseUrl } = loadConfig();
  if (!isPostgresUrl(databaseUrl) && !existsSync(sqlitePath)) {
    console.error(`No database at ${sqlitePath} (set SQLITE_PATH).`);
    return 1;
  }
  // The CLI's data source runs no migrations and no seeding: nothing that would add audit events.
  await dataSource.initialize();
  try {
    const { eventCount, firstBreak } = await verifyAuditChain(dataSource);
    if (firstBreak) {
      console.error(
        `Audit chain BROKEN at event #${firstBreak.sequence} (id ${firstBreak.id}): ${firstBreak.reason}. ` +
          `${eventCount} event(s) before it verify.`,
      );
      return 2;
    }
    const where = isPostgresUrl(databaseUrl) ? 'the PostgreSQL database' : sqlitePath;
    console.log(`Audit chain intact: ${eventCount} event(s) verified in ${where}.`);
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`Audit verification failed to run: ${error.message}`);
    process.exit(1);
  },
);
