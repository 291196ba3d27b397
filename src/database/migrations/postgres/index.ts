import { PostgresInitial1795567954683 } from './1795567954683-Initial';
import { PostgresRateLimitCounters1795569081071 } from './1795569081071-RateLimitCounters';
import { PostgresRightsAndFeeds1796279894390 } from './1796279894390-RightsAndFeeds';
import { PostgresTaskForceDissolution1796283381839 } from './1796283381839-TaskForceDissolution';
import { PostgresDecisionOutcome1796283850075 } from './1796283850075-DecisionOutcome';
import { PostgresFigureCorrections1796283760218 } from './1796283760218-FigureCorrections';
import { PostgresWithdrawnActivities1796284182889 } from './1796284182889-WithdrawnActivities';
import { PostgresAnnualReportHistory1796284762820 } from './1796284762820-AnnualReportHistory';
import { PostgresPlanMaintenance1796284982431 } from './1796284982431-PlanMaintenance';
import { PostgresFollowUpClosedAt1796452803125 } from './1796452803125-FollowUpClosedAt';
import { PostgresSearchText1796452803126 } from './1796452803126-SearchText';
import { PostgresMailOutboxAndPasswordTokens1796452803127 } from './1796452803127-MailOutboxAndPasswordTokens';
import { PostgresSessionsAndLanguage1796452803128 } from './1796452803128-SessionsAndLanguage';
import { PostgresNotifications1796452803129 } from './1796452803129-Notifications';

/**
 * The PostgreSQL migrations, generated against PostgreSQL from the same entities. Add a new
 * one here with every SQLite migration (`DATABASE_URL=postgres://… npm run migration:generate`).
 */
export const POSTGRES_MIGRATIONS = [
  PostgresInitial1795567954683,
  PostgresRateLimitCounters1795569081071,
  PostgresRightsAndFeeds1796279894390,
  PostgresTaskForceDissolution1796283381839,
  PostgresDecisionOutcome1796283850075,
  PostgresFigureCorrections1796283760218,
  PostgresWithdrawnActivities1796284182889,
  PostgresAnnualReportHistory1796284762820,
  PostgresPlanMaintenance1796284982431,
  PostgresFollowUpClosedAt1796452803125,
  PostgresSearchText1796452803126,
  PostgresMailOutboxAndPasswordTokens1796452803127,
  PostgresSessionsAndLanguage1796452803128,
  PostgresNotifications1796452803129,
];
