import { Lifecycle } from '../common/lifecycle/lifecycle';
import { MeetingStatus, MinutesStatus } from './meeting.enums';

const { PLANNED, HELD, CANCELLED } = MeetingStatus;

/** What the meeting rules look at: its times as they would stand after the operation. */
export interface MeetingFacts {
  startsAt: Date;
  endsAt: Date;
  now: Date;
  /** How many decisions were recorded at it (asked only by the rows that need it). */
  decisions: () => Promise<number>;
}

const started = (f: MeetingFacts) => f.startsAt <= f.now;

/** The meeting's lifecycle: PLANNED, then HELD or CANCELLED, and what may change in each. */
export const MEETING_LIFECYCLE = new Lifecycle<MeetingStatus, MeetingFacts>({
  record: 'Meeting',
  verb: 'is',
  states: { PLANNED: 'planned', HELD: 'held', CANCELLED: 'cancelled' },
  reasons: { PLANNED: 'MEETING_PLANNED', HELD: 'MEETING_HELD', CANCELLED: 'MEETING_CANCELLED' },
  final: { CANCELLED: 'so its record cannot change.' },
  transitions: [
    { operations: ['scheduleMeeting'], from: [], to: PLANNED },
    {
      operations: ['updateMeeting'],
      from: [PLANNED, HELD],
      when: 'a held meeting, or one with decisions, is not moved to start after now',
      refuse: async (f, state) => {
        if (started(f)) return null;
        if (state === HELD) {
          return {
            reason: 'MEETING_HELD',
            message: 'is held, so it cannot be moved to start after now.',
          };
        }
        const decisions = await f.decisions();
        return decisions
          ? {
              reason: 'MEETING_HAS_DECISIONS',
              message: `has ${decisions} decision(s) recorded, so it has started and cannot be moved to start after now.`,
            }
          : null;
      },
    },
    {
      operations: ['markMeetingHeld'],
      from: [PLANNED],
      to: HELD,
      when: 'it has started',
      refuse: (f) =>
        started(f)
          ? null
          : {
              reason: 'MEETING_NOT_STARTED',
              message: 'has not started yet; it can be marked held once it has.',
            },
    },
    {
      operations: ['cancelMeeting'],
      from: [PLANNED],
      to: CANCELLED,
      when: 'no decision was recorded at it',
      refuse: async (f) => {
        const decisions = await f.decisions();
        return decisions
          ? {
              reason: 'MEETING_HAS_DECISIONS',
              message: `has ${decisions} decision(s) recorded: it took place, so mark it held rather than cancelled.`,
            }
          : null;
      },
    },
    {
      operations: [
        'addAgendaItem',
        'updateAgendaItem',
        'removeAgendaItem',
        'reorderAgenda',
        'recordAttendance',
      ],
      from: [PLANNED, HELD],
    },
    {
      // In progress means started: the secretary may record at her desk after the meeting
      // before marking it held. A cancelled meeting takes none (final), and one that took
      // decisions cannot be cancelled (above).
      operations: ['recordDecision', 'updateDecision'],
      from: [PLANNED, HELD],
      when: 'a planned meeting has started (is in progress)',
      refuse: (f, state) =>
        state === PLANNED && !started(f)
          ? {
              reason: 'MEETING_NOT_STARTED',
              message: 'has not started yet; decisions are recorded once it has.',
            }
          : null,
    },
    { operations: ['saveMinutes', 'approveMinutes'], from: [HELD] },
  ],
  note: 'Every operation above also needs the minutes not approved (see the minutes table).',
});

/** The minutes' lifecycle; approved minutes make the whole meeting record final. */
export const MINUTES_LIFECYCLE = new Lifecycle<MinutesStatus, void>({
  record: 'Minutes',
  verb: 'are',
  states: { NONE: 'not written yet', DRAFT: 'a draft', APPROVED: 'approved' },
  reasons: { NONE: 'MINUTES_NONE', DRAFT: 'MINUTES_DRAFT', APPROVED: 'MINUTES_APPROVED' },
  final: {
    APPROVED:
      'so its record can no longer change. ' +
      'Record a correction as a new decision that amends the earlier one.',
  },
  transitions: [
    {
      operations: ['saveMinutes'],
      from: [MinutesStatus.NONE, MinutesStatus.DRAFT],
      to: MinutesStatus.DRAFT,
    },
    { operations: ['approveMinutes'], from: [MinutesStatus.DRAFT], to: MinutesStatus.APPROVED },
  ],
  note:
    "Approved minutes make the meeting's whole record final; a correction is a later decision " +
    'that amends the earlier one.',
});
