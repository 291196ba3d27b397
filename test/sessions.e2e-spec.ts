import { createUser, TEST_PASSWORD, User } from './support/factories';
import { codeOf, DEMO, startTestApp, TestApp } from './support/test-app';

const CHANGE = /* GraphQL */ `
  mutation Change($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      token
      account {
        email
      }
    }
  }
`;
const ME = '{ me { email } }';
const DISABLE = /* GraphQL */ `
  mutation Disable($input: SetAccountActiveInput!) {
    setAccountActive(input: $input) {
      active
    }
  }
`;

describe('Sessions and passwords', () => {
  let t: TestApp;
  let admin: string;
  let user: User;

  beforeAll(async () => {
    t = await startTestApp({
      loginLimitPerAccount: { limit: 100, ttlMs: 60_000 },
      loginLimitPerAddress: { limit: 100, ttlMs: 60_000 },
    });
    admin = await t.login(DEMO.admin);
    user = await createUser(t, admin, 'Rūta Sekretorė');
  });
  afterAll(() => t.close());

  const change = (token: string, currentPassword: string, newPassword: string) =>
    t.gql(CHANGE, { input: { currentPassword, newPassword } }, token);

  it('refuses weak or wrong passwords, saying which field', async () => {
    const cases: [string, string, string, RegExp][] = [
      [
        'wrong current',
        'not-my-password-at-all',
        'a brand new passphrase',
        /not your current password/,
      ],
      ['too short', TEST_PASSWORD, 'short', /newPassword must be longer than or equal to 12/],
      ['the e-mail name', TEST_PASSWORD, `x-${user.email.split('@')[0]}-x`, /must not contain/],
      [
        'a part of the name',
        TEST_PASSWORD,
        'my-SEKRETORĖ-passphrase',
        /must not contain "sekretorė"/,
      ],
      ['the same again', TEST_PASSWORD, TEST_PASSWORD, /must differ from the current password/],
      ['one letter repeated', TEST_PASSWORD, 'aaaaaaaaaaaa', /at least 5 different characters/],
      ['four characters', TEST_PASSWORD, 'abcdDCBAabcdDCBA', /at least 5 different characters/],
    ];
    for (const [what, current, next, message] of cases) {
      const res = await change(user.token, current, next);
      expect({ what, code: codeOf(res) }).toEqual({ what, code: 'BAD_USER_INPUT' });
      expect(res.errors![0].message).toMatch(message);
    }
    expect(codeOf(await t.gql(ME, {}, user.token))).toBeUndefined();
  });

  it('ends every session of the account when the password changes', async () => {
    const other = await t.login(user.email, TEST_PASSWORD);
    const res = await change(user.token, TEST_PASSWORD, 'a fresh and long passphrase');
    expect(res.errors).toBeUndefined();
    const fresh = res.data.changePassword.token;
    for (const old of [user.token, other])
      expect(codeOf(await t.gql(ME, {}, old))).toBe('UNAUTHENTICATED');
    expect((await t.gql(ME, {}, fresh)).data.me.email).toBe(user.email);
    await expect(t.login(user.email, TEST_PASSWORD)).rejects.toThrow(/login .* failed/);
    expect(await t.login(user.email, 'a fresh and long passphrase')).toBeTruthy();
    expect(codeOf(await change('', 'x', 'y'))).toBe('UNAUTHENTICATED');
  });

  it('stops guessing the current password with a stolen token, for that account only', async () => {
    const victim = await createUser(t, admin, 'Petras Pavogtas');
    const guesses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        change(victim.token, `guess-number-${i}`, 'x'.repeat(12)),
      ),
    );
    const codes = guesses.map(codeOf).sort();
    expect(codes).toEqual([
      ...Array(5).fill('BAD_USER_INPUT'),
      ...Array(3).fill('TOO_MANY_REQUESTS'),
    ]);
    const right = await change(victim.token, TEST_PASSWORD, 'another long passphrase');
    expect(codeOf(right)).toBe('TOO_MANY_REQUESTS');
    expect(right.errors![0].message).toMatch(/too many wrong passwords/i);

    // Reads go on, and other accounts change their passwords as before.
    expect((await t.gql(ME, {}, victim.token)).data.me.email).toBe(victim.email);
    const other = await createUser(t, admin, 'Ona Kita');
    const changed = await change(other.token, TEST_PASSWORD, 'another long passphrase');
    expect(changed.errors).toBeUndefined();
  });

  it('counts only wrong current passwords', async () => {
    const owner = await createUser(t, admin, 'Lina Pamiršusi');
    let token = owner.token;
    let current = TEST_PASSWORD;
    for (let i = 0; i < 4; i++) {
      expect(codeOf(await change(token, 'not-the-password', 'x'.repeat(12)))).toBe(
        'BAD_USER_INPUT',
      );
      const next = `a fresh passphrase ${i}`;
      const res = await change(token, current, next);
      expect(res.errors).toBeUndefined();
      [token, current] = [res.data.changePassword.token, next];
    }
  });

  it('ends every session when an administrator disables the account', async () => {
    const other = await createUser(t, admin, 'Jonas Laikinas');
    const second = await t.login(other.email, TEST_PASSWORD);
    const account = await t.gql(
      `query($search: String) { accounts(search: $search) { edges { node { id version } } } }`,
      { search: other.email },
      admin,
    );
    const { id, version } = account.data.accounts.edges[0].node;
    expect(
      (await t.gql(DISABLE, { input: { accountId: id, active: false, version } }, admin)).errors,
    ).toBeUndefined();
    for (const token of [other.token, second])
      expect(codeOf(await t.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
  });
});
