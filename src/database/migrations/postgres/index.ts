import { PostgresInitial1795567954683 } from './1795567954683-Initial';
import { PostgresRateLimitCounters1795569081071 } from './1795569081071-RateLimitCounters';
import { PostgresRightsAndFeeds1796279894390 } from './1796279894390-RightsAndFeeds';
import { PostgresTaskForceDissolution1796283381839 } from './1796283381839-TaskForceDissolution';
import { PostgresPlanMaintenance1796284982431 } from './1796284982431-PlanMaintenance';

/**
 * The PostgreSQL migrations, generated against PostgreSQL from the same entities. Add a new
 * one here with every SQLite migration (`DATABASE_URL=postgres://… npm run migration:generate`).
 */
export const POSTGRES_MIGRATIONS = [
  PostgresInitial1795567954683,
  PostgresRateLimitCounters1795569081071,
  PostgresRightsAndFeeds1796279894390,
  PostgresTaskForceDissolution1796283381839,
  PostgresPlanMaintenance1796284982431,
];
