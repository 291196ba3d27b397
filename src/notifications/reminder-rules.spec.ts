import { daysFrom, dueReminder, staleReminders } from './reminder-rules';

describe('reminder rules', () => {
  it('counts whole days across months and the DST change', () => {
    expect(daysFrom('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysFrom('2026-11-03', '2026-10-30')).toBe(-4);
  });

  it('reminds of a due date once, from N days before it to the day itself', () => {
    expect(dueReminder('actionItem', 'a', '2026-05-10', '2026-05-06', 3)).toBeNull();
    const keys = ['2026-05-07', '2026-05-08', '2026-05-10'].map(
      (today) => dueReminder('actionItem', 'a', '2026-05-10', today, 3)!.key,
    );
    expect(new Set(keys)).toEqual(new Set(['ACTION_ITEM_DUE_SOON:a:2026-05-10']));
  });

  it('starts again when the due date moves', () => {
    expect(dueReminder('followUp', 'f', '2026-05-12', '2026-05-10', 3)!.key).toBe(
      'FOLLOW_UP_DUE_SOON:f:2026-05-12',
    );
  });

  it('reminds of an overdue one the day after, then once in every following week', () => {
    const key = (today: string) => dueReminder('actionItem', 'a', '2026-05-10', today, 3)!.key;
    expect(key('2026-05-11')).toBe('ACTION_ITEM_OVERDUE:a:2026-05-10:0');
    expect(key('2026-05-17')).toBe('ACTION_ITEM_OVERDUE:a:2026-05-10:0');
    expect(key('2026-05-18')).toBe('ACTION_ITEM_OVERDUE:a:2026-05-10:1');
    // Missed days catch up with this week's reminder, never with the skipped ones.
    expect(key('2026-06-05')).toBe('ACTION_ITEM_OVERDUE:a:2026-05-10:3');
  });

  it('tells the assignee after 30 quiet days and the secretary a week later', () => {
    expect(staleReminders('a', '2026-04-01', '2026-04-30')).toEqual([]);
    expect(staleReminders('a', '2026-04-01', '2026-05-01').map((r) => r.kind)).toEqual([
      'ACTION_ITEM_STALE',
    ]);
    expect(staleReminders('a', '2026-04-01', '2026-05-08').map((r) => r.key)).toEqual([
      'ACTION_ITEM_STALE:a:2026-04-01',
      'ACTION_ITEM_STALE_FOR_SECRETARY:a:2026-04-01',
    ]);
  });
});
