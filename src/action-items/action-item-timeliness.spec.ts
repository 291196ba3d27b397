import {
  isDoneLate,
  isDoneWithin,
  isOpenAt,
  isOverdue,
  isOverdueAt,
  statusAt,
} from './action-item-timeliness';
import { ActionItemStatus as S } from './action-item.enums';

describe('overdue', () => {
  it('is open and due before today', () => {
    expect(isOverdue({ status: S.OPEN, dueDate: '2026-01-15' }, '2026-01-16')).toBe(true);
    expect(isOverdue({ status: S.IN_PROGRESS, dueDate: '2026-01-15' }, '2026-01-16')).toBe(true);
  });

  it('is not due today, nor closed', () => {
    expect(isOverdue({ status: S.OPEN, dueDate: '2026-01-15' }, '2026-01-15')).toBe(false);
    expect(isOverdue({ status: S.DONE, dueDate: '2026-01-01' }, '2026-01-16')).toBe(false);
    expect(isOverdue({ status: S.CANCELLED, dueDate: '2026-01-01' }, '2026-01-16')).toBe(false);
  });
});

describe('done on time or late', () => {
  it('counts done late only after the due day', () => {
    expect(isDoneLate('2026-01-15', '2026-01-15')).toBe(false);
    expect(isDoneLate('2026-01-16', '2026-01-15')).toBe(true);
    expect(isDoneLate(null, '2026-01-15')).toBe(false);
  });

  it('counts an item done in a period by the date it was last marked done', () => {
    const done = { status: S.DONE, completedOn: '2026-03-31' };
    expect(isDoneWithin(done, '2026-01-01', '2026-03-31')).toBe(true);
    expect(isDoneWithin(done, '2026-04-01', '2026-06-30')).toBe(false);
    expect(isDoneWithin({ status: S.OPEN, completedOn: null }, '2026-01-01', '2026-12-31')).toBe(
      false,
    );
  });
});

describe('status at an earlier moment', () => {
  const at = (iso: string) => new Date(iso);
  // Created 1 March, started 10 March, done 20 March, reopened 1 April.
  const item = {
    status: S.IN_PROGRESS,
    createdAt: at('2026-03-01T08:00:00Z'),
    dueDate: '2026-03-15',
  };
  const changes = [
    { sequence: 1, statusFrom: S.OPEN, createdAt: at('2026-03-10T08:00:00Z') },
    { sequence: 2, statusFrom: null, createdAt: at('2026-03-12T08:00:00Z') },
    { sequence: 3, statusFrom: S.IN_PROGRESS, createdAt: at('2026-03-20T08:00:00Z') },
    { sequence: 4, statusFrom: S.DONE, createdAt: at('2026-04-01T08:00:00Z') },
  ];

  it('is the status the first later change started from, or the current one', () => {
    expect(statusAt(item, changes, at('2026-02-28T00:00:00Z'))).toBeNull();
    expect(statusAt(item, changes, at('2026-03-05T00:00:00Z'))).toBe(S.OPEN);
    expect(statusAt(item, changes, at('2026-03-15T00:00:00Z'))).toBe(S.IN_PROGRESS);
    expect(statusAt(item, changes, at('2026-03-25T00:00:00Z'))).toBe(S.DONE);
    expect(statusAt(item, changes, at('2026-05-01T00:00:00Z'))).toBe(S.IN_PROGRESS);
  });

  it('makes an item open and overdue at a moment as it was then', () => {
    const end = at('2026-03-25T00:00:00Z');
    expect(isOpenAt(item, changes, end)).toBe(false);
    expect(isOverdueAt(item, changes, end, '2026-03-24')).toBe(false);
    const earlier = at('2026-03-17T00:00:00Z');
    expect(isOverdueAt(item, changes, earlier, '2026-03-16')).toBe(true);
    expect(isOverdueAt(item, changes, earlier, '2026-03-15')).toBe(false);
    expect(isOpenAt(item, [], at('2026-02-01T00:00:00Z'))).toBe(false);
  });
});
