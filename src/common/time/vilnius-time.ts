/** The zone every task force works in; instants are stored in UTC and shown in this zone. */
export const VILNIUS_ZONE = 'Europe/Vilnius';

const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: VILNIUS_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function formattedParts(instant: Date): LocalParts {
  const found: Record<string, number> = {};
  for (const part of parts.formatToParts(instant)) {
    if (part.type !== 'literal') found[part.type] = Number(part.value);
  }
  return found as unknown as LocalParts;
}

const HOUR_MS = 3_600_000;
/** Since 1950 Vilnius has changed its offset only on whole UTC hours. */
const WHOLE_HOUR_CHANGES_SINCE = Date.UTC(1950, 0, 1);
const offsetsByHour = new Map<number, number>();

/**
 * The wall time in Vilnius. Formatting with the zone's rules costs microseconds, and a page of
 * 100 meetings asks hundreds of times: the offset is worked out once per UTC hour (it cannot
 * change within one) and kept, the wall time then computed from it.
 */
function localParts(instant: Date): LocalParts {
  const time = instant.getTime();
  if (!(time >= WHOLE_HOUR_CHANGES_SINCE)) return formattedParts(instant);
  const hour = Math.floor(time / HOUR_MS);
  let offset = offsetsByHour.get(hour);
  if (offset === undefined) {
    const p = formattedParts(new Date(hour * HOUR_MS));
    offset = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - hour * HOUR_MS;
    if (offsetsByHour.size >= 100_000) offsetsByHour.clear();
    offsetsByHour.set(hour, offset);
  }
  const wall = new Date(time + offset);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  };
}

/** Minutes Vilnius is ahead of UTC at that instant: 120 in winter, 180 in summer. */
export function vilniusOffsetMinutes(instant: Date): number {
  const p = localParts(instant);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The Vilnius calendar date of an instant, as YYYY-MM-DD. */
export function vilniusDate(instant: Date): string {
  const p = localParts(instant);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** The Vilnius calendar year of an instant (meeting numbers run per year). */
export function vilniusYear(instant: Date): number {
  return localParts(instant).year;
}

/** ISO 8601 local time with its offset, e.g. `2026-03-12T10:00:00+02:00`. */
export function vilniusDateTime(instant: Date): string {
  const p = localParts(instant);
  const offset = vilniusOffsetMinutes(instant);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** Vilnius wall time to the minute, as the reader's clock shows it: "2026-03-12 10:00". */
export const vilniusMinute = (instant: Date) =>
  vilniusDateTime(instant).slice(0, 16).replace('T', ' ');

/** The instant a Vilnius calendar day begins (DST never switches at midnight there). */
export function vilniusStartOfDay(date: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  const midnightUtc = Date.UTC(year, month - 1, day);
  const guess = new Date(midnightUtc - vilniusOffsetMinutes(new Date(midnightUtc)) * 60_000);
  return new Date(midnightUtc - vilniusOffsetMinutes(guess) * 60_000);
}

/** Adds whole days to a calendar date. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
