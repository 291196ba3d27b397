import { createHmac } from 'node:crypto';
import { loadConfig } from '../src/config/app-config';
import { codeOf, DEMO, startTestApp, TestApp } from './support/test-app';

const ME = '{ me { email } }';

/** The development secret every copy of the code once fell back to. */
const PUBLISHED_SECRET = 'dev-only-secret-change-me';

const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Signs claims by hand, so a test can choose any header and any claims. */
function sign(claims: object, secret: string, alg: 'HS256' | 'HS512' | 'none' = 'HS256') {
  const unsigned = `${part({ alg, typ: 'JWT' })}.${part(claims)}`;
  if (alg === 'none') return `${unsigned}.`;
  const hash = alg === 'HS256' ? 'sha256' : 'sha512';
  return `${unsigned}.${createHmac(hash, secret).update(unsigned).digest('base64url')}`;
}

describe('session tokens', () => {
  let t: TestApp;
  let claims: { sub: string; tv: number; sid: string; exp: number };

  beforeAll(async () => {
    // The secret a development server without JWT_SECRET runs with.
    t = await startTestApp({ jwtSecret: loadConfig({ NODE_ENV: 'development' }).jwtSecret });
    const issued = await t.login(DEMO.admin);
    const { sub, tv, sid } = JSON.parse(Buffer.from(issued.split('.')[1], 'base64url').toString());
    claims = { sub, tv, sid, exp: Math.floor(Date.now() / 1000) + 3600 };
  });
  afterAll(() => t.close());

  it('accepts the claims this server issues, signed with its secret', async () => {
    const res = await t.gql(ME, {}, sign(claims, t.config.jwtSecret));
    expect(res.data.me.email).toBe(DEMO.admin);
  });

  it('refuses a token signed with the once-published development secret', async () => {
    expect(codeOf(await t.gql(ME, {}, sign(claims, PUBLISHED_SECRET)))).toBe('UNAUTHENTICATED');
  });

  const malformed: [string, (c: typeof claims) => object][] = [
    ['without sub', ({ sub: _s, ...rest }) => rest],
    ['with sub null', (c) => ({ ...c, sub: null })],
    ['with a sub that is not a UUID', (c) => ({ ...c, sub: 'admin@demo.lt' })],
    ['with a numeric sub', (c) => ({ ...c, sub: 1 })],
    ['without exp', ({ exp: _e, ...rest }) => rest],
    ['without tv', ({ tv: _t, ...rest }) => rest],
    ['with tv as a string', (c) => ({ ...c, tv: String(c.tv) })],
    ['with a fractional tv', (c) => ({ ...c, tv: c.tv + 0.5 })],
    ['without sid (no session)', ({ sid: _s, ...rest }) => rest],
    ['with a sid that is not a UUID', (c) => ({ ...c, sid: 'session-1' })],
    ['with the sid of no session', (c) => ({ ...c, sid: '00000000-0000-4000-8000-000000000000' })],
  ];

  it.each(malformed)('refuses a correctly signed token %s', async (_what, change) => {
    const res = await t.gql(ME, {}, sign(change(claims), t.config.jwtSecret));
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
  });

  it.each(['none', 'HS512'] as const)('refuses a token whose algorithm is %s', async (alg) => {
    const res = await t.gql(ME, {}, sign(claims, t.config.jwtSecret, alg));
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
  });
});
