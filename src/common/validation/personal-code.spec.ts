import { containsPersonalCode, isValidPersonalCode, personalCodeCheckDigit } from './personal-code';

describe('Lithuanian personal code', () => {
  it('accepts the reference test vector, which needs the second weight pass', () => {
    expect(personalCodeCheckDigit('3330924006')).toBe(4);
    expect(isValidPersonalCode('33309240064')).toBe(true);
  });

  it.each(['45102129987', '61907108400'])('accepts the other valid value %s', (code) => {
    expect(isValidPersonalCode(code)).toBe(true);
  });

  it.each([
    ['wrong check digit', '33309240164'],
    ['too short', '3330924006'],
    ['letters', '3330924006A'],
    ['impossible century digit', '73309240064'],
    ['month 13', '33313240064'],
  ])('refuses a code with %s', (_why, code) => {
    expect(isValidPersonalCode(code)).toBe(false);
  });

  it('finds a code inside free text but not inside a longer number', () => {
    expect(containsPersonalCode('Victim 33309240064 was referred')).toBe(true);
    expect(containsPersonalCode('IBAN LT1233309240064999')).toBe(false);
    expect(containsPersonalCode('Phone +37061234567, case 33309240164')).toBe(false);
  });
});
