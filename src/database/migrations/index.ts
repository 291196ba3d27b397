import { Initial1795451706103 } from './1795451706103-Initial';

/** Every migration, in order. `npm run migration:generate` writes a new file: add it here. */
export const MIGRATIONS = [Initial1795451706103];
