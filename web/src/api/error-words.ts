import type { TFunction } from 'i18next';
import { ApiError, FieldProblem } from './api-error';

/** A refusal in the reader's language, from its reason or code; never the API's English text. */
export function errorText(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError) || error.code === 'NETWORK') return t('error.network');
  if (error.reason && t(`error.reason.${error.reason}`, { defaultValue: '' })) {
    return t(`error.reason.${error.reason}`);
  }
  return t(`error.code.${error.code}`, { defaultValue: t('error.code.INTERNAL_SERVER_ERROR') });
}

/** What is wrong with one field, from the rule the API or the form names. */
export function fieldText(t: TFunction, problem: Pick<FieldProblem, 'rule' | 'min' | 'max'>) {
  return t(`error.rule.${problem.rule}`, {
    min: problem.min,
    max: problem.max,
    defaultValue: t('error.rule.INVALID_VALUE'),
  });
}
