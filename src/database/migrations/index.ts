import { Initial1795451706103 } from './1795451706103-Initial';
import { TaskForcesAndMeetings1795562789749 } from './1795562789749-TaskForcesAndMeetings';
import { ActionItemsAndPrevention1795563721555 } from './1795563721555-ActionItemsAndPrevention';
import { OversightAndReports1795564279789 } from './1795564279789-OversightAndReports';
import { RateLimitCounters1795569071517 } from './1795569071517-RateLimitCounters';
import { RightsAndFeeds1796279894382 } from './1796279894382-RightsAndFeeds';
import { TaskForceDissolution1796283381839 } from './1796283381839-TaskForceDissolution';
import { DecisionOutcome1796283835815 } from './1796283835815-DecisionOutcome';
import { FigureCorrections1796283724534 } from './1796283724534-FigureCorrections';
import { WithdrawnActivities1796284150703 } from './1796284150703-WithdrawnActivities';
import { AnnualReportHistory1796284711859 } from './1796284711859-AnnualReportHistory';
import { PlanMaintenance1796284932549 } from './1796284932549-PlanMaintenance';
import { FollowUpClosedAt1796452803117 } from './1796452803117-FollowUpClosedAt';
import { SearchText1796452803118 } from './1796452803118-SearchText';
import { MailOutboxAndPasswordTokens1796452803119 } from './1796452803119-MailOutboxAndPasswordTokens';
import { SessionsAndLanguage1796452803120 } from './1796452803120-SessionsAndLanguage';
import { Notifications1796452803121 } from './1796452803121-Notifications';

/** Every migration, in order. `npm run migration:generate` writes a new file: add it here. */
export const MIGRATIONS = [
  Initial1795451706103,
  TaskForcesAndMeetings1795562789749,
  ActionItemsAndPrevention1795563721555,
  OversightAndReports1795564279789,
  RateLimitCounters1795569071517,
  RightsAndFeeds1796279894382,
  TaskForceDissolution1796283381839,
  DecisionOutcome1796283835815,
  FigureCorrections1796283724534,
  WithdrawnActivities1796284150703,
  AnnualReportHistory1796284711859,
  PlanMaintenance1796284932549,
  FollowUpClosedAt1796452803117,
  SearchText1796452803118,
  MailOutboxAndPasswordTokens1796452803119,
  SessionsAndLanguage1796452803120,
  Notifications1796452803121,
];
