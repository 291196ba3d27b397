import { DomainError, ErrorCode } from '../common/errors/domain-error';
import { MEETING_LIFECYCLE, MeetingFacts, MINUTES_LIFECYCLE } from './meeting-lifecycle';
import { MeetingStatus, MinutesStatus } from './meeting.enums';

const { PLANNED, HELD, CANCELLED } = MeetingStatus;
const NOW = new Date('2026-06-15T09:00:00Z');
const hours = (h: number) => new Date(NOW.getTime() + h * 3600_000);

/** A meeting from `start` to `end` hours from now, with `decisions` recorded at it. */
const facts = (start: number, end: number, decisions = 0): MeetingFacts => ({
  startsAt: hours(start),
  endsAt: hours(end),
  now: NOW,
  decisions: () => Promise.resolve(decisions),
});

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe(ErrorCode.FAILED_PRECONDITION);
    return (error as DomainError).message;
  }
  throw new Error('it was allowed');
}

const meeting = (operation: string, state: MeetingStatus, f: MeetingFacts) =>
  MEETING_LIFECYCLE.require(operation, state, f, 'Meeting 2026/3');

describe('meeting lifecycle', () => {
  it('marks a started planned meeting held, and only that', async () => {
    expect(await meeting('markMeetingHeld', PLANNED, facts(-1, 1))).toBe(HELD);
    expect(await refusal(meeting('markMeetingHeld', PLANNED, facts(1, 3)))).toBe(
      'Meeting 2026/3 has not started yet; it can be marked held once it has.',
    );
    expect(await refusal(meeting('markMeetingHeld', HELD, facts(-3, -1)))).toBe(
      'Meeting 2026/3 is held; markMeetingHeld is possible only while it is planned.',
    );
  });

  it('cancels a planned meeting at which no decision was recorded', async () => {
    expect(await meeting('cancelMeeting', PLANNED, facts(-1, 1))).toBe(CANCELLED);
    expect(await refusal(meeting('cancelMeeting', PLANNED, facts(-1, 1, 2)))).toMatch(
      /has 2 decision\(s\) recorded: it took place/,
    );
  });

  it('keeps a held meeting, or one with decisions, from starting after now', async () => {
    expect(await meeting('updateMeeting', HELD, facts(-48, -46))).toBe(HELD);
    expect(await refusal(meeting('updateMeeting', HELD, facts(24, 26)))).toBe(
      'Meeting 2026/3 is held, so it cannot be moved to start after now.',
    );
    expect(await meeting('updateMeeting', PLANNED, facts(24, 26))).toBe(PLANNED);
    expect(await refusal(meeting('updateMeeting', PLANNED, facts(24, 26, 1)))).toMatch(
      /has 1 decision\(s\) recorded, so it has started/,
    );
  });

  it('takes decisions at a held meeting or a planned one that has started', async () => {
    expect(await meeting('recordDecision', HELD, facts(-48, -46))).toBe(HELD);
    expect(await meeting('recordDecision', PLANNED, facts(-1, 1))).toBe(PLANNED);
    expect(await refusal(meeting('recordDecision', PLANNED, facts(1, 3)))).toMatch(
      /has not started yet/,
    );
    expect(await meeting('updateDecision', PLANNED, facts(-3, -1))).toBe(PLANNED);
  });

  it('writes minutes only for a held meeting', async () => {
    expect(await meeting('saveMinutes', HELD, facts(-3, -1))).toBe(HELD);
    expect(await refusal(meeting('saveMinutes', PLANNED, facts(-3, -1)))).toBe(
      'Meeting 2026/3 is planned; saveMinutes is possible only while it is held.',
    );
  });

  it('changes nothing about a cancelled meeting', async () => {
    expect(MEETING_LIFECYCLE.isFinal(CANCELLED)).toBe(true);
    for (const { operations } of MEETING_LIFECYCLE.definition.transitions) {
      for (const operation of operations.filter((o) => o !== 'scheduleMeeting')) {
        expect(await refusal(meeting(operation, CANCELLED, facts(-3, -1)))).toBe(
          'Meeting 2026/3 is cancelled, so its record cannot change.',
        );
      }
    }
  });

  it('prints as a table for the README', () => {
    const table = MEETING_LIFECYCLE.markdown();
    expect(table).toContain('| `markMeetingHeld` | `PLANNED` | `HELD` | it has started |');
    expect(table).toContain('| `scheduleMeeting` | (new) | `PLANNED` |  |');
    expect(table).toContain('\n\nFinal: `CANCELLED`.\nEvery operation above');
  });

  it('has no row for an unknown operation', async () => {
    await expect(meeting('deleteMeeting', PLANNED, facts(1, 2))).rejects.toThrow(
      'deleteMeeting is not in the Meeting lifecycle',
    );
  });
});

describe('minutes lifecycle', () => {
  const minutes = (operation: string, state: MinutesStatus) =>
    MINUTES_LIFECYCLE.require(operation, state, undefined, 'The minutes of meeting 2026/3');

  it('drafts, redrafts and approves', async () => {
    expect(await minutes('saveMinutes', MinutesStatus.NONE)).toBe(MinutesStatus.DRAFT);
    expect(await minutes('saveMinutes', MinutesStatus.DRAFT)).toBe(MinutesStatus.DRAFT);
    expect(await minutes('approveMinutes', MinutesStatus.DRAFT)).toBe(MinutesStatus.APPROVED);
  });

  it('approves only a draft', async () => {
    expect(await refusal(minutes('approveMinutes', MinutesStatus.NONE))).toBe(
      'The minutes of meeting 2026/3 are not written yet; approveMinutes is possible only while they are a draft.',
    );
  });

  it('makes the record final once approved', async () => {
    expect(MINUTES_LIFECYCLE.isFinal(MinutesStatus.APPROVED)).toBe(true);
    expect(await refusal(minutes('saveMinutes', MinutesStatus.APPROVED))).toMatch(
      /^The minutes of meeting 2026\/3 are approved, so its record can no longer change\. Record a correction/,
    );
    expect(() =>
      MINUTES_LIFECYCLE.requireNotFinal(MinutesStatus.DRAFT, 'The minutes of meeting 2026/3'),
    ).not.toThrow();
  });
});
