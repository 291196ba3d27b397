import request from 'supertest';
import { loadConfig } from '../src/config/app-config';
import { codeOf, DEMO, DEMO_PASSWORD, LOGIN, startTestApp, TestApp } from './support/test-app';

const attempt = (t: TestApp, email: string, password = 'wrong-password') =>
  t.gql(LOGIN, { input: { email, password } });

/** A login through a proxy that appended `forwardedFor` to the X-Forwarded-For header. */
const attemptVia = async (
  t: TestApp,
  forwardedFor: string,
  email: string,
  password = 'wrong-password',
) => {
  const res = await request(t.app.getHttpServer())
    .post('/graphql')
    .set('Content-Type', 'application/json')
    .set('X-Forwarded-For', forwardedFor)
    .send({ query: LOGIN, variables: { input: { email, password } } });
  return { status: res.status, data: res.body.data, errors: res.body.errors };
};

const counters = (t: TestApp) =>
  t.sql('SELECT key, hits, window_ends FROM rate_limit_counter ORDER BY key');

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

  it('refuses a throttled attempt before writing anything', async () => {
    const before = await counters(t);
    expect(before.length).toBeGreaterThan(0);
    expect(codeOf(await attempt(t, DEMO.ministry))).toBe('TOO_MANY_REQUESTS');
    expect(await counters(t)).toEqual(before);
  });

  it('stops an address that sprays many accounts', async () => {
    // Three attempts were counted from this address (refused ones are not); two more reach five.
    for (const email of ['first-guess@demo.lt', 'second-guess@demo.lt']) {
      expect(codeOf(await attempt(t, email))).toBe('UNAUTHENTICATED');
    }
    // Every further one is refused, whatever the account.
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

describe('login rate limits behind a proxy (TRUST_PROXY=1)', () => {
  let t: TestApp;
  const PROXIED = '203.0.113.7';

  beforeAll(async () => {
    t = await startTestApp({
      trustProxy: loadConfig({ NODE_ENV: 'test', TRUST_PROXY: '1' }).trustProxy,
      loginLimitPerAddress: { limit: 4, ttlMs: 60_000 },
      loginLimitPerAccount: { limit: 3, ttlMs: 60_000 },
      loginLimitPerAccountAllAddresses: { limit: 6, ttlMs: 60_000 },
    });
  });
  afterAll(() => t.close());

  it('treats TRUST_PROXY=true as one hop, never every hop', () => {
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 10.0.0.2' }).trustProxy).toEqual([
      '10.0.0.1',
      '10.0.0.2',
    ]);
    expect(loadConfig({}).trustProxy).toBe(0);
  });

  it('counts the address the proxy saw, however the client rotates X-Forwarded-For', async () => {
    const answers = [];
    for (let i = 1; i <= 5; i++) {
      // The client writes its own entries; the proxy appends the address it saw last.
      const chain = `10.${i}.0.1, 198.51.100.${i}, ${PROXIED}`;
      answers.push(codeOf(await attemptVia(t, chain, `nobody${i}@demo.lt`)));
    }
    expect(answers).toEqual([...Array(4).fill('UNAUTHENTICATED'), 'TOO_MANY_REQUESTS']);
  });

  it("does not lock an account's owner out: guesses from one address stop only there", async () => {
    const attacker = '198.51.100.66';
    for (let i = 0; i < 3; i++) {
      expect(codeOf(await attemptVia(t, attacker, DEMO.ministry))).toBe('UNAUTHENTICATED');
    }
    const blocked = await attemptVia(t, attacker, DEMO.ministry, DEMO_PASSWORD);
    expect(codeOf(blocked)).toBe('TOO_MANY_REQUESTS');

    const owner = await attemptVia(t, '192.0.2.10', DEMO.ministry, DEMO_PASSWORD);
    expect(owner.errors).toBeUndefined();
    expect(owner.data.login.token).toBeTruthy();
  });

  it('stops guesses at one account from many addresses at the higher account-wide limit', async () => {
    // The ministry account has 4 counted attempts (3 guesses, the owner's login).
    const answers = [];
    for (let i = 1; i <= 3; i++) {
      answers.push(codeOf(await attemptVia(t, `192.0.2.${100 + i}`, DEMO.ministry)));
    }
    expect(answers).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS']);
  });

  it('deletes the counters of ended windows', async () => {
    expect((await counters(t)).length).toBeGreaterThan(5);
    t.config.fixedNow = new Date(Date.now() + 10 * 60_000);
    expect(codeOf(await attemptVia(t, '192.0.2.200', DEMO.commission))).toBe('UNAUTHENTICATED');
    // Only the three counters of this last attempt are left.
    expect(await counters(t)).toHaveLength(3);
  });
});
