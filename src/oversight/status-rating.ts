import { registerEnumType } from '@nestjs/graphql';

export enum StatusRating {
  GREEN = 'GREEN',
  AMBER = 'AMBER',
  RED = 'RED',
}

registerEnumType(StatusRating, {
  name: 'StatusRating',
  description: 'RED needs the Commission now, AMBER needs watching, GREEN is on track.',
});

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
  reasons: string[];
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Rates a task force and says why: every rule that fired is a reason. */
export function rateTaskForce(input: RatingInput): RatingResult {
  const red: string[] = [];
  const amber: string[] = [];
  const days = input.daysSinceLastMeeting;
  if (days === null) red.push('No meeting has been held yet.');
  else if (days >= RATING_RULES.redDaysWithoutMeeting) {
    red.push(`No meeting held for ${days} days (red from ${RATING_RULES.redDaysWithoutMeeting}).`);
  } else if (days >= RATING_RULES.amberDaysWithoutMeeting) {
    amber.push(
      `No meeting held for ${days} days (amber from ${RATING_RULES.amberDaysWithoutMeeting}).`,
    );
  }

  const overdueShare = input.openActionItems ? input.overdueActionItems / input.openActionItems : 0;
  const overdue = `${input.overdueActionItems} of ${input.openActionItems} open action items are overdue (${percent(overdueShare)})`;
  if (overdueShare > RATING_RULES.redOverdueShare) {
    red.push(`${overdue}; red above ${percent(RATING_RULES.redOverdueShare)}.`);
  } else if (overdueShare > RATING_RULES.amberOverdueShare) {
    amber.push(`${overdue}; amber above ${percent(RATING_RULES.amberOverdueShare)}.`);
  }

  const done = input.doneOnTime + input.doneLate;
  const lateShare = done ? input.doneLate / done : 0;
  if (lateShare > RATING_RULES.amberDoneLateShare) {
    amber.push(
      `${input.doneLate} of ${done} action items done in the period were late (${percent(lateShare)}; amber above ${percent(RATING_RULES.amberDoneLateShare)}).`,
    );
  }
  if (input.overdueFollowUps > 0) {
    amber.push(`${input.overdueFollowUps} follow-up request(s) past their due date.`);
  }
  if (input.preventionActivities === 0) amber.push('No prevention activity in the period.');

  if (red.length) return { rating: StatusRating.RED, reasons: [...red, ...amber] };
  if (amber.length) return { rating: StatusRating.AMBER, reasons: amber };
  return {
    rating: StatusRating.GREEN,
    reasons: ['Meets regularly, keeps its action items on time and answers follow-ups.'],
  };
}
