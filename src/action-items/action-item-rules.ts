import { badInput, failedPrecondition } from '../common/errors/domain-error';
import { ACTION_ITEM_LIFECYCLE, ActionItemFacts } from './action-item-lifecycle';
import { ActionItemStatus } from './action-item.enums';

export interface StatusChange extends ActionItemFacts {
  from: ActionItemStatus;
  to: ActionItemStatus;
}

/** Checks a status change against the action item's lifecycle table. */
export function checkStatusChange({ from, to, ...facts }: StatusChange): void {
  if (from === to) return;
  const move = ACTION_ITEM_LIFECYCLE.moveOf(from, to);
  if (!move) {
    throw badInput([
      {
        field: 'status',
        rule: 'STATUS_MOVE',
        message: `cannot go from ${from} to ${to}; reopen the item first`,
      },
    ]);
  }
  // The action item's rows refuse by throwing: the caller lacks the role or gave no reason.
  const refusal = move.refuse?.(facts, from);
  if (refusal instanceof Object && 'reason' in refusal) {
    throw failedPrecondition(refusal.reason, `The action item ${refusal.message}`);
  }
}

/** Units whose values may have fractions; every other unit counts things (people, events). */
const FRACTIONAL_UNITS = new Set(['%', 'proc.', 'eur', 'val.', 'h', 'ha']);

/** What values an indicator's unit takes: whole numbers only (counted things), and a ceiling. */
export function unitBounds(unit: string): { wholeNumbers: boolean; maxValue: number | null } {
  const normalized = unit.trim().toLowerCase();
  const percentage = normalized === '%' || normalized === 'proc.';
  return { wholeNumbers: !FRACTIONAL_UNITS.has(normalized), maxValue: percentage ? 100 : null };
}

/** Why a contributed value does not fit its indicator's unit, or null when it fits. */
export function valueProblem(unit: string, value: number): string | null {
  if (!Number.isFinite(value) || value <= 0) return 'must be a positive number';
  const { wholeNumbers, maxValue } = unitBounds(unit);
  if (maxValue !== null) {
    return value <= maxValue ? null : 'is a percentage and cannot exceed 100';
  }
  if (wholeNumbers && !Number.isInteger(value)) return `must be a whole number of ${unit}`;
  return null;
}

/** Why a corrected figure does not fit (0 withdraws the figure), or null when it fits. */
export function correctedValueProblem(unit: string, recorded: number, value: number) {
  if (value === 0) return null;
  if (value < 0) return 'must be positive, or 0 (or null) to withdraw the figure';
  if (value === recorded) return `is the figure already recorded (${recorded})`;
  return valueProblem(unit, value);
}
