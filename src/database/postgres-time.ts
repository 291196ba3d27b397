import { defaults, types } from 'pg';

const TIMESTAMP_WITHOUT_TIME_ZONE = 1114;
const DATE = 1082;

/**
 * Instants are stored as UTC wall time (`timestamp` columns, as on SQLite): node-postgres must
 * write Dates in UTC and read them back as UTC, whatever the server's own time zone.
 */
export function useUtcTimestamps(): void {
  defaults.parseInputDatesAsUTC = true;
  // A calendar date stays its 'YYYY-MM-DD' text, as on SQLite (not a Date at local midnight).
  types.setTypeParser(DATE, (text) => text);
  types.setTypeParser(
    TIMESTAMP_WITHOUT_TIME_ZONE,
    (text) => new Date(`${text.replace(' ', 'T')}Z`),
  );
}
