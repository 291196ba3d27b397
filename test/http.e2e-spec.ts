import { createHash } from 'node:crypto';
import request from 'supertest';
import { startTestApp, TestApp } from './support/test-app';

describe('HTTP around GraphQL', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('GET /health answers 200 when the database is up', async () => {
    const res = await request(t.app.getHttpServer()).get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('serves GraphiQL at /graphql to a browser, with every asset from this server (no CDN)', async () => {
    const server = t.app.getHttpServer();
    const page = await request(server)
      .get('/graphql')
      .set('Accept', 'text/html,application/xhtml+xml');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).not.toMatch(/https?:\/\//);
    const assets = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(assets).toHaveLength(5);
    for (const asset of assets) {
      const res = await request(server).get(asset);
      expect(res.status).toBe(200);
      expect(res.text.length).toBeGreaterThan(asset.endsWith('init.js') ? 100 : 10_000);
    }
    expect((await request(server).get('/graphiql/missing.js')).status).toBe(404);
  });

  it('answers 404 for asset names an object inherits (constructor, __proto__, …)', async () => {
    const server = t.app.getHttpServer();
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      const res = await request(server).get(`/graphiql/${name}`);
      expect({ name, status: res.status }).toEqual({ name, status: 404 });
    }
  });

  it('refuses automatic persisted queries', async () => {
    const query = '{ municipalities { totalCount } }';
    const persistedQuery = {
      version: 1,
      sha256Hash: createHash('sha256').update(query).digest('hex'),
    };
    const registering = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send({ query, extensions: { persistedQuery } });
    expect(registering.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
    expect(registering.body.data).toBeUndefined();
    const byHash = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send({ extensions: { persistedQuery } });
    expect(byHash.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
  });

  it('still answers GraphQL clients at /graphql', async () => {
    const res = await request(t.app.getHttpServer())
      .get('/graphql')
      .query({ query: '{ municipalities { totalCount } }' })
      .set('Accept', 'application/json')
      .set('apollo-require-preflight', 'true');
    expect(res.body.data.municipalities.totalCount).toBe(10);
  });

  it('sends helmet security headers with a CSP that allows only own scripts', async () => {
    const res = await request(t.app.getHttpServer()).get('/graphql').set('Accept', 'text/html');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('refuses a cross-site simple request (CSRF) before it runs', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('Content-Type', 'text/plain')
      .send(JSON.stringify({ query: '{ municipalities { totalCount } }' }));
    expect(res.status).toBe(400);
  });
});

describe('GraphiQL switched off', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ graphiql: false, introspection: false })));
  afterAll(() => t.close());

  it('serves no editor and refuses introspection', async () => {
    const server = t.app.getHttpServer();
    expect((await request(server).get('/graphiql/graphiql.js')).status).toBe(404);
    const page = await request(server).get('/graphql').set('Accept', 'text/html');
    expect(page.text).not.toContain('graphiql');
    const introspection = await t.gql('{ __schema { types { name } } }');
    expect(introspection.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
