import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { AppConfig } from '../src/config/app-config';
import { codeOf, DEMO, onPostgres, startTestApp, TestApp } from './support/test-app';

const run = promisify(execFile);

const EVENTS = /* GraphQL */ `
  query Events(
    $entityType: String
    $entityId: ID
    $actorAccountId: ID
    $from: DateTime
    $to: DateTime
    $first: Int
  ) {
    auditEvents(
      entityType: $entityType
      entityId: $entityId
      actorAccountId: $actorAccountId
      from: $from
      to: $to
      first: $first
    ) {
      totalCount
      edges {
        node {
          sequence
          occurredAt
          actorAccountId
          operation
          entityType
          entityId
          before
          after
          prevHash
          hash
        }
      }
    }
  }
`;

const CREATE_ACCOUNT = /* GraphQL */ `
  mutation ($input: CreateAccountInput!) {
    createAccount(input: $input) {
      id
      personId
    }
  }
`;

const VERIFY = '{ auditChainVerification { valid eventCount brokenAtSequence reason } }';

/** Runs `npm run audit:verify`'s script against the test database. */
async function verifyCli(config: AppConfig): Promise<{ code: number; output: string }> {
  const database = config.databaseSchema
    ? { DATABASE_URL: config.databaseUrl, DATABASE_SCHEMA: config.databaseSchema }
    : { SQLITE_PATH: config.sqlitePath };
  try {
    const { stdout } = await run(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', 'src/scripts/verify-audit-chain.ts'],
      { env: { ...process.env, ...database, NODE_ENV: 'test' } },
    );
    return { code: 0, output: stdout };
  } catch (error: any) {
    return { code: error.code, output: `${error.stdout}${error.stderr}` };
  }
}

/** A trigger that makes the account insert fail after the person was written. */
const SQLITE_TRIGGER = [
  `CREATE TRIGGER refuse_account BEFORE INSERT ON account WHEN NEW.email = 'halfway@demo.lt'
   BEGIN SELECT RAISE(ABORT, 'refused by test'); END`,
];
const POSTGRES_TRIGGER = [
  `CREATE FUNCTION refuse_account() RETURNS trigger AS $$ BEGIN
     IF NEW.email = 'halfway@demo.lt' THEN RAISE EXCEPTION 'refused by test'; END IF;
     RETURN NEW; END $$ LANGUAGE plpgsql`,
  `CREATE TRIGGER refuse_account BEFORE INSERT ON account FOR EACH ROW
   EXECUTE FUNCTION refuse_account()`,
];

