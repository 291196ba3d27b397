/**
 * Issue 12, item 6: a calendar address is a credential, so the request log of the real server
 * never holds it (neither the URL nor the route parameters).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createServerDatabase,
  dropServerDatabase,
  ServerDatabase,
  ServerProcess,
  startServerProcess,
} from './support/server-process';

describe('Request log', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thb-log-'));
  let database: ServerDatabase | undefined;
  let server: ServerProcess | undefined;

  afterAll(async () => {
    await server?.kill();
    rmSync(dir, { recursive: true, force: true });
    if (database) await dropServerDatabase(database);
  });

  it('writes calendar requests without their secret', async () => {
    database = await createServerDatabase(join(dir, 'workspace.sqlite'));
    server = await startServerProcess(database, { LOG_LEVEL: 'info' });
    const token = await server.login('member.vilnius@demo.lt');
    const created = await server.gql(`mutation { createCalendarToken { token path } }`, {}, token);
    const { token: secret, path } = created.data.createCalendarToken;

    const res = await fetch(`http://127.0.0.1:${server.port}${path}?x=1`);
    expect(res.status).toBe(200);
    const unknown = await fetch(`http://127.0.0.1:${server.port}/calendar/${'z'.repeat(43)}.ics`);
    expect(unknown.status).toBe(404);
    await new Promise((resolve) => setTimeout(resolve, 200));

    const log = server.output();
    expect(log).toContain('/calendar/[secret]');
    expect(log).not.toContain(secret);
    expect(log).not.toContain('z'.repeat(43));
  });
});
