import { parseInstant } from './date-time.scalar';
import { ScalarInputError } from './scalar-input-error';

const problemOf = (value: unknown) => {
  try {
    parseInstant(value);
  } catch (error) {
    expect(error).toBeInstanceOf(ScalarInputError);
    return (error as ScalarInputError).problem;
  }
  throw new Error(`${String(value)} was accepted`);
};

describe('parseInstant', () => {
  it.each([
    ['2027-03-05T10:00:00+02:00', '2027-03-05T08:00:00.000Z'],
    ['2027-03-05T08:00:00Z', '2027-03-05T08:00:00.000Z'],
    ['2027-07-01T10:00+03:00', '2027-07-01T07:00:00.000Z'],
    ['2027-07-01T10:00:00.250-01:30', '2027-07-01T11:30:00.250Z'],
    ['2028-02-29T23:59:59.999999Z', '2028-02-29T23:59:59.999Z'],
  ])('reads %s as %s', (text, instant) => {
    expect(parseInstant(text).toISOString()).toBe(instant);
  });

  it('refuses a time without an offset, showing it with the Vilnius offset of that day', () => {
    expect(problemOf('2027-03-05T10:00:00')).toBe(
      'must have a UTC offset; for 2027-03-05T10:00:00 Vilnius time write ' +
        '2027-03-05T10:00:00+02:00, or end it with Z for UTC',
    );
    expect(problemOf('2027-07-01T10:00')).toMatch(/write 2027-07-01T10:00:00\+03:00,/);
  });

  it.each(['2027-02-29T10:00:00Z', '2027-04-31T10:00:00Z', '2027-03-05T24:00:00Z'])(
    'refuses the impossible %s',
    (text) => {
      expect(problemOf(text)).toMatch(/^is not a real date and time/);
    },
  );

  it.each(['next Tuesday', '2027-03-05', '2027-03-05 10:00:00Z', '1741168800000', 1741168800000])(
    'refuses the malformed %s',
    (value) => {
      expect(problemOf(value)).toMatch(/^must be an ISO 8601 date and time with a UTC offset/);
    },
  );

  it('refuses an offset no zone has', () => {
    expect(problemOf('2027-03-05T10:00:00+25:00')).toBe('has no such UTC offset: +25:00');
  });
});
