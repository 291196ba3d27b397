import { formatDateTime, formatNumber } from './formatting';
import { Language } from './language';

describe('formatting for readers', () => {
  it('writes a decimal comma in Lithuanian and a point in English', () => {
    expect(formatNumber(Language.LT, 87.5)).toBe('87,5');
    expect(formatNumber(Language.EN, 87.5)).toBe('87.5');
    expect(formatNumber(Language.LT, 12345).replace(/\s/g, ' ')).toBe('12 345');
    expect(formatNumber(Language.LT, 2 / 3)).toBe('0,67');
  });

  it('writes times on the Vilnius clock, across the summer-time change', () => {
    expect(formatDateTime(Language.LT, new Date('2026-07-01T15:31:00Z'))).toBe('2026-07-01 18:31');
    expect(formatDateTime(Language.LT, new Date('2026-12-03T15:31:00Z'))).toBe('2026-12-03 17:31');
    expect(formatDateTime(Language.EN, new Date('2026-12-03T22:30:00Z'))).toBe(
      '4 December 2026 at 00:30',
    );
  });
});
