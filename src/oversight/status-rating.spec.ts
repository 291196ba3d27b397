import { RatingReasonCode } from './rating-reason';
import { rateTaskForce, RatingInput, StatusRating } from './status-rating';

const healthy: RatingInput = {
  daysSinceLastMeeting: 30,
  openActionItems: 20,
  overdueActionItems: 1,
  doneOnTime: 10,
  doneLate: 1,
  overdueFollowUps: 0,
  preventionActivities: 6,
};

describe('status rating', () => {
  it('is green when no rule fires', () => {
    expect(rateTaskForce(healthy).rating).toBe(StatusRating.GREEN);
  });

  it.each<[string, Partial<RatingInput>, StatusRating, RegExp]>([
    ['never met', { daysSinceLastMeeting: null }, StatusRating.RED, /No meeting has been held yet/],
    [
      '120 days without a meeting',
      { daysSinceLastMeeting: 120 },
      StatusRating.RED,
      /120 days \(red from 120\)/,
    ],
    ['119 days', { daysSinceLastMeeting: 119 }, StatusRating.AMBER, /119 days \(amber from 90\)/],
    ['89 days', { daysSinceLastMeeting: 89 }, StatusRating.GREEN, /Meets regularly/],
    [
      'over a quarter overdue',
      { overdueActionItems: 6 },
      StatusRating.RED,
      /6 of 20 .* \(30%\); red above 25%/,
    ],
    ['exactly a quarter overdue', { overdueActionItems: 5 }, StatusRating.AMBER, /amber above 10%/],
    ['a tenth overdue', { overdueActionItems: 2 }, StatusRating.GREEN, /Meets regularly/],
    ['many done late', { doneOnTime: 6, doneLate: 4 }, StatusRating.AMBER, /4 of 10 .* late \(40%/],
    ['overdue follow-ups', { overdueFollowUps: 2 }, StatusRating.AMBER, /2 follow-up request/],
    [
      'no prevention work',
      { preventionActivities: 0 },
      StatusRating.AMBER,
      /No prevention activity/,
    ],
  ])('%s', (_name, change, rating, reason) => {
    const result = rateTaskForce({ ...healthy, ...change });
    expect(result.rating).toBe(rating);
    expect(result.reasons.map((r) => r.text).join(' ')).toMatch(reason);
  });

  it('lists every rule that fired, red ones first', () => {
    const result = rateTaskForce({
      ...healthy,
      daysSinceLastMeeting: 200,
      preventionActivities: 0,
    });
    expect(result.rating).toBe(StatusRating.RED);
    expect(result.reasons).toHaveLength(2);
    expect(result.reasons[0].text).toMatch(/200 days/);
  });

  it('gives each reason its code and figures, for a client to word', () => {
    const result = rateTaskForce({ ...healthy, daysSinceLastMeeting: 100, overdueActionItems: 6 });
    expect(result.reasons).toEqual([
      expect.objectContaining({
        code: RatingReasonCode.OVERDUE_SHARE,
        level: StatusRating.RED,
        count: 6,
        total: 20,
        actual: 30,
        threshold: 25,
      }),
      expect.objectContaining({
        code: RatingReasonCode.NO_MEETING_SINCE,
        level: StatusRating.AMBER,
        actual: 100,
        threshold: 90,
      }),
    ]);
    expect(rateTaskForce(healthy).reasons.map((r) => r.code)).toEqual([RatingReasonCode.ON_TRACK]);
  });

  it('treats a task force without open items as not overdue', () => {
    expect(rateTaskForce({ ...healthy, openActionItems: 0, overdueActionItems: 0 }).rating).toBe(
      StatusRating.GREEN,
    );
  });
});
