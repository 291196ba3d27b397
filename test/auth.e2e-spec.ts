import { codeOf, DEMO, LOGIN, startTestApp, TestApp } from './support/test-app';

const ME = /* GraphQL */ `
  query {
    me {
      id
      email
      systemRole
      active
      person {
        fullName
        institution {
          name
        }
      }
    }
  }
`;

const CREATE_ACCOUNT = /* GraphQL */ `
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      id
      email
      systemRole
      pendingSystemRole
      active
      version
      person {
        fullName
        position
      }
    }
  }
`;

const SET_ACTIVE = /* GraphQL */ `
  mutation SetActive($input: SetAccountActiveInput!) {
    setAccountActive(input: $input) {
      id
      active
      version
    }
  }
`;

const ACCOUNTS = /* GraphQL */ `
  query Accounts($systemRole: SystemRole, $active: Boolean) {
    accounts(systemRole: $systemRole, active: $active) {
      totalCount
      edges {
        node {
          email
          systemRole
        }
      }
    }
  }
`;

/** Factory with defaults: a new account input whose fields a test can override. */
let sequence = 0;
const accountInput = (overrides: Record<string, unknown> = {}) => ({
  email: `person${++sequence}@savivaldybe.lt`,
  password: 'a-long-enough-password',
  fullName: `Test Person ${sequence}`,
  ...overrides,
});

