import { VILNIUS_ZONE } from '../time/vilnius-time';
import { Language } from './language';

const LOCALE: Record<Language, string> = { [Language.LT]: 'lt-LT', [Language.EN]: 'en-GB' };

const numbers = Object.fromEntries(
  Object.values(Language).map((l) => [
    l,
    new Intl.NumberFormat(LOCALE[l], { maximumFractionDigits: 2 }),
  ]),
) as Record<Language, Intl.NumberFormat>;

// Lithuanian writes dates as 2026-12-03 (LST ISO 8601); English readers get the month's name.
const dateTimes: Record<Language, Intl.DateTimeFormat> = {
  [Language.LT]: new Intl.DateTimeFormat('lt-LT', {
    timeZone: VILNIUS_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }),
  [Language.EN]: new Intl.DateTimeFormat('en-GB', {
    timeZone: VILNIUS_ZONE,
    dateStyle: 'long',
    timeStyle: 'short',
  }),
};

/** A figure as the reader writes it: `87,5` and `12 345` in Lithuanian, `87.5` and `12,345` in English. */
export function formatNumber(language: Language, value: number): string {
  return numbers[language].format(value);
}

/** A moment as a Vilnius wall-clock date and time, in the reader's way of writing it. */
export function formatDateTime(language: Language, instant: Date): string {
  return dateTimes[language].format(instant);
}
