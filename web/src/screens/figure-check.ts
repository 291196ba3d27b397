import { parseFigure } from '../i18n/format';

export interface FigureBounds {
  wholeNumbers: boolean;
  maxValue: number | null;
}

/** Why a typed figure may not be sent, as a message key and its values; null when it may. */
export function figureProblem(
  text: string,
  bounds: FigureBounds,
): { key: string; values?: Record<string, number> } | null {
  const value = parseFigure(text);
  if (value === null) return { key: 'error.rule.NOT_A_NUMBER' };
  if (value <= 0) return { key: 'item.mustBePositive' };
  if (bounds.wholeNumbers && !Number.isInteger(value))
    return { key: 'error.rule.NOT_WHOLE_NUMBER' };
  if (bounds.maxValue !== null && value > bounds.maxValue) {
    return { key: 'error.rule.TOO_LARGE', values: { max: bounds.maxValue } };
  }
  return null;
}
