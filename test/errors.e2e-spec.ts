import request from 'supertest';
import { codeOf, DEMO, startTestApp, TestApp } from './support/test-app';

const LEAKS = /SQLITE|SELECT|INSERT|municipality_|\.ts:|\.js:|node_modules|at \w+ \(/i;

describe('errors carry a stable extensions.code and never leak internals', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('UNAUTHENTICATED for a protected query without a token', async () => {
    const res = await t.gql('{ me { id } }');
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
  });

  it('UNAUTHENTICATED for a malformed Authorization header', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .set('Authorization', 'Token abc')
      .send({ query: '{ me { id } }' });
    expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('FORBIDDEN for a role the operation does not allow', async () => {
    const res = await t.gql('{ accounts { totalCount } }', {}, await t.login(DEMO.commission));
    expect(codeOf(res)).toBe('FORBIDDEN');
  });

  it('NOT_FOUND for an unknown id', async () => {
    const res = await t.gql('query($id: ID!) { nationalPlan(id: $id) { id } }', {
      id: '6f1c1a3e-0000-4000-8000-000000000000',
    });
    expect(codeOf(res)).toBe('NOT_FOUND');
  });

  it('BAD_USER_INPUT listing every offending field and why', async () => {
    const res = await t.gql(
      'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
      { input: { email: 'not-an-email', password: 'short', fullName: '' } },
      await t.login(DEMO.admin),
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    const fields = res.errors![0].extensions.fields!.map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'password', 'fullName']));
    expect(res.errors![0].extensions.fields!.every((f) => f.message.length > 0)).toBe(true);
  });

  it('CONFLICT for an update naming a stale version', async () => {
    const admin = await t.login(DEMO.admin);
    const accounts = await t.gql(
      '{ accounts(systemRole: MINISTRY) { edges { node { id version } } } }',
      {},
      admin,
    );
    const { id, version } = accounts.data.accounts.edges[0].node;
    const mutation =
      'mutation($input: SetAccountActiveInput!) { setAccountActive(input: $input) { version } }';
    expect(
      (await t.gql(mutation, { input: { accountId: id, active: false, version } }, admin)).errors,
    ).toBeUndefined();
    const stale = await t.gql(mutation, { input: { accountId: id, active: true, version } }, admin);
    expect(codeOf(stale)).toBe('CONFLICT');
  });

  it('GraphQL syntax and unknown fields keep GraphQL own codes', async () => {
    expect(codeOf(await t.gql('{ municipalities { '))).toBe('GRAPHQL_PARSE_FAILED');
    expect(codeOf(await t.gql('{ municipalities { nope } }'))).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('a database failure is a masked INTERNAL_SERVER_ERROR without SQL or stack', async () => {
    await t.dataSource.query('ALTER TABLE municipality RENAME TO municipality_hidden');
    try {
      const res = await t.gql('{ municipalities { totalCount } }');
      expect(codeOf(res)).toBe('INTERNAL_SERVER_ERROR');
      expect(res.errors![0].message).toBe('Internal server error');
      expect(JSON.stringify(res.errors)).not.toMatch(LEAKS);
    } finally {
      await t.dataSource.query('ALTER TABLE municipality_hidden RENAME TO municipality');
    }
    expect(codeOf(await t.gql('{ municipalities { totalCount } }'))).toBeUndefined();
  });

  it('no error message in this file leaked internals', async () => {
    const res = await t.gql('query($id: ID!) { nationalPlan(id: $id) { id } }', {
      id: "1' OR '1'='1",
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors)).not.toMatch(LEAKS);
  });
});
