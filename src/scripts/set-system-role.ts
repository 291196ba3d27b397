import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { AccountAdministrationService } from '../auth/account-administration.service';
import { SystemRole } from '../auth/system-role.enum';
import { createApp } from '../bootstrap';
import { loadConfig } from '../config/app-config';

const USAGE =
  'Usage: npm run account:role -- <e-mail> <ADMIN|MINISTRY|COMMISSION|NONE> [--create "<full name>"]';

/**
 * `npm run account:role -- <e-mail> <role> [--create "<full name>"]`: gives an account a national
 * role on the server itself, audited, for when no second administrator exists yet (a new
 * deployment). `--create` makes the account first, with a one-time password printed once, which
 * its owner replaces with `changePassword`. Through the API the same change needs two
 * administrators.
 */
async function main(): Promise<number> {
  const [email, role, flag, fullName] = process.argv.slice(2);
  const creates = flag === '--create' && !!fullName?.trim();
  if (!email || !Object.values(SystemRole).includes(role as SystemRole) || (flag && !creates)) {
    console.error(USAGE);
    return 1;
  }
  const password = randomBytes(18).toString('base64url');
  const app = await createApp({ ...loadConfig(), demoData: false, logLevel: 'silent' });
  try {
    const newAccount = creates ? { fullName: fullName.trim(), password } : undefined;
    const { account, created } = await app
      .get(AccountAdministrationService)
      .setOnServer(email, role as SystemRole, newAccount);
    if (created) console.log(`Created ${account.email}; one-time password: ${password}`);
    console.log(`${account.email} is now ${account.systemRole}; their sessions were ended.`);
    return 0;
  } finally {
    await app.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`Could not set the role: ${error.message}`);
    process.exit(1);
  },
);
