/**
 * Issue 13: an administrator lets a person choose a new password through a mailed one-time
 * link, and a new account without a password gets an invitation the same way. Mails go
 * through the outbox to a real SMTP server on a local port.
 */
import request from 'supertest';
import { createUser, TEST_PASSWORD } from './support/factories';
import { eventually, SmtpTestServer, tokenInMail } from './support/smtp-test-server';
import { codeOf, DEMO, startTestApp, TestApp } from './support/test-app';

const ISSUE_RESET = /* GraphQL */ `
  mutation ($input: IssuePasswordResetInput!) {
    issuePasswordReset(input: $input) {
      id
    }
  }
`;

const SET_PASSWORD = /* GraphQL */ `
  mutation ($input: SetPasswordWithTokenInput!) {
    setPasswordWithToken(input: $input) {
      token
      account {
        email
      }
    }
  }
`;

const CREATE_ACCOUNT = /* GraphQL */ `
  mutation ($input: CreateAccountInput!) {
    createAccount(input: $input) {
      id
    }
  }
`;

const ME = '{ me { email } }';
const NEW_PASSWORD = 'melynas-upelis-teka-2026';
const APP_URL = 'https://thb.example.lt';

describe('Password links by mail', () => {
  const smtp = new SmtpTestServer();
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    await smtp.start();
    t = await startTestApp({
      smtpUrl: smtp.url,
      appUrl: APP_URL,
      mailFrom: 'Darbo grupės <noreply@thb.example.lt>',
      mailPollMs: 50,
      mailRetryBaseMs: 100,
    });
    admin = await t.login(DEMO.admin);
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const resetFor = async (accountId: string) => {
    const res = await t.gql(ISSUE_RESET, { input: { accountId } }, admin);
    expect(res.errors).toBeUndefined();
  };

  it('mails a reset link that sets the password once and ends the old sessions', async () => {
    const user = await createUser(t, admin, 'Rūta Slaptažodienė');
    await resetFor(user.accountId);

    const [mail] = await smtp.mailsTo(user.email);
    expect(mail.subject).toBe('Slaptažodžio keitimas / Password reset');
    expect(mail.text).toContain('Laba diena, Rūta Slaptažodienė');
    expect(mail.text).toContain(`${APP_URL}/set-password?token=`);
    const [row] = await eventually(
      () => t.sql('SELECT id, secret, status FROM mail_outbox WHERE recipient = ?', [user.email]),
      ([mailRow]) => mailRow.status === 'SENT',
    );
    expect(mail.messageId).toBe(`<${row.id}@thb.example.lt>`);
    // Delivered: the secret is gone from the database.
    expect(row).toMatchObject({ secret: null, status: 'SENT' });

    // The link's page: a form, then the password set through it.
    const token = tokenInMail(mail);
    const server = t.app.getHttpServer();
    const form = await request(server).get(`/set-password?token=${token}`);
    expect(form.status).toBe(200);
    expect(form.text).toContain('name="newPassword"');
    const done = await request(server)
      .post('/set-password')
      .type('form')
      .send({ token, newPassword: NEW_PASSWORD, repeatPassword: NEW_PASSWORD });
    expect(done.status).toBe(200);
    expect(done.text).toContain('Slaptažodis pakeistas');

    expect(codeOf(await t.gql(ME, {}, user.token))).toBe('UNAUTHENTICATED');
    expect(await t.login(user.email, NEW_PASSWORD)).toEqual(expect.any(String));

    const again = await t.gql(SET_PASSWORD, {
      input: { token, newPassword: 'kitas-ilgas-2026-x' },
    });
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
    expect(again.errors![0].extensions.fields).toEqual([
      expect.objectContaining({ field: 'token' }),
    ]);
    const page = await request(server)
      .post('/set-password')
      .type('form')
      .send({ token, newPassword: 'kitas-ilgas-2026-x', repeatPassword: 'kitas-ilgas-2026-x' });
    expect(page.status).toBe(400);
    expect(page.text).toContain('Nuoroda nebegalioja');
  });

  it('keeps the token out of the audit trail and the database', async () => {
    const user = await createUser(t, admin, 'Audito Tikrintoja');
    await resetFor(user.accountId);
    const token = tokenInMail((await smtp.mailsTo(user.email))[0]);
    const events = await t.sql(
      "SELECT after FROM audit_event WHERE operation = 'issuePasswordReset'",
    );
    expect(events.length).toBeGreaterThan(0);
    for (const { after } of events) expect(String(after)).not.toContain(token);
    const [stored] = await t.sql('SELECT token_hash FROM password_token ORDER BY created_at DESC');
    expect(stored.token_hash).not.toBe(token);
  });

  it('ends an earlier link when a newer one is sent, and refuses an expired one', async () => {
    const user = await createUser(t, admin, 'Dviguba Nuoroda');
    await resetFor(user.accountId);
    const first = tokenInMail((await smtp.mailsTo(user.email, 1))[0]);
    await resetFor(user.accountId);
    const second = tokenInMail((await smtp.mailsTo(user.email, 2))[1]);

    const old = await t.gql(SET_PASSWORD, { input: { token: first, newPassword: NEW_PASSWORD } });
    expect(codeOf(old)).toBe('BAD_USER_INPUT');

    await t.sql('UPDATE password_token SET expires_at = ? WHERE used_at IS NULL', [
      new Date('2020-01-01T00:00:00Z'),
    ]);
    const expired = await t.gql(SET_PASSWORD, {
      input: { token: second, newPassword: NEW_PASSWORD },
    });
    expect(codeOf(expired)).toBe('BAD_USER_INPUT');
  });

  it('refuses a weak password with the field named, and keeps the link usable', async () => {
    const user = await createUser(t, admin, 'Silpna Pradžia');
    await resetFor(user.accountId);
    const token = tokenInMail((await smtp.mailsTo(user.email))[0]);
    const weak = await t.gql(SET_PASSWORD, { input: { token, newPassword: 'aaaaaaaaaaaa' } });
    expect(codeOf(weak)).toBe('BAD_USER_INPUT');
    expect(weak.errors![0].extensions.fields).toEqual([
      expect.objectContaining({ field: 'newPassword' }),
    ]);
    const ok = await t.gql(SET_PASSWORD, { input: { token, newPassword: NEW_PASSWORD } });
    expect(ok.data.setPasswordWithToken.account.email).toBe(user.email);
    expect((await t.gql(ME, {}, ok.data.setPasswordWithToken.token)).data.me.email).toBe(
      user.email,
    );
  });

  it('invites a new account without a password to choose one', async () => {
    const email = 'kviesta.nare@test.lt';
    const input = { email, fullName: 'Kviesta Narė' };
    const created = await t.gql(CREATE_ACCOUNT, { input }, admin);
    expect(created.errors).toBeUndefined();
    // No password opens the account before the person chooses one.
    const login = await t.gql('mutation ($input: LoginInput!) { login(input: $input) { token } }', {
      input: { email, password: TEST_PASSWORD },
    });
    expect(codeOf(login)).toBe('UNAUTHENTICATED');

    const [mail] = await smtp.mailsTo(email);
    expect(mail.subject).toContain('Kvietimas');
    const res = await t.gql(SET_PASSWORD, {
      input: { token: tokenInMail(mail), newPassword: NEW_PASSWORD },
    });
    expect(res.errors).toBeUndefined();
    expect(await t.login(email, NEW_PASSWORD)).toEqual(expect.any(String));
  });

  it('refuses a link for a disabled account', async () => {
    const user = await createUser(t, admin, 'Išjungta Paskyra');
    await t.sql('UPDATE account SET active = ? WHERE id = ?', [false, user.accountId]);
    const res = await t.gql(ISSUE_RESET, { input: { accountId: user.accountId } }, admin);
    expect(codeOf(res)).toBe('FAILED_PRECONDITION');
  });

  it('delivers, in order, what waited while the mail server was down', async () => {
    const user = await createUser(t, admin, 'Laukianti Laiško');
    await smtp.stop();
    await resetFor(user.accountId);
    await resetFor(user.accountId);
    // Tried and failed at least once, the reason kept.
    const [failed] = await eventually(
      () =>
        t.sql(
          'SELECT status, attempts, last_error FROM mail_outbox WHERE recipient = ? ORDER BY sequence',
          [user.email],
        ),
      ([first]) => first.attempts > 0,
    );
    expect(failed).toMatchObject({ status: 'PENDING' });
    expect(failed.attempts).toBeGreaterThan(0);
    expect(failed.last_error).toEqual(expect.any(String));

    await smtp.start();
    const mails = await smtp.mailsTo(user.email, 2);
    const rows = await t.sql('SELECT id FROM mail_outbox WHERE recipient = ? ORDER BY sequence', [
      user.email,
    ]);
    expect(mails.map((m) => m.messageId)).toEqual(
      rows.map((r: { id: string }) => `<${r.id}@thb.example.lt>`),
    );
    // The second link is the one that works: the first was replaced.
    const res = await t.gql(SET_PASSWORD, {
      input: { token: tokenInMail(mails[1]), newPassword: NEW_PASSWORD },
    });
    expect(res.errors).toBeUndefined();
  });
});
