import {
  activeMeasureIds,
  PINNED_NOW,
  seedTaskForceWorld,
  TaskForceWorld,
} from './support/factories';
import {
  ADD_AGENDA_ITEM,
  APPROVE_MINUTES,
  MARK_HELD,
  MEETING,
  RECORD_ATTENDANCE,
  RECORD_DECISION,
  REMOVE_AGENDA_ITEM,
  REORDER_AGENDA,
  SAVE_MINUTES,
  UPDATE_AGENDA_ITEM,
  UPDATE_MEETING,
} from './support/meeting-documents';
import { meetingBuilders } from './support/meeting-builders';
import { codeOf, startTestApp, TestApp } from './support/test-app';

describe('A secretary records a whole meeting', () => {
  let t: TestApp;
  let w: TaskForceWorld;
  let measures: string[];

  let build: ReturnType<typeof meetingBuilders>;

  beforeAll(async () => {
    t = await startTestApp({ fixedNow: PINNED_NOW, demoData: true });
    w = await seedTaskForceWorld(t);
    measures = await activeMeasureIds(t, w.secretary.token);
    build = meetingBuilders(t, w);
  });
  afterAll(() => t.close());

  const schedule = (startsAt: string, extra: Record<string, unknown> = {}) =>
    build.schedule(startsAt, extra);
  const attendance = (absent: number) => build.attendance(absent);
  const heldMeeting = (startsAt: string, absent = 0) => build.heldMeeting(startsAt, absent);

  it('goes from scheduling to approved minutes', async () => {
    // 10:00 Vilnius summer time is 07:00 UTC.
    const scheduled = await schedule('2026-06-10T07:00:00Z');
    expect(scheduled).toMatchObject({
      status: 'PLANNED',
      year: 2026,
      startsAtLocal: '2026-06-10T10:00:00+03:00',
      endsAtLocal: '2026-06-10T12:00:00+03:00',
      format: 'IN_PERSON',
      minutesStatus: 'NONE',
      minutes: null,
    });
    expect(scheduled.number).toBe(`2026/${scheduled.sequence}`);

    const updated = await t.gql(
      UPDATE_MEETING,
      {
        input: {
          id: scheduled.id,
          version: scheduled.version,
          format: 'HYBRID',
          title: 'Birželio posėdis',
        },
      },
      w.secretary.token,
    );
    expect(updated.data.updateMeeting).toMatchObject({
      format: 'HYBRID',
      title: 'Birželio posėdis',
    });
    expect(updated.data.updateMeeting.version).toBeGreaterThan(scheduled.version);

    const items: { id: string; version: number; position: number; measures: { id: string }[] }[] =
      [];
    for (const [title, linked] of [
      ['Mokyklų prevencinės paskaitos', [measures[0], measures[1]]],
      ['Specialistų mokymai', [measures[2]]],
      ['Kiti klausimai', []],
    ] as const) {
      const added = await t.gql(
        ADD_AGENDA_ITEM,
        {
          input: {
            meetingId: scheduled.id,
            title,
            presenter: 'R. Sekretorė, savivaldybė',
            measureIds: linked,
          },
        },
        w.secretary.token,
      );
      expect(added.errors).toBeUndefined();
      items.push(added.data.addAgendaItem);
    }
    expect(items.map((i) => i.position)).toEqual([1, 2, 3]);
    expect(items[0].measures.map((m: { id: string }) => m.id).sort()).toEqual(
      [measures[0], measures[1]].sort(),
    );

    const reordered = await t.gql(
      REORDER_AGENDA,
      { input: { meetingId: scheduled.id, itemIds: [items[1].id, items[0].id, items[2].id] } },
      w.secretary.token,
    );
    expect(reordered.data.reorderAgenda.agenda.map((i: { title: string }) => i.title)).toEqual([
      'Specialistų mokymai',
      'Mokyklų prevencinės paskaitos',
      'Kiti klausimai',
    ]);
    const incomplete = await t.gql(
      REORDER_AGENDA,
      { input: { meetingId: scheduled.id, itemIds: [items[1].id] } },
      w.secretary.token,
    );
    expect(codeOf(incomplete)).toBe('BAD_USER_INPUT');

    const removed = await t.gql(
      REMOVE_AGENDA_ITEM,
      { input: { id: items[2].id, version: items[2].version } },
      w.secretary.token,
    );
    expect(removed.data.removeAgendaItem.agenda).toEqual([
      { id: items[1].id, position: 1 },
      { id: items[0].id, position: 2 },
    ]);

    const recorded = await t.gql(
      RECORD_ATTENDANCE,
      {
        input: {
          meetingId: scheduled.id,
          entries: [...attendance(3), { personId: w.observer.personId, status: 'PRESENT' }],
          guests: [{ fullName: 'Dr. Vida Svečia', institution: 'IOM Vilnius' }],
        },
      },
      w.secretary.token,
    );
    expect(recorded.errors).toBeUndefined();
    // Nine voting members, six attend (the observer does not count): more than half is five.
    expect(recorded.data.recordAttendance.quorum).toEqual({
      votingMembers: 9,
      attending: 6,
      required: 5,
      reached: true,
    });
    expect(recorded.data.recordAttendance.guests).toEqual([
      { fullName: 'Dr. Vida Svečia', institution: 'IOM Vilnius' },
    ]);

    const current = (await t.gql(MEETING, { id: scheduled.id }, w.secretary.token)).data.meeting;
    const held = await t.gql(
      MARK_HELD,
      { input: { id: current.id, version: current.version } },
      w.secretary.token,
    );
    expect(held.data.markMeetingHeld.status).toBe('HELD');

    const summary = await t.gql(
      UPDATE_AGENDA_ITEM,
      {
        input: {
          id: items[0].id,
          version: current.agenda.find((i: { id: string }) => i.id === items[0].id).version,
          discussionSummary: 'Aptartas paskaitų grafikas 2026–2027 m.',
        },
      },
      w.secretary.token,
    );
    expect(summary.data.updateAgendaItem.discussionSummary).toBe(
      'Aptartas paskaitų grafikas 2026–2027 m.',
    );

    const decision = await t.gql(
      RECORD_DECISION,
      {
        input: {
          meetingId: scheduled.id,
          agendaItemId: items[0].id,
          kind: 'RESOLUTION',
          text: 'Organizuoti prevencines paskaitas visose miesto gimnazijose.',
          votes: { for: 5, against: 0, abstained: 1 },
          measureIds: [measures[0]],
        },
      },
      w.secretary.token,
    );
    expect(decision.errors).toBeUndefined();
    expect(decision.data.recordDecision).toMatchObject({
      number: `${scheduled.number}-1`,
      kind: 'RESOLUTION',
      votes: { for: 5, against: 0, abstained: 1 },
      measures: [{ id: measures[0] }],
    });
    const info = await t.gql(
      RECORD_DECISION,
      { input: { meetingId: scheduled.id, kind: 'INFORMATION', text: 'Informacija išklausyta.' } },
      w.chair.token,
    );
    expect(info.data.recordDecision).toMatchObject({
      number: `${scheduled.number}-2`,
      votes: null,
    });

    const draft = await t.gql(
      SAVE_MINUTES,
      { input: { meetingId: scheduled.id, text: 'Protokolo projektas.' } },
      w.secretary.token,
    );
    expect(draft.data.saveMinutes).toMatchObject({ status: 'DRAFT', text: 'Protokolo projektas.' });
    const second = await t.gql(
      SAVE_MINUTES,
      {
        input: {
          meetingId: scheduled.id,
          text: 'Protokolas, 2 redakcija.',
          version: draft.data.saveMinutes.version,
        },
      },
      w.secretary.token,
    );
    expect(second.data.saveMinutes.version).toBeGreaterThan(draft.data.saveMinutes.version);

    const bySecretary = await t.gql(
      APPROVE_MINUTES,
      { input: { meetingId: scheduled.id, version: second.data.saveMinutes.version } },
      w.secretary.token,
    );
    expect(codeOf(bySecretary)).toBe('FORBIDDEN');
    const approved = await t.gql(
      APPROVE_MINUTES,
      { input: { meetingId: scheduled.id, version: second.data.saveMinutes.version } },
      w.chair.token,
    );
    expect(approved.errors).toBeUndefined();
    expect(approved.data.approveMinutes).toMatchObject({
      status: 'APPROVED',
      approvedAt: PINNED_NOW.toISOString(),
      approvedBy: { id: w.chair.personId },
    });

    // A member and the Commission read the whole record.
    for (const token of [w.member.token, w.commission]) {
      const read = await t.gql(MEETING, { id: scheduled.id }, token);
      expect(read.errors).toBeUndefined();
      expect(read.data.meeting).toMatchObject({
        status: 'HELD',
        minutesStatus: 'APPROVED',
        minutes: { text: 'Protokolas, 2 redakcija.', approvedBy: { fullName: 'Ona Pirmininkė' } },
        quorum: { reached: true },
      });
      expect(read.data.meeting.agenda).toHaveLength(2);
      expect(read.data.meeting.attendance).toHaveLength(10);
      expect(read.data.meeting.decisions.map((d: { number: string }) => d.number)).toEqual([
        `${scheduled.number}-1`,
        `${scheduled.number}-2`,
      ]);
    }
  });

  it('tells each viewer which operations the meeting allows them now', async () => {
    const OPERATIONS = 'query($id: ID!) { meeting(id: $id) { viewerOperations } }';
    const operations = async (id: string, token: string) =>
      (await t.gql(OPERATIONS, { id }, token)).data.meeting.viewerOperations as string[];

    const upcoming = await schedule('2026-07-01T07:00:00Z');
    const soon = await operations(upcoming.id, w.secretary.token);
    expect(soon).toEqual(
      expect.arrayContaining(['updateMeeting', 'cancelMeeting', 'addAgendaItem']),
    );
    expect(soon).not.toContain('markMeetingHeld');
    expect(soon).not.toContain('recordDecision');

    const started = await schedule('2026-06-10T07:00:00Z');
    const keeping = await operations(started.id, w.secretary.token);
    expect(keeping).toEqual(expect.arrayContaining(['markMeetingHeld', 'recordDecision']));
    expect(keeping).not.toContain('saveMinutes');
    expect(await operations(started.id, w.member.token)).toEqual([]);

    const held = await heldMeeting('2026-06-11T07:00:00Z');
    expect(await operations(held.id, w.secretary.token)).toContain('saveMinutes');
    expect(await operations(held.id, w.chair.token)).not.toContain('approveMinutes');
    await t.gql(
      SAVE_MINUTES,
      { input: { meetingId: held.id, text: 'Protokolas.' } },
      w.secretary.token,
    );
    expect(await operations(held.id, w.chair.token)).toContain('approveMinutes');
    expect(await operations(held.id, w.secretary.token)).not.toContain('approveMinutes');
  });

  it('numbers meetings per task force and Vilnius year', async () => {
    const first = await schedule('2027-02-01T08:00:00Z');
    const second = await schedule('2027-03-01T08:00:00Z');
    expect(first.number).toBe('2027/1');
    expect(second.number).toBe('2027/2');
    // 23:30 UTC on New Year's Eve is already 1 January in Vilnius.
    const newYear = await schedule('2027-12-31T22:30:00Z');
    expect(newYear.number).toBe('2028/1');
    expect(newYear.startsAtLocal).toBe('2028-01-01T00:30:00+02:00');
    // Moving a meeting into another year gives it that year's next number.
    const moved = await t.gql(
      UPDATE_MEETING,
      {
        input: {
          id: newYear.id,
          version: newYear.version,
          startsAt: '2027-12-01T08:00:00Z',
          endsAt: '2027-12-01T10:00:00Z',
        },
      },
      w.secretary.token,
    );
    expect(moved.data.updateMeeting.number).toBe('2027/3');
  });

  it('shows quorum not reached and refuses a voted decision there', async () => {
    const meeting = await heldMeeting('2026-05-20T07:00:00Z', 5);
    const read = (await t.gql(MEETING, { id: meeting.id }, w.member.token)).data.meeting;
    expect(read.quorum).toEqual({
      rule: 'MORE_THAN_HALF',
      votingMembers: 9,
      attending: 4,
      required: 5,
      reached: false,
    });
    const voted = await t.gql(
      RECORD_DECISION,
      {
        input: {
          meetingId: meeting.id,
          kind: 'RESOLUTION',
          text: 'Pritarti planui.',
          votes: { for: 4, against: 0, abstained: 0 },
        },
      },
      w.secretary.token,
    );
    expect(codeOf(voted)).toBe('BAD_USER_INPUT');
    expect(voted.errors![0].message).toMatch(
      /no quorum: 4 of 9 voting members attended and 5 are needed/,
    );
    expect(voted.errors![0].extensions.fields).toEqual([
      {
        field: 'votes',
        rule: 'NO_QUORUM',
        message: 'cannot be recorded at a meeting without quorum',
      },
    ]);
    const unvoted = await t.gql(
      RECORD_DECISION,
      { input: { meetingId: meeting.id, kind: 'INFORMATION', text: 'Informacija išklausyta.' } },
      w.secretary.token,
    );
    expect(unvoted.errors).toBeUndefined();
  });

  it('refuses more votes than voting members present', async () => {
    const meeting = await heldMeeting('2026-05-21T07:00:00Z', 3);
    const res = await t.gql(
      RECORD_DECISION,
      {
        input: {
          meetingId: meeting.id,
          kind: 'RESOLUTION',
          text: 'Pritarti.',
          votes: { for: 5, against: 1, abstained: 1 },
        },
      },
      w.secretary.token,
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions.fields![0]).toEqual({
      field: 'votes',
      rule: 'TOO_LARGE',
      max: 6,
      message: 'add up to 7, more than the 6 voting members present',
    });
  });

  it('refuses attendance for people who are not members on the meeting date', async () => {
    const meeting = await schedule('2026-05-22T07:00:00Z');
    const res = await t.gql(
      RECORD_ATTENDANCE,
      {
        input: {
          meetingId: meeting.id,
          entries: [{ personId: w.outsider.personId, status: 'PRESENT' }],
        },
      },
      w.secretary.token,
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions.fields![0].field).toBe('entries.0.personId');
  });
});
