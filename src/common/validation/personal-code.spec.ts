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

describe('a personal code written in disguise', () => {
  // 38503171231: 1985-03-17, male; its check digit is 1.
  it.each([
    ['grouped with spaces', '385 0317 1231'],
    ['grouped with hyphens', '385-0317-1231'],
    ['with a dot', '3850317.1231'],
    ['with slashes', '385/0317/1231'],
    ['with a spaced dash', '385 – 0317 – 1231'],
    ['in parentheses', '(385) 0317-1231'],
    ['with no-break spaces', '385\u00a00317\u202f1231'],
    ['with a zero-width space', '3850\u200b3171231'],
    ['with a word joiner and a soft hyphen', '38\u20605031\u00ad71231'],
    ['with a byte-order mark', '\ufeff38503171231'],
    ['in full-width digits', '３８５０３１７１２３１'],
    ['in Arabic-Indic digits', '٣٨٥٠٣١٧١٢٣١'],
    ['in Devanagari digits', '३८५०३१७१२३१'],
    ['in mathematical digits', '𝟑𝟖𝟓𝟎𝟑𝟏𝟕𝟏𝟐𝟑𝟏'],
    ['in mixed scripts and groups', '３85-0317 ١٢٣١'],
    ['after a date', 'Posėdis 2026-06-01 38503171231'],
  ])('is found %s', (_how, written) => {
    expect(containsPersonalCode(`Aptarta: ${written}, perduota.`)).toBe(true);
  });

  it.each([
    ['a wrong check digit', '385 0317 1232'],
    ['first digit 7', '73309240064'],
    ['first digit 8', '8 612 34567 89'],
    ['first digit 9, though its check digit fits', '93309240065'],
    ['a Lithuanian mobile number', '+370 612 34567'],
    ['a Vilnius landline', '+370 5 212 3456'],
    ['a grouped IBAN', 'LT12 3330 9240 0649 9900'],
    ['a code inside a longer number', '1385-0317-12310'],
    ['a date and a case number', '2026-06-01, byla 1-234/2026'],
  ])('is not claimed for %s', (_what, text) => {
    expect(containsPersonalCode(`Aptarta: ${text}.`)).toBe(false);
  });
});
