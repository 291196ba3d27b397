import { TaskForceWorld } from './factories';
import { MARK_HELD, RECORD_ATTENDANCE, SCHEDULE_MEETING } from './meeting-documents';
import { TestApp } from './test-app';

/** Meetings built over HTTP by the world's secretary, shared by the meeting specs. */
export function meetingBuilders(t: TestApp, w: TaskForceWorld) {
  const schedule = async (startsAt: string, extra: Record<string, unknown> = {}) => {
    const start = new Date(startsAt);
    const res = await t.gql(
      SCHEDULE_MEETING,
      {
        input: {
          taskForceId: w.taskForceId,
          title: 'Posėdis dėl prevencijos mokyklose',
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + 2 * 3600_000).toISOString(),
          location: 'Savivaldybės salė 201',
          ...extra,
        },
      },
      w.secretary.token,
    );
    expect(res.errors).toBeUndefined();
    return res.data.scheduleMeeting;
  };

  /** Every voting member present except `absent` of them. */
  const attendance = (absent: number) => {
    const voting = [w.chair, w.deputy, w.secretary, w.member].map((u) => u.personId);
    return [...voting, ...w.others].map((personId, i) => ({
      personId,
      status: i < absent ? 'ABSENT' : i % 2 ? 'REMOTE' : 'PRESENT',
    }));
  };

  const heldMeeting = async (startsAt: string, absent = 0) => {
    const meeting = await schedule(startsAt);
    const recorded = await t.gql(
      RECORD_ATTENDANCE,
      { input: { meetingId: meeting.id, entries: attendance(absent) } },
      w.secretary.token,
    );
    expect(recorded.errors).toBeUndefined();
    const held = await t.gql(
      MARK_HELD,
      { input: { id: meeting.id, version: meeting.version } },
      w.secretary.token,
    );
    expect(held.errors).toBeUndefined();
    return held.data.markMeetingHeld;
  };

  return { schedule, attendance, heldMeeting };
}
