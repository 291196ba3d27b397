import { numbersOfLength, readableDigits } from './digit-text';

describe('readable digits', () => {
  it('writes every Unicode decimal digit as ASCII and drops invisible characters', () => {
    expect(readableDigits('٠١٢٣٤٥٦٧٨٩ ０９ ०९ 𝟎𝟗 ߀߉ a\u200bb\u00adc')).toBe(
      '0123456789 09 09 09 09 abc',
    );
  });

  it('folds no-break spaces into spaces', () => {
    expect(readableDigits('1\u00a02\u202f3')).toBe('1 2 3');
  });
});

describe('numbers of a length', () => {
  const found = (text: string) => [...numbersOfLength(text, 11)];

  it('joins whole digit groups across separators', () => {
    expect(found('tel. 385 0317 1231')).toEqual(['38503171231']);
    expect(found('a 12 345 678 901 b')).toEqual(['12345678901']);
  });

  it('tries each run of groups, so a number beside another is still found', () => {
    expect(found('2026-06-01 38503171231')).toEqual(['38503171231']);
  });

  it('never takes part of a group', () => {
    expect(found('123456789012 and 12 3456789012')).toEqual([]);
  });

  it('does not join across letters, commas or long gaps', () => {
    expect(found('385a03171231, 385,0317,1231, 385    03171231')).toEqual([]);
  });
});
