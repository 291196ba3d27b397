import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export interface DatabaseSettings {
  sqlitePath: string;
  logging?: boolean;
}

/**
 * SQLite with WAL and foreign keys; the schema comes only from the committed migrations,
 * which run when the data source starts.
 */
export function dataSourceOptions(settings: DatabaseSettings): DataSourceOptions {
  if (settings.sqlitePath !== ':memory:') {
    mkdirSync(dirname(settings.sqlitePath), { recursive: true });
  }
  return {
    type: 'sqlite',
    database: settings.sqlitePath,
    enableWAL: true,
    busyTimeout: 5000,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: settings.logging ?? false,
  };
}
