import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatNumber,
  parseFigure,
  vilniusDateTime,
  vilniusParts,
  vilniusToday,
  yearBefore,
} from './format';

describe('formatting for the reader', () => {
  it('prints a calendar date as written, whatever the zone', () => {
    expect(formatDate('2026-12-10', 'lt')).toBe('2026 m. gruodžio 10 d.');
    expect(formatDate('2026-12-10', 'en')).toBe('10 December 2026');
  });

  it('prints instants on the Vilnius clock', () => {
    expect(formatDateTime('2026-12-03T15:31:00Z', 'lt')).toContain('17:31');
    expect(formatDateTime('2026-07-03T15:31:00Z', 'en')).toContain('18:31');
  });

  it('writes a decimal comma in Lithuanian', () => {
    expect(formatNumber(12.5, 'lt')).toBe('12,5');
    expect(formatNumber(12.5, 'en')).toBe('12.5');
  });

  it('reads figures typed with either decimal mark', () => {
    expect(parseFigure('12,5')).toBe(12.5);
    expect(parseFigure(' 7 ')).toBe(7);
    expect(parseFigure('12a')).toBeNull();
  });

  it('knows the Vilnius date and the year before it', () => {
    expect(vilniusToday(new Date('2026-12-31T22:30:00Z'))).toBe('2027-01-01');
    expect(yearBefore('2028-02-29')).toBe('2027-02-28');
  });
});

describe('Vilnius wall-clock times for the API', () => {
  it('carries the offset in force on the day', () => {
    expect(vilniusDateTime('2027-03-05', '10:00')).toBe('2027-03-05T10:00:00+02:00');
    expect(vilniusDateTime('2027-07-01', '10:00')).toBe('2027-07-01T10:00:00+03:00');
    // The clocks go forward at 03:00 on the last Sunday of March.
    expect(vilniusDateTime('2027-03-28', '04:30')).toBe('2027-03-28T04:30:00+03:00');
    expect(vilniusDateTime('2027-03-28', '01:30')).toBe('2027-03-28T01:30:00+02:00');
  });

  it('reads an instant back into its Vilnius date and time', () => {
    expect(vilniusParts('2027-07-01T07:00:00Z')).toEqual({ date: '2027-07-01', time: '10:00' });
    expect(vilniusParts('2026-12-31T22:30:00Z')).toEqual({ date: '2027-01-01', time: '00:30' });
  });
});
