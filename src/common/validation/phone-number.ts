/**
 * A work phone number, E.164-like: an optional leading +, then 7 to 15 digits (E.164's maximum,
 * the country code included), which may be grouped with spaces, hyphens and parentheses, as
 * in `+370 5 212 3456`, `8 (5) 212-3456` or `+37061234567`. ASCII digits only, so what is
 * stored can be dialled and searched.
 */
const PHONE_SHAPE = /^\+?\(?[0-9][0-9 ()-]*[0-9]$/;

export const PHONE_DIGITS = { min: 7, max: 15 } as const;

export function isPhoneNumber(value: string): boolean {
  if (!PHONE_SHAPE.test(value)) return false;
  const digits = value.replace(/[^0-9]/g, '').length;
  return digits >= PHONE_DIGITS.min && digits <= PHONE_DIGITS.max;
}
