import { FollowUpMessageKind as K, FollowUpStatus as S } from './follow-up.enums';
import {
  isFollowUpOpen,
  isFollowUpOpenAt,
  isFollowUpOverdue,
  isFollowUpOverdueAt,
} from './follow-up-timeliness';

const at = (iso: string) => new Date(iso);

describe('follow-up requests open and overdue', () => {
  it('are open until closed, and overdue while awaiting an answer past the due date', () => {
    expect([S.OPEN, S.ANSWERED, S.CLOSED].map((status) => isFollowUpOpen({ status }))).toEqual([
      true,
      true,
      false,
    ]);
    expect(isFollowUpOverdue({ status: S.OPEN, dueDate: '2026-06-10' }, '2026-06-11')).toBe(true);
    expect(isFollowUpOverdue({ status: S.OPEN, dueDate: '2026-06-10' }, '2026-06-10')).toBe(false);
    expect(isFollowUpOverdue({ status: S.ANSWERED, dueDate: '2026-06-01' }, '2026-06-11')).toBe(
      false,
    );
  });

  it('are judged at an earlier moment as they stood then', () => {
    // Asked 1 June (due 10 June), answered 15 June, closed 20 June.
    const request = {
      status: S.CLOSED,
      dueDate: '2026-06-10',
      createdAt: at('2026-06-01T08:00:00Z'),
      closedAt: at('2026-06-20T08:00:00Z'),
    };
    const messages = [
      { sequence: 1, kind: K.QUESTION, createdAt: at('2026-06-01T08:00:00Z') },
      { sequence: 2, kind: K.ANSWER, createdAt: at('2026-06-15T08:00:00Z') },
    ];
    const endOf = (date: string) => at(`${date}T21:00:00Z`);
    expect(isFollowUpOpenAt(request, at('2026-05-31T21:00:00Z'))).toBe(false);
    expect(isFollowUpOverdueAt(request, messages, endOf('2026-06-10'), '2026-06-10')).toBe(false);
    expect(isFollowUpOverdueAt(request, messages, endOf('2026-06-12'), '2026-06-12')).toBe(true);
    expect(isFollowUpOverdueAt(request, messages, endOf('2026-06-16'), '2026-06-16')).toBe(false);
    expect(isFollowUpOpenAt(request, endOf('2026-06-16'))).toBe(true);
    expect(isFollowUpOpenAt(request, endOf('2026-06-20'))).toBe(false);
  });
});
