import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { canonicalForm } from '../src/audit/audit-chain';
import { AuditEvent } from '../src/audit/audit-event.entity';
import { ServerDatabase, verifyAuditChainCli } from './support/server-process';
import { codeOf, DEMO, startTestApp, TestApp } from './support/test-app';

const run = promisify(execFile);

const VERIFY = /* GraphQL */ `
  query ($head: String) {
    auditChainVerification(head: $head) {
      valid
      eventCount
      unkeyedEventCount
      brokenAtSequence
      reason
      head
      headSequence
      headHash
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

const SEALS = /* GraphQL */ `
  {
    auditEvents(entityType: "AuditChain") {
      edges {
        node {
          sequence
          operation
          after
        }
      }
    }
  }
`;

/** The plain SHA-256 anyone can compute: what the chain used before it had a key. */
const sha256 = (event: AuditEvent) =>
  createHash('sha256').update(canonicalForm(event)).digest('hex');

const databaseOf = (t: TestApp): ServerDatabase =>
  t.config.databaseSchema
    ? { engine: 'postgres', url: t.config.databaseUrl!, schema: t.config.databaseSchema }
    : { engine: 'sqlite', path: t.config.sqlitePath };

/** The same database again, in a new app (a restart). */
const sameDatabase = (t: TestApp) => ({
  sqlitePath: t.config.sqlitePath,
  databaseUrl: t.config.databaseUrl,
  databaseSchema: t.config.databaseSchema,
});

describe('the audit chain is keyed (AUDIT_KEY) and its head can be checked later', () => {
  let t: TestApp;
  let admin: string;
  let accounts = 0;
  const events = () => t.dataSource.getRepository(AuditEvent).find({ order: { sequence: 'ASC' } });
  const cli = (args: string[] = [], env: Record<string, string> = {}) =>
    verifyAuditChainCli(databaseOf(t), args, env);
  const verify = async (head?: string) =>
    (await t.gql(VERIFY, { head }, admin)).data.auditChainVerification;
  const createAccount = () =>
    t.gql(
      CREATE_ACCOUNT,
      {
        input: {
          email: `keyed${++accounts}@demo.lt`,
          password: 'a-long-enough-password',
          fullName: `Keyed ${accounts}`,
        },
      },
      admin,
    );

  /**
   * What someone who can write the database but has no key does: changes an event, then
   * recomputes its hash and every later one with plain SHA-256. Returns the rows as they were.
   */
  async function rewriteWithoutKey(fromSequence: number, forge = true): Promise<AuditEvent[]> {
    const repository = t.dataSource.getRepository(AuditEvent);
    const chain = await events();
    const originals = chain.map((event) => ({ ...event }));
    let prevHash = fromSequence > 1 ? chain[fromSequence - 2].hash : null;
    for (const event of chain.slice(fromSequence - 1)) {
      if (forge && event.sequence === fromSequence) event.after = '{"email":"forged@demo.lt"}';
      event.prevHash = prevHash;
      event.hash = sha256(event);
      prevHash = event.hash;
      await repository.update(event.id, {
        after: event.after,
        prevHash: event.prevHash,
        hash: event.hash,
      });
    }
    return originals;
  }

  async function restore(originals: AuditEvent[]) {
    const repository = t.dataSource.getRepository(AuditEvent);
    await repository.clear();
    await repository.insert(originals);
  }

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login(DEMO.admin);
    for (let i = 0; i < 3; i++) expect((await createAccount()).errors).toBeUndefined();
  });
  afterAll(() => t.close());

  it('exports the head of an intact chain, the same by GraphQL and by npm run audit:head', async () => {
    const newest = (await events()).at(-1)!;
    const verification = await verify();
    expect(verification).toMatchObject({
      valid: true,
      unkeyedEventCount: 0,
      head: `${newest.sequence}:${newest.hash}`,
      headSequence: newest.sequence,
      headHash: newest.hash,
    });
    expect(await cli(['--print-head'])).toEqual({ code: 0, output: `${verification.head}\n` });
    const intact = await cli();
    expect(intact.code).toBe(0);
    expect(intact.output).toContain(`Head: ${verification.head}`);
  });

  it('catches an event rewritten with every later hash recomputed by plain SHA-256', async () => {
    const originals = await rewriteWithoutKey(4);
    try {
      const broken = await cli();
      expect(broken.code).toBe(2);
      expect(broken.output).toMatch(/BROKEN at event #4 .*without the audit key/);
      expect(await verify()).toMatchObject({ valid: false, brokenAtSequence: 4, head: null });
      // Nothing is written on top of a chain that ends in an unkeyed event.
      expect(codeOf(await createAccount())).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await restore(originals);
    }
    expect((await cli()).code).toBe(0);
  });

  it('catches the whole chain recomputed with plain SHA-256', async () => {
    const originals = await rewriteWithoutKey(1);
    try {
      const broken = await cli();
      expect(broken.code).toBe(2);
      expect(broken.output).toContain('the newest event is not keyed');
    } finally {
      await restore(originals);
    }
  });

  it('checks with the key from AUDIT_KEY: another key does not verify', async () => {
    const other = await cli([], { AUDIT_KEY: 'another-key-that-is-long-enough-32-bytes' });
    expect(other.code).toBe(2);
    expect(other.output).toMatch(/BROKEN at event #1 .*another AUDIT_KEY/);
  });

  it('catches removed newest events given the head exported before', async () => {
    const { head, headSequence } = await verify();
    expect((await createAccount()).errors).toBeUndefined();
    // A chain that went on since the export still reaches the exported head.
    expect(await cli(['--head', head])).toMatchObject({ code: 0 });
    expect(await verify(head)).toMatchObject({ valid: true });

    const originals = await events();
    await t.sql('DELETE FROM audit_event WHERE sequence >= ?', [headSequence - 1]);
    try {
      // Without the head, a shortened chain looks whole: that is what the head is for.
      expect((await cli()).code).toBe(0);
      const truncated = await cli([`--head=${head}`]);
      expect(truncated.code).toBe(2);
      expect(truncated.output).toContain(
        `BROKEN at event #${headSequence}: the exported head is gone: the chain ends at #${headSequence - 2}`,
      );
      expect(await verify(head)).toMatchObject({
        valid: false,
        brokenAtSequence: headSequence,
        reason: expect.stringContaining('newest events were removed'),
      });
    } finally {
      await restore(originals);
    }
  });

  it('answers with exit code 1 when it cannot check, and BAD_USER_INPUT for a malformed head', async () => {
    expect(await cli(['--head', 'latest'])).toMatchObject({
      code: 1,
      output: expect.stringContaining('--head needs sequence:hash'),
    });
    expect(await cli(['--everything'])).toMatchObject({ code: 1 });
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(64), AUDIT_KEY: '' };
    expect(await cli([], production)).toMatchObject({
      code: 1,
      output: expect.stringContaining('AUDIT_KEY must be set'),
    });
    const res = await t.gql(VERIFY, { head: 'latest' }, admin);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions.fields).toEqual([
      { field: 'head', rule: 'INVALID_FORMAT', message: expect.stringContaining('sequence:hash') },
    ]);
  });

  describe('a database from before the chain had a key', () => {
    it('is sealed at start-up; rewriting its old events is caught afterwards', async () => {
      // Make the chain look as the code before the key wrote it: plain SHA-256 throughout.
      const keyed = await events();
      await rewriteWithoutKey(1, false);
      await t.app.close();
      t = await startTestApp(sameDatabase(t));
      admin = await t.login(DEMO.admin);

      const sealed = await verify();
      expect(sealed).toMatchObject({ valid: true, unkeyedEventCount: keyed.length });
      const seals = (await t.gql(SEALS, {}, admin)).data.auditEvents.edges;
      expect(seals.map((e: any) => e.node)).toEqual([
        expect.objectContaining({ sequence: keyed.length + 1, operation: 'sealAuditChain' }),
      ]);
      expect(JSON.parse(seals[0].node.after)).toMatchObject({ sealedEvents: keyed.length });
      expect((await createAccount()).errors).toBeUndefined();

      // The old events' own hashes need no key, but the seal's hash covers them.
      const repository = t.dataSource.getRepository(AuditEvent);
      const third = (await events())[2];
      const before = third.after;
      await repository.update(third.id, { after: '{"email":"forged@demo.lt"}' });
      third.after = '{"email":"forged@demo.lt"}';
      await repository.update(third.id, { hash: sha256(third) });
      try {
        expect(await verify()).toMatchObject({ valid: false, brokenAtSequence: 4 });
      } finally {
        third.after = before;
        await repository.update(third.id, { after: before, hash: sha256(third) });
      }
      expect(await verify()).toMatchObject({ valid: true });
    });

    it('sealing again after a rewrite without the key is caught by a head exported before', async () => {
      const { head, headSequence } = await verify();
      const originals = await rewriteWithoutKey(2);
      await t.app.close();
      t = await startTestApp(sameDatabase(t));
      admin = await t.login(DEMO.admin);
      try {
        // The restart sealed the rewritten chain as if it predated the key: only a head kept
        // outside the database shows it.
        expect((await cli()).code).toBe(0);
        const caught = await cli(['--head', head]);
        expect(caught.code).toBe(2);
        expect(caught.output).toMatch(
          new RegExp(`BROKEN at event #${headSequence} .*differs from the exported head`),
        );
      } finally {
        await restore(originals);
      }
      expect((await cli(['--head', head])).code).toBe(0);
    });
  });
});

describe('start-up without AUDIT_KEY', () => {
  it('is refused when NODE_ENV is not development or test', async () => {
    const start = run(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        JWT_SECRET: 'x'.repeat(64),
        AUDIT_KEY: '',
        DEMO_DATA: 'false',
      },
      // A server that starts anyway would listen for ever.
      timeout: 25_000,
      killSignal: 'SIGKILL',
    });
    await expect(start).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('AUDIT_KEY must be set'),
    });
  });
});
