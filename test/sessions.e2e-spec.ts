import { JwtService } from '@nestjs/jwt';
import { createUser, PINNED_NOW, TEST_PASSWORD, User } from './support/factories';
import { codeOf, DEMO, startTestApp, TestApp } from './support/test-app';

const SESSION_FIELDS = 'token expiresAt refreshToken sessionExpiresAt account { id }';
const LOGIN_SESSION = `mutation ($input: LoginInput!) { login(input: $input) { ${SESSION_FIELDS} } }`;
const RENEW = `mutation ($input: RenewSessionInput!) { renewSession(input: $input) { ${SESSION_FIELDS} } }`;
const LOGOUT = 'mutation { logout }';
const ME = 'query { me { id } }';
const CHANGE_PASSWORD = /* GraphQL */ `
  mutation ($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      token
      refreshToken
    }
  }
`;

interface Session {
  token: string;
  expiresAt: string;
  refreshToken: string;
  sessionExpiresAt: string;
}

const MINUTE = 60_000;

describe('Sessions a person can work through', () => {
  let t: TestApp;
  let admin: string;
  let user: User;

  // Sessions run on the real clock (session.entity.ts); the test moves it.
  /** Milliseconds from the (shifted) real now to a moment the API answered. */
  const fromNow = (iso: string) =>
    new Date(iso).getTime() - Date.now() - (t.config.sessionClockShiftMs ?? 0);
  const at = (ms: number) => (t.config.sessionClockShiftMs = ms);
  const login = async (): Promise<Session> =>
    (await t.gql(LOGIN_SESSION, { input: { email: user.email, password: TEST_PASSWORD } })).data
      .login;
  const renew = (refreshToken: string) => t.gql(RENEW, { input: { refreshToken } });
  const works = async (token: string) => !(await t.gql(ME, {}, token)).errors;

  beforeAll(async () => {
    t = await startTestApp({ fixedNow: PINNED_NOW });
    admin = await t.login(DEMO.admin);
  });
  // A person of their own per test: login attempts per account are rate-limited.
  beforeEach(async () => {
    user = await createUser(t, admin, 'Rūta Sekretorė');
  });
  afterEach(() => at(0));
  afterAll(() => t.close());

  it('renews a short token while the person works, each refresh token once', async () => {
    const first = await login();
    expect(Math.abs(fromNow(first.expiresAt) - 15 * MINUTE)).toBeLessThan(5000);
    expect(Math.abs(fromNow(first.sessionExpiresAt) - 480 * MINUTE)).toBeLessThan(5000);

    // Writing minutes for 20 minutes without a request: the token has expired, not the session.
    at(20 * MINUTE);
    expect(codeOf(await t.gql(ME, {}, first.token))).toBe('UNAUTHENTICATED');
    const renewed = await renew(first.refreshToken);
    expect(renewed.errors).toBeUndefined();
    const second: Session = renewed.data.renewSession;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(await works(second.token)).toBe(true);
    // Renewal moved the idle limit on: eight hours from the renewal.
    expect(Math.abs(fromNow(second.sessionExpiresAt) - 480 * MINUTE)).toBeLessThan(5000);

    // The spent refresh token again: a copy exists, so the whole session ends.
    expect(codeOf(await renew(first.refreshToken))).toBe('UNAUTHENTICATED');
    expect(await works(second.token)).toBe(false);
    expect(codeOf(await renew(second.refreshToken))).toBe('UNAUTHENTICATED');
    expect(codeOf(await renew('never-issued'))).toBe('UNAUTHENTICATED');

    const audit = await t.sql(
      "SELECT operation FROM audit_event WHERE operation = 'renewSession' AND actor_account_id = ?",
      [user.accountId],
    );
    expect(audit.length).toBe(2);
  });

  it('ends a session on logout at once, and leaves the other sessions alone', async () => {
    const here = await login();
    const elsewhere = await login();
    const out = await t.gql(LOGOUT, {}, here.token);
    expect(out.data.logout).toBe(true);
    expect(codeOf(await t.gql(ME, {}, here.token))).toBe('UNAUTHENTICATED');
    expect(codeOf(await renew(here.refreshToken))).toBe('UNAUTHENTICATED');
    expect(await works(elsewhere.token)).toBe(true);
    expect(codeOf(await t.gql(LOGOUT, {}))).toBe('UNAUTHENTICATED');
  });

  it('ends after the idle limit and at the session limit, however often renewed', async () => {
    const idle = await login();
    at(8 * 60 * MINUTE + 1000);
    expect(codeOf(await renew(idle.refreshToken))).toBe('UNAUTHENTICATED');

    at(0);
    let session = await login();
    // Renewed every seven hours: alive for a week, then it ends.
    for (let hours = 7; hours < 7 * 24; hours += 7) {
      at(hours * 60 * MINUTE);
      const res = await renew(session.refreshToken);
      expect(res.errors).toBeUndefined();
      session = res.data.renewSession;
    }
    at(7 * 24 * 60 * MINUTE + 1000);
    expect(codeOf(await renew(session.refreshToken))).toBe('UNAUTHENTICATED');
  });

  it('ends every session with a password change; the changer gets a new one', async () => {
    const other = await login();
    const mine = await login();
    const changed = await t.gql(
      CHANGE_PASSWORD,
      { input: { currentPassword: TEST_PASSWORD, newPassword: 'another-long-passphrase-42' } },
      mine.token,
    );
    expect(changed.errors).toBeUndefined();
    expect(codeOf(await renew(other.refreshToken))).toBe('UNAUTHENTICATED');
    expect(codeOf(await renew(mine.refreshToken))).toBe('UNAUTHENTICATED');
    const fresh = await renew(changed.data.changePassword.refreshToken);
    expect(fresh.errors).toBeUndefined();
    expect(await works(fresh.data.renewSession.token)).toBe(true);
  });

  it('refuses a token without a session (the old shape) even when correctly signed', async () => {
    const jwt = new JwtService({ secret: t.config.jwtSecret });
    const iat = Math.floor(Date.now() / 1000);
    const claims = { sub: user.accountId, tv: 0, iat, exp: iat + 600 };
    expect(codeOf(await t.gql(ME, {}, jwt.sign(claims)))).toBe('UNAUTHENTICATED');
    const session = await login();
    const [, body] = session.token.split('.');
    const issued = JSON.parse(Buffer.from(body, 'base64url').toString());
    expect(Object.keys(issued).sort()).toEqual(['exp', 'iat', 'sid', 'sub', 'tv']);
    const forged = jwt.sign({ ...claims, sid: '00000000-0000-4000-8000-000000000000' });
    expect(codeOf(await t.gql(ME, {}, forged))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(ME, {}, jwt.sign({ ...claims, sid: issued.sid })))).toBeUndefined();
  });
});
