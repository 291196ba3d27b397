import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { ChainHead, formatHead, parseHead } from '../audit/audit-chain';
import { verifyAuditChain } from '../audit/audit-verifier';
import { loadConfig } from '../config/app-config';
import { auditKeyProblem } from '../config/audit-key';
import { isPostgresUrl } from '../database/data-source-options';

const USAGE =
  'Usage: npm run audit:verify [-- --head <sequence:hash>]   or   npm run audit:head\n' +
  'Exit codes: 0 intact, 2 broken or the exported head is gone, 1 could not check.';

interface Options {
  /** `npm run audit:head`: print only the head of the verified chain. */
  printHead: boolean;
  exportedHead: ChainHead | null;
}

function parseArguments(args: string[]): Options | string {
  const options: Options = { printHead: false, exportedHead: null };
  for (let i = 0; i < args.length; i++) {
    const [name, inline] = args[i].split(/=(.*)/s);
    if (name === '--print-head') options.printHead = true;
    else if (name === '--head') {
      const value = inline ?? args[++i];
      options.exportedHead = value === undefined ? null : parseHead(value);
      if (!options.exportedHead) return `--head needs sequence:hash, as audit:head prints it.`;
    } else return `Unknown argument ${args[i]}.`;
  }
  return options;
}

/**
 * `npm run audit:verify`: checks the chain with AUDIT_KEY (and, given `--head`, that it still
 * reaches a head exported earlier); `npm run audit:head` prints the head to keep elsewhere.
 */
async function main(): Promise<number> {
  const options = parseArguments(process.argv.slice(2));
  if (typeof options === 'string') {
    console.error(`${options}\n${USAGE}`);
    return 1;
  }
  const { sqlitePath, databaseUrl, auditKey } = loadConfig();
  const keyProblem = auditKeyProblem(auditKey);
  if (keyProblem) {
    console.error(keyProblem);
    return 1;
  }
  if (!isPostgresUrl(databaseUrl) && !existsSync(sqlitePath)) {
    console.error(`No database at ${sqlitePath} (set SQLITE_PATH).`);
    return 1;
  }
  // The CLI's data source runs no migrations and no seeding: nothing that would add audit events.
  const { default: dataSource } = await import('../database/data-source');
  await dataSource.initialize();
  try {
    const result = await verifyAuditChain(dataSource, auditKey, options.exportedHead);
    const { eventCount, firstBreak, head } = result;
    if (firstBreak) {
      const id = firstBreak.id ? ` (id ${firstBreak.id})` : '';
      console.error(
        `Audit chain BROKEN at event #${firstBreak.sequence}${id}: ${firstBreak.reason}. ` +
          `${eventCount} event(s) before it verify.`,
      );
      return 2;
    }
    if (options.printHead) {
      if (!head) {
        console.error('The audit chain has no events yet: there is no head to export.');
        return 1;
      }
      console.log(formatHead(head));
      return 0;
    }
    const where = isPostgresUrl(databaseUrl) ? 'the PostgreSQL database' : sqlitePath;
    const sealed = result.unkeyedEventCount
      ? ` (${result.unkeyedEventCount} of them from before the key, sealed)`
      : '';
    const reached = options.exportedHead ? ', the exported head still in place' : '';
    console.log(
      `Audit chain intact: ${eventCount} event(s) verified in ${where}${sealed}${reached}. ` +
        `Head: ${head ? formatHead(head) : 'none (no events)'}`,
    );
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
