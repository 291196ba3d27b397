import 'reflect-metadata';
import { SystemRolesService } from '../auth/system-roles.service';
import { SystemRole } from '../auth/system-role.enum';
import { createApp } from '../bootstrap';
import { loadConfig } from '../config/app-config';

/**
 * `npm run account:role -- <e-mail> <ADMIN|MINISTRY|COMMISSION|NONE>`: gives an account a
 * national role on the server itself, audited, for when no second administrator exists yet
 * (a new deployment). Through the API the same change needs two administrators.
 */
async function main(): Promise<number> {
  const [email, role] = process.argv.slice(2);
  if (!email || !Object.values(SystemRole).includes(role as SystemRole)) {
    console.error('Usage: npm run account:role -- <e-mail> <ADMIN|MINISTRY|COMMISSION|NONE>');
    return 1;
  }
  const app = await createApp({ ...loadConfig(), demoData: false, logLevel: 'silent' });
  try {
    const account = await app.get(SystemRolesService).setOnServer(email, role as SystemRole);
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
