import { isPhoneNumber } from './phone-number';

describe('phone number', () => {
  it.each(['+370 5 212 3456', '+37061234567', '8 (5) 212-3456', '8 612 34567', '1234567'])(
    'accepts %s',
    (phone) => expect(isPhoneNumber(phone)).toBe(true),
  );

  it.each([
    ['too few digits', '+370 12'],
    ['more than 15 digits', '+370 612 34567 89012'],
    ['letters', '+370 612 CALL ME'],
    ['a plus inside', '370+61234567'],
    ['full-width digits', '＋３７０６１２３４５６７'],
    ['an extension word', '+370 5 212 3456 ext. 12'],
    ['only separators', '(---)'],
    ['empty', ''],
  ])('refuses %s', (_why, phone) => expect(isPhoneNumber(phone)).toBe(false));
});