describe('audit chain', () => {
  let t: TestApp;
  let admin: string;
  let adminId: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login(DEMO.admin);
    adminId = (await t.gql('{ me { id } }', {}, admin)).data.me.id;
    for (let i = 1; i <= 3; i++) {
      const input = {
        email: `audited${i}@demo.lt`,
        password: 'a-long-enough-password',
        fullName: `Audited ${i}`,
      };
      expect((await t.gql(CREATE_ACCOUNT, { input }, admin)).errors).toBeUndefined();
    }
  });
  afterAll(() => t.close());

  it('records who created what, with the after state and no password hash', async () => {
    const created = await t.gql(EVENTS, { entityType: 'Account', actorAccountId: adminId }, admin);
    const event = created.data.auditEvents.edges.find(
      (e: any) => e.node.operation === 'createAccount',
    ).node;
    expect(event).toMatchObject({ actorAccountId: adminId, entityType: 'Account', before: null });
    expect(JSON.parse(event.after)).toMatchObject({
      email: 'audited3@demo.lt',
      systemRole: 'NONE',
    });
    expect(event.after).not.toMatch(/password|argon2/i);
  });

  it('links every event to the previous hash, newest first', async () => {
    const res = await t.gql(EVENTS, { first: 100 }, admin);
    const events = res.data.auditEvents.edges.map((e: any) => e.node);
    expect(events.map((e: any) => e.sequence)).toEqual(
      Array.from({ length: events.length }, (_, i) => events.length - i),
    );
    for (let i = 0; i < events.length - 1; i++) expect(events[i].prevHash).toBe(events[i + 1].hash);
    expect(events[events.length - 1]).toMatchObject({
      sequence: 1,
      prevHash: null,
      operation: 'seedReferenceData',
    });
  });

  it('filters by entity and by period', async () => {
    const account = (await t.gql(EVENTS, { entityType: 'Account', first: 1 }, admin)).data
      .auditEvents.edges[0].node;
    const byEntity = await t.gql(EVENTS, { entityId: account.entityId }, admin);
    expect(
      byEntity.data.auditEvents.edges.every((e: any) => e.node.entityId === account.entityId),
    ).toBe(true);
    const future = await t.gql(
      EVENTS,
      { from: new Date(Date.now() + 60_000).toISOString() },
      admin,
    );
    expect(future.data.auditEvents.totalCount).toBe(0);
    const past = await t.gql(EVENTS, { to: new Date(Date.now() + 60_000).toISOString() }, admin);
    expect(past.data.auditEvents.totalCount).toBeGreaterThan(5);
  });

  it('is readable by administrators, the Ministry and the Commission only', async () => {
    for (const email of [DEMO.ministry, DEMO.commission]) {
      expect((await t.gql(EVENTS, {}, await t.login(email))).errors).toBeUndefined();
    }
    const plain = await t.login('audited1@demo.lt', 'a-long-enough-password');
    expect(codeOf(await t.gql(EVENTS, {}, plain))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(VERIFY, {}, plain))).toBe('FORBIDDEN');
  });

  it('writes nothing when a mutation fails half-way: the change and its audit roll back together', async () => {
    const count = async (table: string) =>
      Number((await t.sql(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
    const before = {
      person: await count('person'),
      account: await count('account'),
      audit: await count('audit_event'),
    };
    // The person row is written first; the account insert then fails inside the same transaction.
    for (const statement of onPostgres ? POSTGRES_TRIGGER : SQLITE_TRIGGER) await t.sql(statement);
    try {
      const input = {
        email: 'halfway@demo.lt',
        password: 'a-long-enough-password',
        fullName: 'Half Way',
      };
      const res = await t.gql(CREATE_ACCOUNT, { input }, admin);
      expect(codeOf(res)).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      const drop = onPostgres
        ? ['DROP TRIGGER refuse_account ON account', 'DROP FUNCTION refuse_account()']
        : ['DROP TRIGGER refuse_account'];
      for (const statement of drop) await t.sql(statement);
    }
    expect({
      person: await count('person'),
      account: await count('account'),
      audit: await count('audit_event'),
    }).toEqual(before);
  });

  describe('tampering is caught by npm run audit:verify and auditChainVerification', () => {
    const row = async (sequence: number) =>
      (await t.sql('SELECT * FROM audit_event WHERE sequence = ?', [sequence]))[0];

    it('passes an untouched chain', async () => {
      const cli = await verifyCli(t.config);
      expect(cli).toMatchObject({ code: 0, output: expect.stringContaining('intact') });
      expect((await t.gql(VERIFY, {}, admin)).data.auditChainVerification.valid).toBe(true);
    });

    it('catches an edited event', async () => {
      const original = await row(3);
      await t.sql('UPDATE audit_event SET after = ? WHERE sequence = 3', [
        '{"email":"forged@demo.lt"}',
      ]);
      try {
        const cli = await verifyCli(t.config);
        expect(cli.code).toBe(2);
        expect(cli.output).toContain(`#3 (id ${original.id})`);
        expect(cli.output).toContain('edited');
        expect(cli.output).toContain('2 event(s) before it verify');
        expect((await t.gql(VERIFY, {}, admin)).data.auditChainVerification).toMatchObject({
          valid: false,
          brokenAtSequence: 3,
        });
      } finally {
        await t.sql('UPDATE audit_event SET after = ? WHERE sequence = 3', [original.after]);
      }
    });

    it('catches a deleted event', async () => {
      const original = await row(3);
      await t.sql('DELETE FROM audit_event WHERE sequence = 3');
      try {
        const cli = await verifyCli(t.config);
        expect(cli.code).toBe(2);
        expect(cli.output).toMatch(/#4 .*missing/);
      } finally {
        const columns = Object.keys(original);
        await t.sql(
          `INSERT INTO audit_event (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
          Object.values(original),
        );
      }
    });

    it('catches reordered events', async () => {
      const swap = async () => {
        await t.sql('UPDATE audit_event SET sequence = -1 WHERE sequence = 2');
        await t.sql('UPDATE audit_event SET sequence = 2 WHERE sequence = 3');
        await t.sql('UPDATE audit_event SET sequence = 3 WHERE sequence = -1');
      };
      await swap();
      try {
        const cli = await verifyCli(t.config);
        expect(cli.code).toBe(2);
        expect(cli.output).toMatch(/#2 .*(reordered|edited)/);
      } finally {
        await swap();
      }
      expect((await verifyCli(t.config)).code).toBe(0);
    });
  });
});
