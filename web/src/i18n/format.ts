import type { Language } from './i18n';

const LOCALES: Record<Language, string> = { lt: 'lt-LT', en: 'en-GB' };
const ZONE = 'Europe/Vilnius';

/** A calendar date (`2026-12-10`) as written, never shifted by a time zone. */
export function formatDate(date: string, language: Language): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALES[language], {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** An instant on the Vilnius clock. */
export function formatDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: ZONE,
  }).format(new Date(iso));
}

/** A number with the language's decimal mark (a comma in Lithuanian). */
export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 2 }).format(value);
}

/** Today's date in Vilnius, as `YYYY-MM-DD`. */
export function vilniusToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(now);
}

/** The date a year before a `YYYY-MM-DD` date (29 February falls back to the 28th). */
export function yearBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const back = new Date(Date.UTC(y - 1, m - 1, d));
  if (back.getUTCMonth() !== m - 1) back.setUTCDate(0);
  return back.toISOString().slice(0, 10);
}

/**
 * Reads a figure typed in either language ("12,5" or "12.5"); null when it is not a number.
 */
export function parseFigure(text: string): number | null {
  const cleaned = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** The Vilnius calendar date of an instant. */
export function formatDayOf(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: ZONE,
  }).format(new Date(iso));
}

/** Vilnius's UTC offset at an instant, as `+02:00` or `+03:00`. */
function vilniusOffset(instant: Date): string {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')!.value;
  return name === 'GMT' ? '+00:00' : name.replace('GMT', '');
}

/**
 * A Vilnius wall-clock date and time (`2027-03-05`, `10:00`) as an instant with its offset
 * (`2027-03-05T10:00:00+02:00`), the form the API takes; the offset is the one in force then.
 */
export function vilniusDateTime(date: string, time: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  // The offset at the wall time read as UTC is right except within hours of a clock change;
  // a second look at the corrected instant settles it.
  let offset = vilniusOffset(new Date(wall));
  const minutes = (o: string) =>
    (o.startsWith('-') ? -1 : 1) * (Number(o.slice(1, 3)) * 60 + Number(o.slice(4, 6)));
  offset = vilniusOffset(new Date(wall - minutes(offset) * 60_000));
  return `${date}T${time}:00${offset}`;
}

/** The Vilnius date and time of an instant, as `YYYY-MM-DD` and `HH:MM` for form fields. */
export function vilniusParts(iso: string): { date: string; time: string } {
  const instant = new Date(iso);
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(instant);
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
  return { date, time };
}

/** A time of day on the Vilnius clock (`10:00`). */
export function formatTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: ZONE,
  }).format(new Date(iso));
}
