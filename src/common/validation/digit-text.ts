/**
 * Text as a reader sees its digits: compatibility forms folded (full-width, mathematical and
 * circled digits, no-break spaces), invisible format characters (zero-width spaces and joiners,
 * soft hyphens, direction marks: Unicode Cf) dropped, and every Unicode decimal digit (Arabic-
 * Indic, Devanagari, …) written as its ASCII digit. Checks on numbers read this, not the input.
 */
export function readableDigits(text: string): string {
  return text.normalize('NFKC').replace(FORMAT_CHARACTERS, '').replace(DECIMAL_DIGIT, asciiDigit);
}

/**
 * What may stand between the digit groups of one number: whitespace (no-break spaces too),
 * dashes and the minus sign, dots, slashes and parentheses, at most three in a row.
 */
const SEPARATOR = String.raw`[\s\p{Pd}\u2212./\\()]{1,3}`;
const GROUPED_NUMBER = new RegExp(String.raw`(?<!\d)\d+(?:${SEPARATOR}\d+)*`, 'gu');

/**
 * The numbers of `text` written with `length` digits, grouped or not: every run of whole digit
 * groups (never part of a group, so never a piece of a longer number) that adds up to `length`.
 */
export function* numbersOfLength(text: string, length: number): Generator<string> {
  for (const [run] of readableDigits(text).matchAll(GROUPED_NUMBER)) {
    const groups = run.match(/\d+/g)!;
    for (let first = 0; first < groups.length; first++) {
      let digits = '';
      for (let last = first; last < groups.length && digits.length < length; last++) {
        digits += groups[last];
      }
      if (digits.length === length) yield digits;
    }
  }
}

const FORMAT_CHARACTERS = /\p{Cf}/gu;
const DECIMAL_DIGIT = /\p{Nd}/gu;
const IS_DECIMAL_DIGIT = /^\p{Nd}$/u;
const digitValues = new Map<number, string>();

/**
 * Unicode assigns decimal digits only in contiguous runs of ten, 0 to 9, so a digit's value is
 * its distance from the start of its block of such runs, modulo ten.
 */
function asciiDigit(digit: string): string {
  const codePoint = digit.codePointAt(0)!;
  if (codePoint <= 0x39) return digit;
  let value = digitValues.get(codePoint);
  if (value === undefined) {
    let start = codePoint;
    while (IS_DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
    value = String((codePoint - start) % 10);
    digitValues.set(codePoint, value);
  }
  return value;
}
