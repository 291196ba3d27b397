import { isValidOn, validOnSql } from './membership-validity';

describe('member on a date', () => {
  it('covers the first and the last day, and lasts while open', () => {
    const ended = { validFrom: '2026-01-10', validTo: '2026-03-31' };
    expect(
      ['2026-01-09', '2026-01-10', '2026-03-31', '2026-04-01'].map((d) => isValidOn(ended, d)),
    ).toEqual([false, true, true, false]);
    expect(isValidOn({ validFrom: '2026-01-10', validTo: null }, '2099-01-01')).toBe(true);
  });

  it('says the same in SQL', () => {
    expect(validOnSql('m', ':asOf')).toBe(
      '(m.valid_from <= :asOf AND (m.valid_to IS NULL OR m.valid_to >= :asOf))',
    );
  });
});
