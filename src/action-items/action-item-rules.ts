import { badInput, forbidden } from '../common/errors/domain-error';
import { ActionItemStatus, OPEN_STATUSES } from './action-item.enums';

export interface StatusChange {
  from: ActionItemStatus;
  to: ActionItemStatus;
  /** The chair, deputy or secretary, rather than the assignee. */
  byRecordKeeper: boolean;
  reason?: string | null;
}

/**
 * Checks a status change. Closed items (done or cancelled) are reopened only by a record
 * keeper who gives a reason, so the trail says why the work came back.
 */
export function checkStatusChange({ from, to, byRecordKeeper, reason }: StatusChange): void {
  if (from === to) return;
  const reopening = !OPEN_STATUSES.includes(from) && OPEN_STATUSES.includes(to);
  const closedToClosed = !OPEN_STATUSES.includes(from) && !OPEN_STATUSES.includes(to);
  if (closedToClosed) {
    throw badInput([
      { field: 'status', message: `cannot go from ${from} to ${to}; reopen the item first` },
    ]);
  }
  if (reopening && !byRecordKeeper) {
    throw forbidden('Only the chair, deputy chair or secretary may reopen a closed action item.');
  }
  if (reopening && !reason?.trim()) {
    throw badInput([{ field: 'reason', message: 'is required to reopen a closed action item' }]);
  }
  if (from === ActionItemStatus.IN_PROGRESS && to === ActionItemStatus.OPEN && !byRecordKeeper) {
    throw forbidden('Only the chair, deputy chair or secretary may move an item back to OPEN.');
  }
}

/** Units whose values may have fractions; every other unit counts things (people, events). */
const FRACTIONAL_UNITS = new Set(['%', 'proc.', 'eur', 'val.', 'h', 'ha']);

/** Why a contributed value does not fit its indicator's unit, or null when it fits. */
export function valueProblem(unit: string, value: number): string | null {
  if (!Number.isFinite(value) || value <= 0) return 'must be a positive number';
  const normalized = unit.trim().toLowerCase();
  if (normalized === '%' || normalized === 'proc.') {
    return value <= 100 ? null : 'is a percentage and cannot exceed 100';
  }
  if (!FRACTIONAL_UNITS.has(normalized) && !Number.isInteger(value)) {
    return `must be a whole number of ${unit}`;
  }
  return null;
}

/** Why a corrected figure does not fit (0 withdraws the figure), or null when it fits. */
export function correctedValueProblem(unit: string, recorded: number, value: number) {
  if (value === 0) return null;
  if (value < 0) return 'must be positive, or 0 (or null) to withdraw the figure';
  if (value === recorded) return `is the figure already recorded (${recorded})`;
  return valueProblem(unit, value);
}
