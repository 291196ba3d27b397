import { StatusRating } from '../oversight/status-rating';

/**
 * How a task force met over the year: REGULAR about every two months (the last ~40 days
 * ago), LAPSED with its latest meeting called off (last held ~100 days ago: AMBER from 90),
 * STALLED with fewer meetings and the latest called off (last held ~140 days ago: RED from 120).
 */
export type MeetingPattern = 'REGULAR' | 'LAPSED' | 'STALLED';

/**
 * How much of its open work is past due: NONE (GREEN allows up to 10%), SOME (just over 10%,
 * at most 25%: AMBER) or MANY (over 25%: RED).
 */
export type Backlog = 'NONE' | 'SOME' | 'MANY';

/** Where a follow-up request stands: OPEN ones are either past their due date or not yet due. */
export type FollowUpStage = 'OPEN_OVERDUE' | 'OPEN' | 'ANSWERED' | 'CLOSED' | 'CLOSED_TWICE';

/** What the asker wants to know about; the first three name a record of the task force. */
export type FollowUpTopic = 'ITEM' | 'MEETING' | 'CANCELLED_MEETING' | 'NO_MEETINGS' | 'GENERAL';

/** Where last year's annual report stands; a started draft has part of its narrative. */
export type ReportStage = 'DRAFT_EMPTY' | 'DRAFT_STARTED' | 'SUBMITTED' | 'ACCEPTED' | 'RETURNED';

/**
 * What the Commission's overview should show of one demo task force, and the records that
 * make it so. The planners follow it; the unit spec checks `rating` against the rating rules.
 */
export interface DemoProfile {
  rating: StatusRating;
  meetings: MeetingPattern;
  backlog: Backlog;
  /** Highest share of its done items that may be late (AMBER above 30%). */
  maxLateShare: number;
  followUps: { stage: FollowUpStage; about: FollowUpTopic }[];
  report: ReportStage;
}

const { GREEN, AMBER, RED } = StatusRating;

/** On track: meets, keeps its items on time, answers the Commission. */
const onTrack = (followUps: DemoProfile['followUps'], report: ReportStage): DemoProfile => ({
  rating: GREEN,
  meetings: 'REGULAR',
  backlog: 'NONE',
  maxLateShare: 0.3,
  followUps,
  report,
});

/**
 * The profile of each reference municipality's task force, by municipality code: five GREEN,
 * three AMBER and two RED, each AMBER and RED for a different reason, and last year's
 * reports in every state. Vilnius, whose demo accounts people log in with first, stays AMBER:
 * its demo member's own list must show an overdue item, which is the reason.
 */
export const DEMO_PROFILES: Record<string, DemoProfile> = {
  // Vilnius: one overdue item among 4–9 open ones (just over 10%); its report half written.
  '13': {
    rating: AMBER,
    meetings: 'REGULAR',
    backlog: 'SOME',
    maxLateShare: 0.3,
    followUps: [
      { stage: 'OPEN', about: 'ITEM' },
      { stage: 'ANSWERED', about: 'MEETING' },
      { stage: 'CLOSED_TWICE', about: 'GENERAL' },
    ],
    report: 'DRAFT_STARTED',
  },
  // Kaunas: over a quarter of its open items overdue, and late answering about one of them.
  '19': {
    rating: RED,
    meetings: 'REGULAR',
    backlog: 'MANY',
    maxLateShare: 0.5,
    followUps: [
      { stage: 'OPEN_OVERDUE', about: 'ITEM' },
      { stage: 'ANSWERED', about: 'MEETING' },
    ],
    report: 'RETURNED',
  },
  '21': onTrack([{ stage: 'CLOSED', about: 'MEETING' }], 'ACCEPTED'),
  '29': onTrack(
    [
      { stage: 'ANSWERED', about: 'ITEM' },
      { stage: 'CLOSED', about: 'GENERAL' },
    ],
    'SUBMITTED',
  ),
  // Panevėžys: called off its latest meeting, so none for 90–119 days.
  '27': {
    rating: AMBER,
    meetings: 'LAPSED',
    backlog: 'NONE',
    maxLateShare: 0.3,
    followUps: [{ stage: 'CLOSED', about: 'CANCELLED_MEETING' }],
    report: 'SUBMITTED',
  },
  '11': onTrack([{ stage: 'CLOSED', about: 'ITEM' }], 'ACCEPTED'),
  // Marijampolė: no meeting for 120+ days, work slipping, the Commission has just asked why.
  '18': {
    rating: RED,
    meetings: 'STALLED',
    backlog: 'SOME',
    maxLateShare: 0.3,
    followUps: [{ stage: 'OPEN', about: 'NO_MEETINGS' }],
    report: 'DRAFT_EMPTY',
  },
  // Tauragė: otherwise on track, but a follow-up request is past its due date.
  '77': {
    rating: AMBER,
    meetings: 'REGULAR',
    backlog: 'NONE',
    maxLateShare: 0.3,
    followUps: [
      { stage: 'OPEN_OVERDUE', about: 'GENERAL' },
      { stage: 'CLOSED', about: 'MEETING' },
    ],
    report: 'RETURNED',
  },
  '78': onTrack([{ stage: 'OPEN', about: 'GENERAL' }], 'ACCEPTED'),
  '82': onTrack(
    [
      { stage: 'CLOSED_TWICE', about: 'MEETING' },
      { stage: 'ANSWERED', about: 'ITEM' },
    ],
    'SUBMITTED',
  ),
};

/** A municipality without a profile of its own gets an on-track one. */
export const profileOf = (municipalityCode: string): DemoProfile =>
  DEMO_PROFILES[municipalityCode] ?? onTrack([{ stage: 'CLOSED', about: 'GENERAL' }], 'SUBMITTED');
