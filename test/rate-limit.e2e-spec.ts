import { codeOf, DEMO, LOGIN, startTestApp, TestApp } from './support/test-app';

const attempt = (t: TestApp, email: string, password = 'wrong-password') =>
  t.gql(LOGIN, { input: { email, password } });

describe('login rate limits', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({
      loginLimitPerAccount: { limit: 3, ttlMs: 60_000 },
      loginLimitPerAddress: { limit: 5, ttlMs: 60_000 },
    });
  });
  afterAll(() => t.close());

  it('stops a fourth attempt on one account, even with the right password, but not other accounts', async () => {
    for (let i = 0; i < 3; i++)
      expect(codeOf(await attempt(t, DEMO.ministry))).toBe('UNAUTHENTICATED');
    const blocked = await attempt(t, DEMO.ministry, 'demo-password');
    expect(codeOf(blocked)).toBe('TOO_MANY_REQUESTS');
    expect(blocked.errors![0].message).toMatch(/too many login attempts/i);

    // The same e-mail in other letter case counts as the same account.
    expect(codeOf(await attempt(t, 'MONITOR@vrm.demo.lt', 'demo-password'))).toBe(
      'TOO_MANY_REQUESTS',
    );
  });

  it('stops an address that sprays many accounts', async () => {
    // Five attempts came from this address already; every further one is refused whatever the account.
    const res = await attempt(t, DEMO.admin, 'demo-password');
    expect(codeOf(res)).toBe('TOO_MANY_REQUESTS');
    expect(codeOf(await attempt(t, 'someone-else@demo.lt'))).toBe('TOO_MANY_REQUESTS');
  });

  it('does not limit other operations', async () => {
    const res = await t.gql('{ municipalities { totalCount } }');
    expect(res.data.municipalities.totalCount).toBe(10);
  });
});

describe('login rate limits across instances', () => {
  it('counts the attempts made on every instance of one database', async () => {
    const limits = {
      loginLimitPerAccount: { limit: 3, ttlMs: 60_000 },
      loginLimitPerAddress: { limit: 100, ttlMs: 60_000 },
    };
    const one = await startTestApp(limits);
    // A second server on the same database, as behind a load balancer.
    const two = await startTestApp(one.config);
    try {
      expect(codeOf(await attempt(one, DEMO.commission))).toBe('UNAUTHENTICATED');
      expect(codeOf(await attempt(two, DEMO.commission))).toBe('UNAUTHENTICATED');
      expect(codeOf(await attempt(one, DEMO.commission))).toBe('UNAUTHENTICATED');
      expect(codeOf(await attempt(two, DEMO.commission, 'demo-password'))).toBe(
        'TOO_MANY_REQUESTS',
      );
      expect(codeOf(await attempt(two, DEMO.admin, 'demo-password'))).toBeUndefined();
    } finally {
      await two.app.close();
      await one.close();
    }
  });
});
