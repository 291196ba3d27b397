/**
 * An instant as a raw query hands it back: a Date from PostgreSQL (postgres-time.ts), or
 * SQLite's UTC text `YYYY-MM-DD HH:MM:SS.SSS` (text that carries its own offset is read as is).
 */
export function rawInstant(value: string | Date): Date {
  if (value instanceof Date) return value;
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
}
