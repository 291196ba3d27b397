import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApp } from '../src/bootstrap';
import { AppConfig } from '../src/config/app-config';
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
