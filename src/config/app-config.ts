import { randomBytes } from 'node:crypto';
import { loadAuditKey } from './audit-key';

export const APP_CONFIG = Symbol('APP_CONFIG');

export interface RateLimit {
  limit: number;
  ttlMs: number;
}

export interface AppConfig {
  env: string;
  port: number;
  sqlitePath: string;
  /** A `postgres://` URL selects PostgreSQL instead of the SQLite file. */
  databaseUrl?: string;
  /** PostgreSQL schema to use (default `public`); the tests give each app its own. */
  databaseSchema?: string;
  jwtSecret: string;
  jwtExpiresIn: string;
  /** Signs the audit chain (HMAC-SHA256); kept outside the database. See audit-key.ts. */
  auditKey: string;
  demoData: boolean;
  allowDemoData: boolean;
  /** Where the generated schema is written; undefined keeps it in memory. */
  schemaFile?: string;
  logLevel: string;
  loginLimitPerAddress: RateLimit;
  loginLimitPerAccount: RateLimit;
  trustProxy: boolean;
  /** Serve the GraphiQL page at GET /graphql. */
  graphiql: boolean;
  introspection: boolean;
  /** How long a stopping server keeps accepting connections before it closes its listener. */
  shutdownDelayMs: number;
  /** Pins the clock (tests only; never read from the environment). */
  fixedNow?: Date;
}

const DEV_JWT_SECRET = 'dev-only-secret-change-me';

function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return !['false', '0', 'no', 'off'].includes(value.toLowerCase());
}

function int(value: string | undefined, fallback: number): number {
  const parsed = value === undefined ? NaN : Number.parseInt(value, 10);
  return Number.isFinite(parsed) ? parsed : fallback;
}

/** Reads the configuration from the environment; throws when production is misconfigured. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv = env.NODE_ENV ?? 'development';
  const production = nodeEnv === 'production';
  if (production && !env.JWT_SECRET) {
    throw new Error('JWT_SECRET must be set when NODE_ENV=production.');
  }
  return {
    env: nodeEnv,
    port: int(env.PORT, 3000),
    sqlitePath: env.SQLITE_PATH || 'data/workspace.sqlite',
    databaseUrl: env.DATABASE_URL || undefined,
    databaseSchema: env.DATABASE_SCHEMA || undefined,
    jwtSecret:
      env.JWT_SECRET || (nodeEnv === 'test' ? randomBytes(32).toString('hex') : DEV_JWT_SECRET),
    jwtExpiresIn: env.JWT_EXPIRES_IN || '8h',
    auditKey: loadAuditKey(env),
    demoData: bool(env.DEMO_DATA, true),
    allowDemoData: bool(env.ALLOW_DEMO_DATA, false),
    schemaFile: production || nodeEnv === 'test' ? undefined : 'schema.gql',
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'silent' : 'info'),
    loginLimitPerAddress: {
      limit: int(env.LOGIN_LIMIT_PER_ADDRESS, 20),
      ttlMs: int(env.LOGIN_LIMIT_WINDOW_MS, 60_000),
    },
    loginLimitPerAccount: {
      limit: int(env.LOGIN_LIMIT_PER_ACCOUNT, 5),
      ttlMs: int(env.LOGIN_LIMIT_WINDOW_MS, 60_000),
    },
    trustProxy: bool(env.TRUST_PROXY, false),
    graphiql: bool(env.GRAPHIQL, true),
    introspection: bool(env.INTROSPECTION, true),
    shutdownDelayMs: int(env.SHUTDOWN_DELAY_MS, 500),
  };
}
