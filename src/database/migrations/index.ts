import { Initial1795451706103 } from './1795451706103-Initial';
import { TaskForcesAndMeetings1795562789749 } from './1795562789749-TaskForcesAndMeetings';

/** Every migration, in order. `npm run migration:generate` writes a new file: add it here. */
export const MIGRATIONS = [Initial1795451706103, TaskForcesAndMeetings1795562789749];
