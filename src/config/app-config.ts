import { randomBytes } from 'node:crypto';
import { auditKeyProblem, loadAuditKey } from './audit-key';
import { isDevelopment } from './environment';

export const APP_CONFIG = Symbol('APP_CONFIG');

export interface RateLimit {
  limit: number;
  ttlMs: number;
}

export interface AppConfig {
  /** NODE_ENV as given; anything but `development` or `test` gets production's defaults. */
  env: string;
  port: number;
  sqlitePath: string;
  /** A `postgres://` URL selects PostgreSQL instead of the SQLite file. */
  databaseUrl?: string;
  /** PostgreSQL schema to use (default `public`); the tests give each app its own. */
  databaseSchema?: string;
  jwtSecret: string;
  /** Lifetime of a session token; the client renews it with the refresh token. */
  jwtExpiresIn: string;
  /** A session not renewed for this long ends (the idle limit). */
  sessionIdleMinutes: number;
  /** No session outlives this, however often renewed. */
  sessionMaxDays: number;
  /** How long a signed download address (`pdfUrl`, `csvUrl`) opens the file. */
  downloadLinkMinutes: number;
  /** Signs the audit chain (HMAC-SHA256); kept outside the database. See audit-key.ts. */
  auditKey: string;
  demoData: boolean;
  allowDemoData: boolean;
  /** Where the generated schema is written; undefined keeps it in memory. */
  schemaFile?: string;
  logLevel: string;
  /** Login attempts from one client address, whatever the account. */
  loginLimitPerAddress: RateLimit;
  /** Login attempts on one account from one client address. */
  loginLimitPerAccount: RateLimit;
  /** Login attempts on one account from every address together (a distributed guess). */
  loginLimitPerAccountAllAddresses: RateLimit;
  /** Wrong current passwords given to changePassword, per account. */
  passwordChangeLimit: RateLimit;
  /** Express's `trust proxy`: how many proxy hops, or which proxy addresses; 0 trusts none. */
  trustProxy: number | string[];
  /** Serve the GraphiQL page at GET /graphql. */
  graphiql: boolean;
  introspection: boolean;
  /** How long a stopping server keeps accepting connections before it closes its listener. */
  shutdownDelayMs: number;
  /** Where mail goes (`smtp://user:pass@host:587`); none keeps mails in the outbox and the log. */
  smtpUrl?: string;
  /** The sender of every mail, and the domain of its Message-ID. */
  mailFrom: string;
  /** The address people open, for the links in mails. */
  appUrl: string;
  /** How often the outbox is looked at, and the first retry's delay (doubling up to an hour). */
  mailPollMs: number;
  mailRetryBaseMs: number;
  /** Run the daily reminders and digests (at 07:00 Vilnius time, and on start to catch up). */
  dailyJob: boolean;
  /** Moves the sessions' real clock (tests only; never read from the environment). */
  sessionClockShiftMs?: number;
  /** Pins the clock (tests only; never read from the environment). */
  fixedNow?: Date;
}

/** Session tokens are signed with HMAC-SHA256; a shorter key can be guessed offline. */
export const MIN_JWT_SECRET_BYTES = 32;

export { isDevelopment };

function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return !['false', '0', 'no', 'off'].includes(value.toLowerCase());
}

function int(value: string | undefined, fallback: number): number {
  const parsed = value === undefined ? NaN : Number.parseInt(value, 10);
  return Number.isFinite(parsed) ? parsed : fallback;
}

/**
 * TRUST_PROXY: a number of hops or a comma-separated list of proxy addresses (as Express
 * takes them). `true` means one hop: trusting every hop would let a client pick its address
 * by writing X-Forwarded-For itself.
 */
export function trustProxy(value: string | undefined): number | string[] {
  const text = (value ?? '').trim().toLowerCase();
  if (['', 'false', 'no', 'off'].includes(text)) return 0;
  if (['true', 'yes', 'on'].includes(text)) return 1;
  if (/^\d+$/.test(text)) return Number(text);
  const addresses = text
    .split(',')
    .map((address) => address.trim())
    .filter(Boolean);
  return addresses.length ? addresses : 0;
}

