import { describe, expect, it } from 'vitest';
import { figureProblem } from './figure-check';

const COUNTED = { wholeNumbers: true, maxValue: null };
const PERCENT = { wholeNumbers: false, maxValue: 100 };

describe('figures checked before sending', () => {
  it('takes whole positive numbers for counted units', () => {
    expect(figureProblem('12', COUNTED)).toBeNull();
    expect(figureProblem('2,5', COUNTED)).toEqual({ key: 'error.rule.NOT_WHOLE_NUMBER' });
    expect(figureProblem('0', COUNTED)).toEqual({ key: 'item.mustBePositive' });
    expect(figureProblem('daug', COUNTED)).toEqual({ key: 'error.rule.NOT_A_NUMBER' });
  });

  it('takes fractions up to the ceiling for percentages', () => {
    expect(figureProblem('12,5', PERCENT)).toBeNull();
    expect(figureProblem('120', PERCENT)).toEqual({
      key: 'error.rule.TOO_LARGE',
      values: { max: 100 },
    });
  });
});
