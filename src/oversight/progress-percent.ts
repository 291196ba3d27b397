/** Progress percentages are shown to one decimal. */
export const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** total / target × 100, unrounded; 0 for an indicator without a positive target. */
export const indicatorPercent = (total: number, target: number) =>
  target > 0 ? (total / target) * 100 : 0;

/**
 * The progress of a measure, objective, goal or plan: the mean of its indicators' exact
 * percentages, each capped at 100, rounded once at the end (rounding each indicator first
 * skewed the mean: 3.667% and 9% gave 6.4 instead of 6.3). Null without indicators.
 */
export function meanCappedProgress(percents: number[]): number | null {
  if (!percents.length) return null;
  const capped = percents.map((p) => Math.min(100, p));
  return oneDecimal(capped.reduce((a, b) => a + b, 0) / capped.length);
}
