import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApp } from '../src/bootstrap';
import { AppConfig, loadConfig } from '../src/config/app-config';
import {
  createServerDatabase,
  dropServerDatabase,
  ServerDatabase,
  startServerProcess,
} from './support/server-process';
import {
  DEMO,
  dropTestDatabase,
  LOGIN,
  prepareTestDatabase,
  startTestApp,
  testConfig,
} from './support/test-app';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

describe('demo accounts in production', () => {
  const configs: AppConfig[] = [];
  const prepared = async (overrides: Partial<AppConfig>) => {
    const config = testConfig(overrides);
    configs.push(config);
    await prepareTestDatabase(config);
    return config;
  };
  afterAll(async () => {
    for (const config of configs) await dropTestDatabase(config);
  });

  it('refuses to start in production with demo data on, and says why', async () => {
    const config = await prepared({ env: 'production', demoData: true });
    await expect(createApp(config)).rejects.toThrow(
      /demo data is on in production.*DEMO_DATA=false/,
    );
  });

  it('refuses a production start on a database that still holds demo accounts', async () => {
    const config = await prepared({});
    const demo = await startTestApp(config);
    await demo.app.close();
    await expect(createApp({ ...config, env: 'production', demoData: false })).rejects.toThrow(
      /demo account\(s\).*ALLOW_DEMO_DATA=true/,
    );
    const allowed = await createApp({
      ...config,
      env: 'production',
      demoData: true,
      allowDemoData: true,
    });
    await allowed.close();
  });

  it('starts in production without demo data', async () => {
    const app = await createApp(await prepared({ env: 'production', demoData: false }));
    const res = await request(app.getHttpServer())
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send({
        query: LOGIN,
        variables: { input: { email: DEMO.admin, password: 'demo-password' } },
      });
    expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    await app.close();
  });
});

describe('the token signing secret', () => {
  const configs: AppConfig[] = [];
  afterAll(async () => {
    for (const config of configs) await dropTestDatabase(config);
  });
  /** The settings loadConfig reads from `env`, on a test database. */
  const configFrom = (env: NodeJS.ProcessEnv) => {
    const { env: nodeEnv, jwtSecret, demoData } = loadConfig(env);
    const config = testConfig({ env: nodeEnv, jwtSecret, demoData });
    configs.push(config);
    return config;
  };

  it.each([[undefined], [''], ['prod'], ['Production'], ['production'], ['staging']])(
    'is required to start with NODE_ENV %p',
    async (nodeEnv) => {
      await expect(createApp(configFrom({ NODE_ENV: nodeEnv }))).rejects.toThrow(
        /JWT_SECRET must be set to at least 32 bytes/,
      );
    },
  );

  it('must be at least 32 bytes outside development', async () => {
    const short = configFrom({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(31) });
    await expect(createApp(short)).rejects.toThrow(/JWT_SECRET/);
    const enough = configFrom({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) });
    await prepareTestDatabase(enough);
    await (await createApp(enough)).close();
  });

  it('may be left out in development and in tests, which get a fresh random one', () => {
    for (const NODE_ENV of ['development', 'test']) {
      const { jwtSecret } = loadConfig({ NODE_ENV });
      expect(Buffer.byteLength(jwtSecret)).toBeGreaterThanOrEqual(32);
      expect(jwtSecret).not.toBe(loadConfig({ NODE_ENV }).jwtSecret);
    }
  });
});

describe('the real server without NODE_ENV or outside development', () => {
  let dir: string;
  const databases: ServerDatabase[] = [];
  const database = async () => {
    const made = await createServerDatabase(join(dir, `${databases.length}.sqlite`));
    databases.push(made);
    return made;
  };
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'thb-production-'))));
  afterAll(async () => {
    for (const made of databases) await dropServerDatabase(made);
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses to start without JWT_SECRET when NODE_ENV is not set', async () => {
    const start = startServerProcess(await database(), {
      NODE_ENV: undefined,
      JWT_SECRET: undefined,
    });
    await expect(start).rejects.toThrow(/exited with 1[\s\S]*JWT_SECRET must be set/);
  }, 60_000);

  it('starts in production without demo data, GraphiQL or introspection unless asked', async () => {
    const server = await startServerProcess(await database(), {
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(32).toString('hex'),
      AUDIT_KEY: randomBytes(32).toString('hex'),
      DEMO_DATA: undefined,
      GRAPHIQL: undefined,
      INTROSPECTION: undefined,
    });
    try {
      const base = `http://127.0.0.1:${server.port}`;
      const page = await request(base).get('/graphql').set('Accept', 'text/html');
      expect(page.text).not.toMatch(/graphiql/i);
      expect((await request(base).get('/graphiql/graphiql.js')).status).toBe(404);
      const introspection = await server.gql('{ __schema { types { name } } }');
      expect(introspection.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const demo = await server.gql(LOGIN, {
        input: { email: DEMO.admin, password: 'demo-password' },
      });
      expect(demo.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    } finally {
      await server.stop();
    }
  }, 60_000);

  it('turns GraphiQL, introspection and demo data on outside development only when asked', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) };
    expect(loadConfig(production)).toMatchObject({
      graphiql: false,
      introspection: false,
      demoData: false,
    });
    const asked = { ...production, GRAPHIQL: 'true', INTROSPECTION: 'true', DEMO_DATA: 'true' };
    expect(loadConfig(asked)).toMatchObject({
      graphiql: true,
      introspection: true,
      demoData: true,
    });
    expect(loadConfig({ NODE_ENV: 'development' })).toMatchObject({
      graphiql: true,
      introspection: true,
      demoData: true,
    });
  });
});

describe('the real server process', () => {
  let child: ChildProcess;
  let output = '';

  afterAll(() => child?.kill('SIGKILL'));

  it('starts with `node src/main.ts`, finishes requests in flight on SIGTERM and exits cleanly', async () => {
    const port = await freePort();
    const sqlitePath = join(mkdtempSync(join(tmpdir(), 'thb-process-')), 'workspace.sqlite');
    child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
      env: {
        ...process.env,
        // This process test runs on a SQLite file, also when the suite runs on PostgreSQL.
        DATABASE_URL: '',
        PORT: String(port),
        SQLITE_PATH: sqlitePath,
        NODE_ENV: 'development',
        LOG_LEVEL: 'info',
        LOGIN_LIMIT_PER_ACCOUNT: '100',
      },
    });
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    for (let i = 0; i < 200 && !output.includes('Workspace ready'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(output).toContain('Workspace ready');

    // Several logins keep argon2 busy, so they are still running when SIGTERM arrives.
    const logins = Array.from({ length: 6 }, () =>
      request(`http://127.0.0.1:${port}`)
        .post('/graphql')
        .set('Content-Type', 'application/json')
        .send({
          query: LOGIN,
          variables: { input: { email: DEMO.admin, password: 'demo-password' } },
        }),
    );
    const responses = Promise.all(logins);
    await new Promise((resolve) => setTimeout(resolve, 30));
    child.kill('SIGTERM');

    const answered = await responses;
    expect(answered.every((res) => res.status === 200 && res.body.data.login.token)).toBe(true);
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(output).toContain('finishing requests in flight');
    expect(output).toContain('Shut down cleanly');
  }, 60_000);
});
