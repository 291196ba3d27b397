import { vilniusStartOfDay } from '../../common/time/vilnius-time';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
export const dayOf = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);

/** How SQLite stores a TypeORM datetime: UTC, `YYYY-MM-DD HH:MM:SS.SSS`. */
export const sqlInstant = (ms: number) => new Date(ms).toISOString().slice(0, 23).replace('T', ' ');

/**
 * Calendar arithmetic on whole day numbers, with the Vilnius start of every day cached: the
 * generator asks for a few hundred thousand local working-hour instants, but over ten years
 * there are only a few thousand distinct days, and Intl is slow.
 */
export class ScaleCalendar {
  /** Today in Vilnius: the data set ends here; past events end yesterday at the latest. */
  readonly today: number;
  /** Ten years before today: the first day of the data set. */
  readonly start: number;
  private readonly midnight = new Map<number, number>();

  constructor(todayDate: string, years = 10) {
    this.today = dayOf(todayDate);
    const [y, m, d] = todayDate.split('-').map(Number);
    this.start = dayOf(new Date(Date.UTC(y - years, m - 1, d)).toISOString().slice(0, 10));
  }

  get yesterday() {
    return this.today - 1;
  }

  date(day: number): string {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
  }

  /** 0 = Sunday … 6 = Saturday. */
  weekday(day: number): number {
    return (((day + 4) % 7) + 7) % 7;
  }

  year(day: number): number {
    return new Date(day * DAY_MS).getUTCFullYear();
  }

  /** Moves a weekend day to the next Monday: people post and decide on working days. */
  workday(day: number): number {
    const w = this.weekday(day);
    return w === 6 ? day + 2 : w === 0 ? day + 1 : day;
  }

  /** The UTC instant (ms) of a local time of day on a Vilnius calendar day. */
  at(day: number, minuteOfDay: number): number {
    let midnight = this.midnight.get(day);
    if (midnight === undefined) {
      midnight = vilniusStartOfDay(this.date(day)).getTime();
      this.midnight.set(day, midnight);
    }
    // Clocks change on Sunday night, never during office hours, so whole minutes are exact.
    return midnight + minuteOfDay * MINUTE_MS;
  }

  /** SQLite text of a local time of day on a day. */
  sqlAt(day: number, minuteOfDay: number): string {
    return sqlInstant(this.at(day, minuteOfDay));
  }

  /** A random instant in office hours (08:00–17:59) of the day, as SQLite text. */
  officeHours(day: number, random: () => number): string {
    return this.sqlAt(day, 480 + Math.floor(random() * 600));
  }
}
