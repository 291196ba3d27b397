import { numbersOfLength } from './digit-text';

/**
 * Lithuanian personal code (asmens kodas): GYYMMDDNNNC. The check digit is computed with
 * weights 1..9,1; when that remainder is 10, with weights 3..9,1,2,3; when that is 10 too, 0.
 */
const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1];
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3];

function weightedRemainder(digits: number[], weights: number[]): number {
  return weights.reduce((sum, weight, i) => sum + weight * digits[i], 0) % 11;
}

export function personalCodeCheckDigit(firstTen: string): number {
  const digits = [...firstTen].map(Number);
  const first = weightedRemainder(digits, FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = weightedRemainder(digits, SECOND_WEIGHTS);
  return second !== 10 ? second : 0;
}

/** G is 1–6 (century and sex): an 11-digit number beginning 7, 8 or 9 is not a personal code. */
function plausibleDate(code: string): boolean {
  if (!'123456'.includes(code[0])) return false;
  const month = Number(code.slice(3, 5));
  const day = Number(code.slice(5, 7));
  return month <= 12 && day <= 31; // 00 is allowed where the month or day is unknown
}

export function isValidPersonalCode(code: string): boolean {
  return (
    /^\d{11}$/.test(code) &&
    plausibleDate(code) &&
    personalCodeCheckDigit(code.slice(0, 10)) === Number(code[10])
  );
}

/**
 * Finds a valid personal code in free text however it is written: grouped with spaces, hyphens,
 * dots or slashes, with invisible characters inside, in full-width or other Unicode digits. A
 * code inside a longer number (an IBAN, a phone number) is not one.
 */
export function containsPersonalCode(text: string): boolean {
  for (const digits of numbersOfLength(text, 11)) {
    if (isValidPersonalCode(digits)) return true;
  }
  return false;
}
