import { PostgresInitial1795567954683 } from './1795567954683-Initial';
import { PostgresRateLimitCounters1795569081071 } from './1795569081071-RateLimitCounters';
import { PostgresRightsAndFeeds1796279894390 } from './1796279894390-RightsAndFeeds';
import { PostgresFollowUpClosedAt1796452803125 } from './1796452803125-FollowUpClosedAt';
import { PostgresSearchText1796452803126 } from './1796452803126-SearchText';

/**
 * The PostgreSQL migrations, generated against PostgreSQL from the same entities. Add a new
 * one here with every SQLite migration (`DATABASE_URL=postgres://… npm run migration:generate`).
 */
export const POSTGRES_MIGRATIONS = [
  PostgresInitial1795567954683,
  PostgresRateLimitCounters1795569081071,
  PostgresRightsAndFeeds1796279894390,
  PostgresFollowUpClosedAt1796452803125,
  PostgresSearchText1796452803126,
];
