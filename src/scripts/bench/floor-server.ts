import { readFileSync } from 'node:fs';
import { createServer, IncomingMessage } from 'node:http';
import { Pool } from 'pg';
import sqlite3 from 'sqlite3';
import { postgresSessionOptions } from '../../database/data-source-options';
import { useUtcTimestamps } from '../../database/postgres-time';
import { buildFloorAnswer, describeStatement, Row, StatementRows } from './floor-pages';

/** What the benchmark hands the floor server: where the data is and each page's statements. */
export interface FloorSpec {
  sqlitePath?: string;
  databaseUrl?: string;
  databaseSchema?: string;
  pages: Record<string, { statements: { sql: string; params: unknown[] }[]; variables: Row }>;
}

type Run = (sql: string, params: unknown[]) => Promise<Row[]>;

/** The same driver as the app's, set up as the app sets it up (UTC instants, date text). */
function openDatabase(spec: FloorSpec): Run {
  if (spec.databaseUrl) {
    useUtcTimestamps();
    const options = postgresSessionOptions(spec.databaseSchema);
    const pool = new Pool({ connectionString: spec.databaseUrl, options });
    return async (sql, params) => (await pool.query(sql, params)).rows as Row[];
  }
  const db = new sqlite3.Database(spec.sqlitePath!);
  return (sql, params) =>
    new Promise((resolve, reject) =>
      db.all(sql, params, (error, rows) => (error ? reject(error) : resolve(rows as Row[]))),
    );
}

const body = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });

/**
 * The data floor of the benchmark: a plain `http` server that answers `POST /<page>` by
 * running the statements the GraphQL server ran for that page, one after another on the same
 * driver, and writing the same JSON built by hand. Prints its port once listening.
 */
function main() {
  const spec = JSON.parse(readFileSync(process.argv[2], 'utf8')) as FloorSpec;
  const run = openDatabase(spec);
  const server = createServer(async (req, res) => {
    try {
      JSON.parse(await body(req));
      const page = spec.pages[(req.url ?? '').slice(1)];
      if (!page) throw new Error(`No page ${req.url}`);
      const results: StatementRows[] = [];
      for (const { sql, params } of page.statements) {
        results.push({ ...describeStatement(sql), rows: await run(sql, params) });
      }
      const answer = buildFloorAnswer(req.url!.slice(1), results, page.variables);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer));
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    }
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address() as { port: number };
    console.log(`floor listening ${address.port}`);
  });
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
}

main();
