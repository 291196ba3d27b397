import { RatingReason, RatingReasonCode, StatusRating } from './rating-reason';

export { StatusRating };

/** The rating rules: the one place they are written down in code (the README repeats them). */
export const RATING_RULES = {
  /** RED when no meeting was held for this many days (or ever). */
  redDaysWithoutMeeting: 120,
  /** AMBER from this many days without a meeting. */
  amberDaysWithoutMeeting: 90,
  /** RED when more than this share of the open action items is overdue. */
  redOverdueShare: 0.25,
  /** AMBER when more than this share is overdue. */
  amberOverdueShare: 0.1,
  /** AMBER when more than this share of the items done in the period was done late. */
  amberDoneLateShare: 0.3,
} as const;

export interface RatingInput {
  daysSinceLastMeeting: number | null;
  openActionItems: number;
  overdueActionItems: number;
  doneOnTime: number;
  doneLate: number;
  overdueFollowUps: number;
  preventionActivities: number;
}

export interface RatingResult {
  rating: StatusRating;
  /** Every rule that fired, red ones first; ON_TRACK alone when none did. */
  reasons: RatingReason[];
}

const percent = (share: number) => Math.round(share * 1000) / 10;
const shown = (share: number) => `${Math.round(share * 100)}%`;

/** Rates a task force and says why: every rule that fired is a reason. */
export function rateTaskForce(input: RatingInput): RatingResult {
  const fired: RatingReason[] = [];
  const fire = (level: StatusRating, reason: Omit<RatingReason, 'level'>) =>
    fired.push({ level, ...reason });
  const { RED, AMBER } = StatusRating;

  const days = input.daysSinceLastMeeting;
  if (days === null) {
    fire(RED, { code: RatingReasonCode.NO_MEETING_YET, text: 'No meeting has been held yet.' });
  } else {
    const level = days >= RATING_RULES.redDaysWithoutMeeting ? RED : AMBER;
    const threshold =
      level === RED ? RATING_RULES.redDaysWithoutMeeting : RATING_RULES.amberDaysWithoutMeeting;
    if (days >= threshold) {
      fire(level, {
        code: RatingReasonCode.NO_MEETING_SINCE,
        actual: days,
        threshold,
        text: `No meeting held for ${days} days (${level.toLowerCase()} from ${threshold}).`,
      });
    }
  }

  const open = input.openActionItems;
  const overdueShare = open ? input.overdueActionItems / open : 0;
  const overdueLevel =
    overdueShare > RATING_RULES.redOverdueShare
      ? RED
      : overdueShare > RATING_RULES.amberOverdueShare
        ? AMBER
        : null;
  if (overdueLevel) {
    const bound =
      overdueLevel === RED ? RATING_RULES.redOverdueShare : RATING_RULES.amberOverdueShare;
    fire(overdueLevel, {
      code: RatingReasonCode.OVERDUE_SHARE,
      count: input.overdueActionItems,
      total: open,
      actual: percent(overdueShare),
      threshold: percent(bound),
      text: `${input.overdueActionItems} of ${open} open action items are overdue (${shown(overdueShare)}); ${overdueLevel.toLowerCase()} above ${shown(bound)}.`,
    });
  }

  const done = input.doneOnTime + input.doneLate;
  const lateShare = done ? input.doneLate / done : 0;
  if (lateShare > RATING_RULES.amberDoneLateShare) {
    fire(AMBER, {
      code: RatingReasonCode.DONE_LATE_SHARE,
      count: input.doneLate,
      total: done,
      actual: percent(lateShare),
      threshold: percent(RATING_RULES.amberDoneLateShare),
      text: `${input.doneLate} of ${done} action items done in the period were late (${shown(lateShare)}; amber above ${shown(RATING_RULES.amberDoneLateShare)}).`,
    });
  }
  if (input.overdueFollowUps > 0) {
    fire(AMBER, {
      code: RatingReasonCode.FOLLOW_UPS_OVERDUE,
      count: input.overdueFollowUps,
      text: `${input.overdueFollowUps} follow-up request(s) past their due date.`,
    });
  }
  if (input.preventionActivities === 0) {
    fire(AMBER, {
      code: RatingReasonCode.NO_PREVENTION_ACTIVITY,
      text: 'No prevention activity in the period.',
    });
  }

  const reasons = [
    ...fired.filter((r) => r.level === RED),
    ...fired.filter((r) => r.level !== RED),
  ];
  if (reasons.length) return { rating: reasons[0].level, reasons };
  return {
    rating: StatusRating.GREEN,
    reasons: [
      {
        code: RatingReasonCode.ON_TRACK,
        level: StatusRating.GREEN,
        text: 'Meets regularly, keeps its action items on time and answers follow-ups.',
      },
    ],
  };
}
