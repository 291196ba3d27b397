import { activityDateProblem } from './prevention-activity-rules';

describe('the date of a prevention activity', () => {
  it('may be today or earlier, never after today', () => {
    expect(activityDateProblem('2026-06-15', '2026-06-15')).toBeNull();
    expect(activityDateProblem('2025-12-31', '2026-06-15')).toBeNull();
    expect(activityDateProblem('2026-06-16', '2026-06-15')).toMatch(/after today \(2026-06-15\)/);
  });
});
