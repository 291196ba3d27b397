import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mutationDocument } from './support/graphql-helpers';
import {
  createPostgresServerDatabase,
  createServerDatabase,
  dropServerDatabase,
  ServerDatabase,
  ServerProcess,
  startServerProcess,
  withDatabase,
} from './support/server-process';
import { SmtpTestServer } from './support/smtp-test-server';
import { DEMO } from './support/test-app';

/**
 * The outbox's promises that only real processes can show: a server killed between handing a
 * mail to the SMTP server and marking it sent sends it again after restart under the same
 * Message-ID (so mail programs take it as the same message), and two instances on one
 * PostgreSQL deliver each mail once.
 */

const CREATE_ACCOUNT = mutationDocument('createAccount', 'CreateAccountInput', 'id');
const MAIL_FROM = 'Darbo grupės <noreply@thb.example.lt>';

const serverEnv = (smtp: SmtpTestServer) => ({
  DEMO_DATA: 'true',
  SMTP_URL: smtp.url,
  MAIL_FROM,
  MAIL_POLL_MS: '30',
  MAIL_RETRY_BASE_MS: '100',
  LOGIN_LIMIT_PER_ADDRESS: '1000',
});

/** Creates accounts without a password: each is invited by mail. */
async function invite(server: ServerProcess, emails: string[]) {
  const admin = await server.login(DEMO.admin);
  for (const email of emails) {
    const res = await server.gql(
      CREATE_ACCOUNT,
      { input: { email, fullName: 'Kviečiamas Asmuo' } },
      admin,
    );
    expect(res.errors).toBeUndefined();
  }
}

describe('Mail delivery of real server processes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thb-mail-'));
  const servers: ServerProcess[] = [];
  const databases: ServerDatabase[] = [];
  const smtp = new SmtpTestServer();

  beforeAll(() => smtp.start());
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.kill()));
    await smtp.stop();
    for (const database of databases) await dropServerDatabase(database);
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends a mail again after a crash between sending and marking, under the same Message-ID', async () => {
    const database = await createServerDatabase(join(dir, 'crash.sqlite'));
    databases.push(database);
    const first = await startServerProcess(database, serverEnv(smtp));
    servers.push(first);
    // The first mail in: the server dies before the SMTP server says it took it.
    smtp.onReceived = () => first.kill();
    await invite(first, ['po.griuties@test.lt']);
    await smtp.mailsTo('po.griuties@test.lt', 1);
    await first.kill();
    smtp.onReceived = () => {};

    const second = await startServerProcess(database, serverEnv(smtp));
    servers.push(second);
    const copies = await smtp.mailsTo('po.griuties@test.lt', 2);
    const [row] = await withDatabase(database, (all) =>
      all<{ id: string; status: string }>(
        'SELECT id, status FROM mail_outbox WHERE recipient = ?',
        ['po.griuties@test.lt'],
      ),
    );
    expect(copies.map((m) => m.messageId)).toEqual([
      `<${row.id}@thb.example.lt>`,
      `<${row.id}@thb.example.lt>`,
    ]);
    await second.stop();
    const [after] = await withDatabase(database, (all) =>
      all<{ status: string }>('SELECT status FROM mail_outbox WHERE id = ?', [row.id]),
    );
    expect(after.status).toBe('SENT');
  }, 180_000);

  it('delivers each mail once with two instances on one PostgreSQL', async () => {
    const database = await createPostgresServerDatabase();
    databases.push(database);
    const a = await startServerProcess(database, serverEnv(smtp));
    servers.push(a);
    const b = await startServerProcess(database, serverEnv(smtp));
    servers.push(b);
    // A slow mail server: both instances' passes overlap.
    smtp.onReceived = () => new Promise((resolve) => setTimeout(resolve, 20));
    const emails = Array.from({ length: 24 }, (_, i) => `dvieju.${i}@test.lt`);
    await invite(a, emails.slice(0, 12));
    await invite(b, emails.slice(12));
    for (const email of emails) await smtp.mailsTo(email, 1);
    // Time for a second copy to come, were any mail sent twice.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    smtp.onReceived = () => {};
    const ids = smtp.received.filter((m) => m.to.includes('dvieju.')).map((m) => m.messageId);
    expect(ids).toHaveLength(emails.length);
    expect(new Set(ids).size).toBe(emails.length);
    const rows = await withDatabase(database, (all) =>
      all<{ status: string }>(`SELECT status FROM mail_outbox WHERE recipient LIKE 'dvieju.%'`),
    );
    expect(rows.map((r) => r.status)).toEqual(emails.map(() => 'SENT'));
  }, 180_000);
});
