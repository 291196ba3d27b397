import { indicatorPercent, meanCappedProgress, oneDecimal } from './progress-percent';

describe('plan progress percentages', () => {
  it('rounds a roll-up once, from the exact percentages', () => {
    // 11 of 300 is 3.667%, 54 of 600 is 9%: the mean is 6.333, not (3.7 + 9) / 2 = 6.35.
    const exact = [indicatorPercent(11, 300), indicatorPercent(54, 600)];
    expect(exact.map(oneDecimal)).toEqual([3.7, 9]);
    expect(meanCappedProgress(exact)).toBe(6.3);
  });

  it('caps each indicator at 100% before averaging, and has no progress without indicators', () => {
    expect(meanCappedProgress([250, 50])).toBe(75);
    expect(meanCappedProgress([])).toBeNull();
    expect(indicatorPercent(5, 0)).toBe(0);
    expect(indicatorPercent(150, 100)).toBe(150);
  });
});