/** Reads the configuration from the environment; createApp refuses what is unsafe. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv = env.NODE_ENV ?? '';
  const development = isDevelopment(nodeEnv);
  const windowMs = int(env.LOGIN_LIMIT_WINDOW_MS, 60_000);
  return {
    env: nodeEnv,
    port: int(env.PORT, 3000),
    sqlitePath: env.SQLITE_PATH || 'data/workspace.sqlite',
    databaseUrl: env.DATABASE_URL || undefined,
    databaseSchema: env.DATABASE_SCHEMA || undefined,
    // A development server without a secret gets a fresh one: its sessions end on restart.
    jwtSecret: env.JWT_SECRET || (development ? randomBytes(32).toString('hex') : ''),
    jwtExpiresIn: env.JWT_EXPIRES_IN || '15m',
    sessionIdleMinutes: int(env.SESSION_IDLE_MINUTES, 8 * 60),
    sessionMaxDays: int(env.SESSION_MAX_DAYS, 7),
    downloadLinkMinutes: int(env.DOWNLOAD_LINK_MINUTES, 10),
    auditKey: loadAuditKey(env),
    demoData: bool(env.DEMO_DATA, development),
    allowDemoData: bool(env.ALLOW_DEMO_DATA, false),
    schemaFile: nodeEnv === 'development' ? 'schema.gql' : undefined,
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'silent' : 'info'),
    loginLimitPerAddress: { limit: int(env.LOGIN_LIMIT_PER_ADDRESS, 20), ttlMs: windowMs },
    loginLimitPerAccount: { limit: int(env.LOGIN_LIMIT_PER_ACCOUNT, 5), ttlMs: windowMs },
    loginLimitPerAccountAllAddresses: {
      limit: int(env.LOGIN_LIMIT_PER_ACCOUNT_ALL_ADDRESSES, 100),
      ttlMs: windowMs,
    },
    passwordChangeLimit: { limit: int(env.PASSWORD_CHANGE_LIMIT, 5), ttlMs: windowMs },
    trustProxy: trustProxy(env.TRUST_PROXY),
    graphiql: bool(env.GRAPHIQL, development),
    introspection: bool(env.INTROSPECTION, development),
    shutdownDelayMs: int(env.SHUTDOWN_DELAY_MS, 500),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Prekyba žmonėmis – darbo grupės <noreply@localhost>',
    appUrl: (env.APP_URL || `http://localhost:${int(env.PORT, 3000)}`).replace(/\/+$/, ''),
    mailPollMs: int(env.MAIL_POLL_MS, 5_000),
    mailRetryBaseMs: int(env.MAIL_RETRY_BASE_MS, 30_000),
    dailyJob: bool(env.DAILY_JOB, nodeEnv !== 'test'),
  };
}

/** Why this configuration must not serve requests, or null. */
export function unsafeConfigProblem(config: AppConfig): string | null {
  if (!isDevelopment(config.env) && Buffer.byteLength(config.jwtSecret) < MIN_JWT_SECRET_BYTES) {
    return `JWT_SECRET must be set to at least ${MIN_JWT_SECRET_BYTES} bytes (e.g. \`openssl rand -hex 32\`) unless NODE_ENV is development or test (NODE_ENV is ${JSON.stringify(config.env)}).`;
  }
  if (!isDevelopment(config.env) && config.smtpUrl && isLocalAddress(config.appUrl)) {
    return `APP_URL must be the address people open (e.g. https://thb.example.lt) when SMTP_URL is set: the links in mails use it (APP_URL is ${config.appUrl}).`;
  }
  return auditKeyProblem(config.auditKey);
}

function isLocalAddress(url: string): boolean {
  try {
    return ['localhost', '127.0.0.1', '[::1]'].includes(new URL(url).hostname);
  } catch {
    return true;
  }
}
