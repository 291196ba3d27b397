import { DomainError } from '../common/errors/domain-error';
import { checkStatusChange, correctedValueProblem, valueProblem } from './action-item-rules';
import { ActionItemStatus as S } from './action-item.enums';

const codeOf = (fn: () => void) => {
  try {
    fn();
    return 'OK';
  } catch (error) {
    return (error as DomainError).code;
  }
};

describe('status changes', () => {
  it('lets the assignee move work forward', () => {
    expect(
      codeOf(() => checkStatusChange({ from: S.OPEN, to: S.IN_PROGRESS, byRecordKeeper: false })),
    ).toBe('OK');
    expect(
      codeOf(() => checkStatusChange({ from: S.IN_PROGRESS, to: S.DONE, byRecordKeeper: false })),
    ).toBe('OK');
    expect(
      codeOf(() => checkStatusChange({ from: S.OPEN, to: S.CANCELLED, byRecordKeeper: false })),
    ).toBe('OK');
  });

  it('keeps reopening for record keepers with a reason', () => {
    expect(
      codeOf(() =>
        checkStatusChange({ from: S.DONE, to: S.OPEN, byRecordKeeper: false, reason: 'x' }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      codeOf(() => checkStatusChange({ from: S.DONE, to: S.IN_PROGRESS, byRecordKeeper: true })),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(() =>
        checkStatusChange({
          from: S.CANCELLED,
          to: S.OPEN,
          byRecordKeeper: true,
          reason: 'Vėl aktualu',
        }),
      ),
    ).toBe('OK');
  });

  it('refuses moving between closed states', () => {
    expect(
      codeOf(() => checkStatusChange({ from: S.DONE, to: S.CANCELLED, byRecordKeeper: true })),
    ).toBe('BAD_USER_INPUT');
  });
});

describe('indicator values', () => {
  it('takes positive whole counts', () => {
    expect(valueProblem('asmenys', 25)).toBeNull();
    expect(valueProblem('asmenys', 2.5)).toBe('must be a whole number of asmenys');
    expect(valueProblem('renginiai', 0)).toBe('must be a positive number');
    expect(valueProblem('renginiai', -3)).toBe('must be a positive number');
  });

  it('takes fractions for percentages up to 100 and money', () => {
    expect(valueProblem('%', 12.5)).toBeNull();
    expect(valueProblem('%', 120)).toBe('is a percentage and cannot exceed 100');
    expect(valueProblem('EUR', 99.99)).toBeNull();
  });
});

describe('corrected figures', () => {
  it('withdraws with 0 and refuses negatives, the same figure and a misfit to the unit', () => {
    expect(correctedValueProblem('asmenys', 250, 0)).toBeNull();
    expect(correctedValueProblem('asmenys', 250, 25)).toBeNull();
    expect(correctedValueProblem('asmenys', 250, -25)).toMatch(/positive, or 0/);
    expect(correctedValueProblem('asmenys', 250, 250)).toMatch(/already recorded/);
    expect(correctedValueProblem('asmenys', 250, 2.5)).toMatch(/whole number/);
    expect(correctedValueProblem('%', 50, 120)).toMatch(/cannot exceed 100/);
  });
});
