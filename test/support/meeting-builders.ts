import { TaskForceWorld } from './factories';
import { MARK_HELD, RECORD_ATTENDANCE, SCHEDULE_MEETING } from './meeting-documents';
import { TestApp } from './test-app';

/** A task force and the token of whoever keeps its records (its secretary, usually). */
export interface RecordKeeper {
  taskForceId: string;
  token: string;
}

export type MeetingExtra = Record<string, unknown> & { endsAt?: string };

/**
 * Schedules a meeting over HTTP: two hours from `startsAt` in the council hall unless `extra`
 * says otherwise (title, endsAt, confidential, …). Answers the meeting's MeetingFields.
 */
export async function scheduleMeeting(
  t: TestApp,
  { taskForceId, token }: RecordKeeper,
  startsAt: string,
  extra: MeetingExtra = {},
) {
  const start = new Date(startsAt);
  const res = await t.gql(
    SCHEDULE_MEETING,
    {
      input: {
        taskForceId,
        title: 'Posėdis dėl prevencijos mokyklose',
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 2 * 3600_000).toISOString(),
        location: 'Savivaldybės salė 201',
        ...extra,
      },
    },
    token,
  );
  expect(res.errors).toBeUndefined();
  return res.data.scheduleMeeting;
}

/** Marks a scheduled meeting held; answers its id, version, number and status. */
export async function markHeld(
  t: TestApp,
  { token }: RecordKeeper,
  meeting: { id: string; version: number },
) {
  const held = await t.gql(
    MARK_HELD,
    { input: { id: meeting.id, version: meeting.version } },
    token,
  );
  expect(held.errors).toBeUndefined();
  return held.data.markMeetingHeld;
}

/** The world's voting members and others, all present (alternately remote) but the first `absent`. */
export function attendanceOf(w: TaskForceWorld, absent = 0) {
  const voting = [w.chair, w.deputy, w.secretary, w.member].map((u) => u.personId);
  return [...voting, ...w.others].map((personId, i) => ({
    personId,
    status: i < absent ? 'ABSENT' : i % 2 ? 'REMOTE' : 'PRESENT',
  }));
}

/** Meetings of the world's task force, built by its secretary: shared by the specs. */
export function meetingBuilders(t: TestApp, w: TaskForceWorld) {
  const keeper = () => ({ taskForceId: w.taskForceId, token: w.secretary.token });

  const schedule = (startsAt: string, extra: MeetingExtra = {}) =>
    scheduleMeeting(t, keeper(), startsAt, extra);

  const attendance = (absent: number) => attendanceOf(w, absent);

  /** Scheduled, attended by all but `absent` members, and marked held. */
  const heldMeeting = async (startsAt: string, absent = 0, extra: MeetingExtra = {}) => {
    const meeting = await schedule(startsAt, extra);
    const recorded = await t.gql(
      RECORD_ATTENDANCE,
      { input: { meetingId: meeting.id, entries: attendance(absent) } },
      w.secretary.token,
    );
    expect(recorded.errors).toBeUndefined();
    return markHeld(t, keeper(), meeting);
  };

  return { schedule, attendance, heldMeeting };
}