describe('accounts and authentication', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login(DEMO.admin);
  });
  afterAll(() => t.close());

  it('logs in a demo account and returns a token with its expiry and account', async () => {
    const res = await t.gql(LOGIN, {
      input: { email: 'Admin@Demo.lt', password: 'demo-password' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.login.token.split('.')).toHaveLength(3);
    expect(new Date(res.data.login.expiresAt).getTime()).toBeGreaterThan(Date.now());
    expect(res.data.login.account).toMatchObject({ email: DEMO.admin, systemRole: 'ADMIN' });
  });

  it('answers a wrong e-mail and a wrong password with the same UNAUTHENTICATED message', async () => {
    const wrongEmail = await t.gql(LOGIN, {
      input: { email: 'nobody@demo.lt', password: 'demo-password' },
    });
    const wrongPassword = await t.gql(LOGIN, {
      input: { email: DEMO.ministry, password: 'not-the-password' },
    });
    expect(codeOf(wrongEmail)).toBe('UNAUTHENTICATED');
    expect(codeOf(wrongPassword)).toBe('UNAUTHENTICATED');
    expect(wrongEmail.errors![0].message).toBe(wrongPassword.errors![0].message);
  });

  it('returns the account, its person and system role from me', async () => {
    const token = await t.login(DEMO.commission);
    const res = await t.gql(ME, {}, token);
    expect(res.data.me).toMatchObject({
      email: DEMO.commission,
      systemRole: 'COMMISSION',
      active: true,
      person: {
        fullName: 'Demo Komisijos pirmininkas',
        institution: { name: 'Lietuvos Respublikos Vyriausybės kanceliarija' },
      },
    });
  });

  it('refuses me without a token and with a forged token', async () => {
    expect(codeOf(await t.gql(ME))).toBe('UNAUTHENTICATED');
    const forged = `${admin.slice(0, -4)}AAAA`;
    expect(codeOf(await t.gql(ME, {}, forged))).toBe('UNAUTHENTICATED');
  });

  it('lets an administrator create an account that can log in, hashing the password with argon2id', async () => {
    const input = accountInput({ systemRole: 'MINISTRY', position: 'Patarėja' });
    const res = await t.gql(CREATE_ACCOUNT, { input }, admin);
    expect(res.errors).toBeUndefined();
    // A national role waits for a second administrator (see test/rights.e2e-spec.ts).
    expect(res.data.createAccount).toMatchObject({
      email: input.email,
      systemRole: 'NONE',
      pendingSystemRole: 'MINISTRY',
      active: true,
    });
    const token = await t.login(input.email as string, input.password as string);
    expect((await t.gql(ME, {}, token)).data.me.email).toBe(input.email);

    const [row] = await t.sql('SELECT password_hash FROM account WHERE email = ?', [input.email]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses createAccount to everyone but administrators', async () => {
    const commission = await t.login(DEMO.commission);
    const res = await t.gql(CREATE_ACCOUNT, { input: accountInput() }, commission);
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(CREATE_ACCOUNT, { input: accountInput() }))).toBe('UNAUTHENTICATED');
  });

  it('refuses a duplicate e-mail and a short password naming the fields', async () => {
    const duplicate = await t.gql(
      CREATE_ACCOUNT,
      { input: accountInput({ email: DEMO.ministry }) },
      admin,
    );
    expect(codeOf(duplicate)).toBe('BAD_USER_INPUT');
    expect(duplicate.errors![0].extensions.fields).toEqual([
      expect.objectContaining({ field: 'email' }),
    ]);

    const short = await t.gql(
      CREATE_ACCOUNT,
      { input: accountInput({ password: 'short' }) },
      admin,
    );
    expect(short.errors![0].extensions.fields).toEqual([
      expect.objectContaining({ field: 'password' }),
    ]);
  });

  it('refuses a guessable password: few different characters, or the e-mail or name', async () => {
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['one letter repeated', { password: 'aaaaaaaaaaaa' }, /at least 5 different characters/],
      ['four characters', { password: 'abcabcabcabcabcd' }, /at least 5 different characters/],
      [
        'the name',
        { fullName: 'Vaida Slaptažodytė', password: 'vaida-and-her-long-secret' },
        /must not contain "vaida"/,
      ],
    ];
    for (const [what, input, message] of cases) {
      const res = await t.gql(CREATE_ACCOUNT, { input: accountInput(input) }, admin);
      expect({ what, code: codeOf(res) }).toEqual({ what, code: 'BAD_USER_INPUT' });
      expect(res.errors![0].extensions.fields).toEqual([
        { field: 'password', rule: 'WEAK_PASSWORD', message: expect.stringMatching(message) },
      ]);
    }
  });

  it('refuses a personal code in a free-text field and says why', async () => {
    const res = await t.gql(
      CREATE_ACCOUNT,
      { input: accountInput({ fullName: 'Jonas 33309240064' }) },
      admin,
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions.fields![0]).toMatchObject({
      field: 'fullName',
      message: expect.stringContaining('personal code'),
    });
  });

  it('disables an account: login is refused and its old token stops working at once', async () => {
    const input = accountInput();
    const created = (await t.gql(CREATE_ACCOUNT, { input }, admin)).data.createAccount;
    const token = await t.login(input.email as string, input.password as string);
    expect((await t.gql(ME, {}, token)).data.me.active).toBe(true);

    const disabled = await t.gql(
      SET_ACTIVE,
      { input: { accountId: created.id, active: false, version: created.version } },
      admin,
    );
    expect(disabled.data.setAccountActive.active).toBe(false);

    expect(codeOf(await t.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
    const relogin = await t.gql(LOGIN, { input: { email: input.email, password: input.password } });
    expect(codeOf(relogin)).toBe('UNAUTHENTICATED');
    // The right password gets the same answer as a wrong one: it tells no guesser they found it.
    const wrong = await t.gql(LOGIN, { input: { email: input.email, password: 'not-the-one' } });
    expect(relogin.errors![0].message).toBe(wrong.errors![0].message);
    expect(relogin.errors![0].message).toMatch(/or the account is disabled/);

    // Re-enabling does not revive the old token.
    const version = disabled.data.setAccountActive.version;
    await t.gql(SET_ACTIVE, { input: { accountId: created.id, active: true, version } }, admin);
    expect(codeOf(await t.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
    await expect(t.login(input.email as string, input.password as string)).resolves.toBeTruthy();
  });

  it('refuses a stale version with CONFLICT and an administrator disabling themself', async () => {
    const created = (await t.gql(CREATE_ACCOUNT, { input: accountInput() }, admin)).data
      .createAccount;
    const first = await t.gql(
      SET_ACTIVE,
      { input: { accountId: created.id, active: false, version: created.version } },
      admin,
    );
    expect(first.errors).toBeUndefined();
    const stale = await t.gql(
      SET_ACTIVE,
      { input: { accountId: created.id, active: true, version: created.version } },
      admin,
    );
    expect(codeOf(stale)).toBe('CONFLICT');

    const me = (await t.gql(ME, {}, admin)).data.me;
    const self = await t.gql(
      SET_ACTIVE,
      { input: { accountId: me.id, active: false, version: 1 } },
      admin,
    );
    expect(codeOf(self)).toBe('BAD_USER_INPUT');
  });

  it('lists accounts to administrators only, filtered by role', async () => {
    const res = await t.gql(ACCOUNTS, { systemRole: 'COMMISSION' }, admin);
    expect(res.data.accounts.edges.map((e: any) => e.node.email)).toContain(DEMO.commission);
    expect(res.data.accounts.edges.every((e: any) => e.node.systemRole === 'COMMISSION')).toBe(
      true,
    );
    expect(codeOf(await t.gql(ACCOUNTS, {}, await t.login(DEMO.ministry)))).toBe('FORBIDDEN');
  });

  it('gives anonymous callers only login and the public reference data', async () => {
    const publicData = await t.gql(
      '{ municipalities { totalCount } nationalPlans { totalCount } institutions { totalCount } }',
    );
    expect(publicData.errors).toBeUndefined();
    for (const query of [
      '{ me { id } }',
      '{ accounts { totalCount } }',
      '{ auditEvents { totalCount } }',
    ]) {
      expect(codeOf(await t.gql(query))).toBe('UNAUTHENTICATED');
    }
  });
});
