import { isLocalDate } from './local-date.scalar';

describe('isLocalDate', () => {
  it.each(['2026-01-31', '2024-02-29', '1999-12-01'])('accepts %s', (value) => {
    expect(isLocalDate(value)).toBe(true);
  });

  it.each([
    '2026-02-29',
    '2026-13-01',
    '2026-04-31',
    '26-01-01',
    '2026-1-1',
    '2026-01-01T00:00:00Z',
    20260101,
    null,
  ])('refuses %s', (value) => {
    expect(isLocalDate(value)).toBe(false);
  });
});
