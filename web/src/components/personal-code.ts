import type { TFunction } from 'i18next';
// The server's own rule (one home): the same check refuses the text there.
import { containsPersonalCode } from '../../../src/common/validation/personal-code';

/**
 * The fields whose text holds a Lithuanian personal code, each with the refusal explained, so
 * a person learns it before sending rather than from the server's answer.
 */
export function personalCodeProblems(
  t: TFunction,
  texts: Record<string, string | null | undefined>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(texts)
      .filter(([, text]) => text && containsPersonalCode(text))
      .map(([field]) => [field, t('error.rule.PERSONAL_CODE')]),
  );
}
