import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import sqlite3 from 'sqlite3';
import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { POSTGRES_MIGRATIONS } from './migrations/postgres';
import { useUtcTimestamps } from './postgres-time';
import { SearchTextSubscriber } from './search-text';

export interface DatabaseSettings {
  sqlitePath: string;
  databaseUrl?: string;
  databaseSchema?: string;
  logging?: boolean;
}

/**
 * sqlite3 as it is: TypeORM calls `verbose()` on the driver, whose long stack traces capture a
 * stack and `util.inspect` the SQL and every parameter on each call (several percent of a list
 * page's CPU, and garbage). Errors reach the global filter either way, with their SQLite code.
 */
const quietSqlite3 = { ...sqlite3, verbose: () => sqlite3 };

/**
 * The session settings of every PostgreSQL connection: UTC, and unqualified names resolved in
 * the chosen schema. Tools that connect with `pg` themselves use them too.
 */
export function postgresSessionOptions(schema?: string): string {
  return ['-c TimeZone=UTC', ...(schema ? [`-c search_path=${schema}`] : [])].join(' ');
}

export const isPostgresUrl = (url?: string) => !!url && /^postgres(ql)?:\/\//.test(url);

/**
 * SQLite with WAL and foreign keys, or PostgreSQL when a `postgres://` URL is given; the
 * schema comes only from the committed migrations (one set per engine), which run when the
 * data source starts.
 */
export function dataSourceOptions(settings: DatabaseSettings): DataSourceOptions {
  if (isPostgresUrl(settings.databaseUrl)) {
    useUtcTimestamps();
    return {
      type: 'postgres',
      url: settings.databaseUrl,
      // Unqualified names everywhere (a schema is chosen by the search_path), and UTC.
      extra: { options: postgresSessionOptions(settings.databaseSchema) },
      // gen_random_uuid() is built into PostgreSQL 13 and later: no extension to install.
      uuidExtension: 'pgcrypto',
      entities: ENTITIES,
      subscribers: [SearchTextSubscriber],
      migrations: POSTGRES_MIGRATIONS,
      migrationsRun: true,
      migrationsTransactionMode: 'each',
      synchronize: false,
      logging: settings.logging ?? false,
    };
  }
  if (settings.sqlitePath !== ':memory:') {
    mkdirSync(dirname(settings.sqlitePath), { recursive: true });
  }
  return {
    type: 'sqlite',
    database: settings.sqlitePath,
    driver: quietSqlite3,
    enableWAL: true,
    busyTimeout: 5000,
    entities: ENTITIES,
    subscribers: [SearchTextSubscriber],
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: settings.logging ?? false,
  };
}
