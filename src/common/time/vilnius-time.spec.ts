import {
  addDays,
  vilniusDate,
  vilniusDateTime,
  vilniusOffsetMinutes,
  vilniusStartOfDay,
  vilniusYear,
} from './vilnius-time';

describe('Vilnius time', () => {
  it('knows winter and summer offsets', () => {
    expect(vilniusOffsetMinutes(new Date('2026-01-15T12:00:00Z'))).toBe(120);
    expect(vilniusOffsetMinutes(new Date('2026-07-15T12:00:00Z'))).toBe(180);
  });

  it('turns the date at Vilnius midnight, not UTC midnight', () => {
    expect(vilniusDate(new Date('2026-01-15T21:59:59Z'))).toBe('2026-01-15');
    expect(vilniusDate(new Date('2026-01-15T22:00:00Z'))).toBe('2026-01-16');
    expect(vilniusDate(new Date('2026-07-15T20:59:59Z'))).toBe('2026-07-15');
    expect(vilniusDate(new Date('2026-07-15T21:00:00Z'))).toBe('2026-07-16');
    expect(vilniusYear(new Date('2026-12-31T22:30:00Z'))).toBe(2027);
  });

  it('formats local time with its offset', () => {
    expect(vilniusDateTime(new Date('2026-03-12T08:00:00Z'))).toBe('2026-03-12T10:00:00+02:00');
    expect(vilniusDateTime(new Date('2026-06-01T07:30:00Z'))).toBe('2026-06-01T10:30:00+03:00');
  });

  it('finds the instant a local day starts, across the DST switches', () => {
    expect(vilniusStartOfDay('2026-01-16').toISOString()).toBe('2026-01-15T22:00:00.000Z');
    expect(vilniusStartOfDay('2026-07-16').toISOString()).toBe('2026-07-15T21:00:00.000Z');
    // 29 March 2026 is the spring switch, 25 October the autumn one.
    expect(vilniusStartOfDay('2026-03-29').toISOString()).toBe('2026-03-28T22:00:00.000Z');
    expect(vilniusStartOfDay('2026-03-30').toISOString()).toBe('2026-03-29T21:00:00.000Z');
    expect(vilniusStartOfDay('2026-10-25').toISOString()).toBe('2026-10-24T21:00:00.000Z');
    expect(vilniusStartOfDay('2026-10-26').toISOString()).toBe('2026-10-25T22:00:00.000Z');
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
