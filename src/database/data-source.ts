import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';

/** For the CLIs: `npm run migration:generate` and `npm run audit:verify`; no migrations run. */
const config = loadConfig();

export default new DataSource({
  ...dataSourceOptions(config),
  migrationsRun: false,
});
