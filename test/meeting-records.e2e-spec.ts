/** What happens to a meeting's record after the day: approval, conflicts, cancelling, lists. */
import { PINNED_NOW, seedTaskForceWorld, TaskForceWorld } from './support/factories';
import {
  ADD_AGENDA_ITEM,
  APPROVE_MINUTES,
  CANCEL_MEETING,
  MARK_HELD,
  MEETING,
  MEETINGS,
  RECORD_ATTENDANCE,
  RECORD_DECISION,
  REMOVE_AGENDA_ITEM,
  REORDER_AGENDA,
  SAVE_MINUTES,
  UPDATE_AGENDA_ITEM,
  UPDATE_DECISION,
  UPDATE_MEETING,
} from './support/meeting-documents';
import { meetingBuilders } from './support/meeting-builders';
import { codeOf, startTestApp, TestApp } from './support/test-app';

describe('A meeting record over time: final, versioned, cancelled, listed', () => {
  let t: TestApp;
  let w: TaskForceWorld;

  let build: ReturnType<typeof meetingBuilders>;

  beforeAll(async () => {
    t = await startTestApp({ fixedNow: PINNED_NOW, demoData: true });
    w = await seedTaskForceWorld(t);
    build = meetingBuilders(t, w);
  });
  afterAll(() => t.close());

  const schedule = (startsAt: string, extra: Record<string, unknown> = {}) =>
    build.schedule(startsAt, extra);
  const attendance = (absent: number) => build.attendance(absent);
  const heldMeeting = (startsAt: string, absent = 0) => build.heldMeeting(startsAt, absent);

  it('keeps an approved record final; a correction is an amending decision', async () => {
    const meeting = await heldMeeting('2026-04-15T07:00:00Z');
    const item = (
      await t.gql(
        ADD_AGENDA_ITEM,
        { input: { meetingId: meeting.id, title: 'Planas' } },
        w.secretary.token,
      )
    ).data.addAgendaItem;
    const decision = (
      await t.gql(
        RECORD_DECISION,
        {
          input: {
            meetingId: meeting.id,
            kind: 'RESOLUTION',
            text: 'Paskirti atsakingą asmenį.',
            votes: { for: 9, against: 0, abstained: 0 },
          },
        },
        w.secretary.token,
      )
    ).data.recordDecision;
    const minutes = (
      await t.gql(
        SAVE_MINUTES,
        { input: { meetingId: meeting.id, text: 'Protokolas.' } },
        w.secretary.token,
      )
    ).data.saveMinutes;
    const approved = await t.gql(
      APPROVE_MINUTES,
      { input: { meetingId: meeting.id, version: minutes.version } },
      w.deputy.token,
    );
    expect(approved.data.approveMinutes.approvedBy.id).toBe(w.deputy.personId);
    const final = (await t.gql(MEETING, { id: meeting.id }, w.secretary.token)).data.meeting;

    const attempts: [string, string, Record<string, unknown>][] = [
      ['updateMeeting', UPDATE_MEETING, { id: meeting.id, version: final.version, title: 'Kitas' }],
      [
        'cancelMeeting',
        CANCEL_MEETING,
        { id: meeting.id, version: final.version, reason: 'Klaida' },
      ],
      ['addAgendaItem', ADD_AGENDA_ITEM, { meetingId: meeting.id, title: 'Naujas' }],
      [
        'updateAgendaItem',
        UPDATE_AGENDA_ITEM,
        { id: item.id, version: item.version, title: 'Kitas' },
      ],
      ['removeAgendaItem', REMOVE_AGENDA_ITEM, { id: item.id, version: item.version }],
      ['reorderAgenda', REORDER_AGENDA, { meetingId: meeting.id, itemIds: [item.id] }],
      ['recordAttendance', RECORD_ATTENDANCE, { meetingId: meeting.id, entries: attendance(1) }],
      [
        'recordDecision',
        RECORD_DECISION,
        { meetingId: meeting.id, kind: 'INFORMATION', text: 'Dar vienas.' },
      ],
      [
        'updateDecision',
        UPDATE_DECISION,
        { id: decision.id, version: decision.version, text: 'Pataisa.' },
      ],
      [
        'saveMinutes',
        SAVE_MINUTES,
        { meetingId: meeting.id, text: 'Pakeista.', version: minutes.version + 1 },
      ],
      ['approveMinutes', APPROVE_MINUTES, { meetingId: meeting.id, version: minutes.version + 1 }],
    ];
    for (const [name, document, input] of attempts) {
      const res = await t.gql(document, { input }, w.chair.token);
      expect({ name, code: codeOf(res) }).toEqual({ name, code: 'FAILED_PRECONDITION' });
      expect(res.errors![0].message).toMatch(
        /minutes of meeting .* are approved.*amends the earlier one/,
      );
    }
    const unchanged = (await t.gql(MEETING, { id: meeting.id }, w.secretary.token)).data.meeting;
    expect(unchanged).toEqual(final);

    const later = await heldMeeting('2026-06-01T07:00:00Z');
    const amending = await t.gql(
      RECORD_DECISION,
      {
        input: {
          meetingId: later.id,
          kind: 'RESOLUTION',
          text: 'Pakeisti atsakingą asmenį.',
          amendsId: decision.id,
          votes: { for: 9, against: 0, abstained: 0 },
        },
      },
      w.secretary.token,
    );
    expect(amending.data.recordDecision.amends).toEqual({
      id: decision.id,
      number: `${meeting.number}-1`,
    });
    const original = (await t.gql(MEETING, { id: meeting.id }, w.member.token)).data.meeting
      .decisions[0];
    expect(original.amendedBy).toEqual([
      { id: amending.data.recordDecision.id, number: amending.data.recordDecision.number },
    ]);

    const foreign = await t.gql(
      RECORD_DECISION,
      {
        input: {
          meetingId: later.id,
          kind: 'RESOLUTION',
          text: 'Kita.',
          amendsId: '00000000-0000-4000-8000-000000000000',
        },
      },
      w.secretary.token,
    );
    expect(codeOf(foreign)).toBe('BAD_USER_INPUT');
  });

  it('refuses a stale version with CONFLICT and leaves the record as the winner left it', async () => {
    const meeting = await schedule('2026-07-01T07:00:00Z');
    const first = await t.gql(
      UPDATE_MEETING,
      { input: { id: meeting.id, version: meeting.version, location: 'Salė A' } },
      w.secretary.token,
    );
    expect(first.errors).toBeUndefined();
    const stale = await t.gql(
      UPDATE_MEETING,
      { input: { id: meeting.id, version: meeting.version, location: 'Salė B' } },
      w.chair.token,
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    expect((await t.gql(MEETING, { id: meeting.id }, w.member.token)).data.meeting.location).toBe(
      'Salė A',
    );

    const held = await heldMeeting('2026-06-02T07:00:00Z');
    const draft = (
      await t.gql(
        SAVE_MINUTES,
        { input: { meetingId: held.id, text: 'Pirmas.' } },
        w.secretary.token,
      )
    ).data.saveMinutes;
    await t.gql(
      SAVE_MINUTES,
      { input: { meetingId: held.id, text: 'Antras.', version: draft.version } },
      w.secretary.token,
    );
    const staleMinutes = await t.gql(
      SAVE_MINUTES,
      { input: { meetingId: held.id, text: 'Trečias.', version: draft.version } },
      w.chair.token,
    );
    expect(codeOf(staleMinutes)).toBe('CONFLICT');
    const blind = await t.gql(
      SAVE_MINUTES,
      { input: { meetingId: held.id, text: 'Be versijos.' } },
      w.chair.token,
    );
    expect(codeOf(blind)).toBe('CONFLICT');
  });

  it('cancels a planned meeting with a reason, and only a planned one', async () => {
    const meeting = await schedule('2026-09-01T07:00:00Z');
    const cancelled = await t.gql(
      CANCEL_MEETING,
      { input: { id: meeting.id, version: meeting.version, reason: 'Nesusirinko kvorumas' } },
      w.secretary.token,
    );
    expect(cancelled.data.cancelMeeting).toMatchObject({
      status: 'CANCELLED',
      cancellationReason: 'Nesusirinko kvorumas',
    });
    const again = await t.gql(
      MARK_HELD,
      { input: { id: meeting.id, version: cancelled.data.cancelMeeting.version } },
      w.secretary.token,
    );
    expect(codeOf(again)).toBe('FAILED_PRECONDITION');
    expect(again.errors![0].message).toMatch(/cancelled/);
  });

  it('does not mark a future meeting held, nor take decisions before it starts', async () => {
    const meeting = await schedule('2026-09-15T07:00:00Z');
    const held = await t.gql(
      MARK_HELD,
      { input: { id: meeting.id, version: meeting.version } },
      w.secretary.token,
    );
    expect(codeOf(held)).toBe('FAILED_PRECONDITION');
    const decided = await t.gql(
      RECORD_DECISION,
      { input: { meetingId: meeting.id, kind: 'INFORMATION', text: 'Per anksti.' } },
      w.secretary.token,
    );
    expect(codeOf(decided)).toBe('FAILED_PRECONDITION');
  });

  it('lists meetings with filters, order and pages', async () => {
    const base = { taskForceId: w.taskForceId };
    const all = (await t.gql(MEETINGS, { ...base, first: 100 }, w.member.token)).data.meetings;
    const starts = all.edges.map((e: { node: { startsAt: string } }) => e.node.startsAt);
    expect([...starts].sort().reverse()).toEqual(starts);
    expect(all.totalCount).toBe(all.edges.length);

    const held = (await t.gql(MEETINGS, { ...base, status: 'HELD', first: 100 }, w.member.token))
      .data.meetings;
    expect(held.edges.every((e: { node: { status: string } }) => e.node.status === 'HELD')).toBe(
      true,
    );

    const june = (
      await t.gql(
        MEETINGS,
        { ...base, from: '2026-06-01', to: '2026-06-30', order: 'STARTS_AT_ASC', first: 100 },
        w.member.token,
      )
    ).data.meetings;
    const juneStarts = june.edges.map((e: { node: { startsAt: string } }) => e.node.startsAt);
    expect(juneStarts.length).toBeGreaterThan(0);
    expect(
      juneStarts.every(
        (s: string) => s >= '2026-05-31T21:00:00.000Z' && s < '2026-06-30T21:00:00.000Z',
      ),
    ).toBe(true);
    expect([...juneStarts].sort()).toEqual(juneStarts);

    const page1 = (await t.gql(MEETINGS, { ...base, first: 2 }, w.member.token)).data.meetings;
    const page2 = (
      await t.gql(MEETINGS, { ...base, first: 2, after: page1.pageInfo.endCursor }, w.member.token)
    ).data.meetings;
    expect(
      [...page1.edges, ...page2.edges].map((e: { node: { id: string } }) => e.node.id),
    ).toEqual(all.edges.slice(0, 4).map((e: { node: { id: string } }) => e.node.id));
  });
});
