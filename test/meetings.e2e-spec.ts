import {
  activeMeasureIds,
  PINNED_NOW,
  seedTaskForceWorld,
  TaskForceWorld,
} from './support/factories';
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
  SCHEDULE_MEETING,
  UPDATE_AGENDA_ITEM,
  UPDATE_DECISION,
  UPDATE_MEETING,
} from './support/meeting-documents';
import { codeOf, startTestApp, TestApp } from './support/test-app';

describe('A secretary records a whole meeting', () => {
  let t: TestApp;
  let w: TaskForceWorld;
  let measures: string[];

  beforeAll(async () => {
    t = await startTestApp({ fixedNow: PINNED_NOW, demoData: true });
    w = await seedTaskForceWorld(t);
    measures = await activeMeasureIds(t, w.secretary.token);
  });
  afterAll(() => t.close());

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
      { field: 'votes', message: 'cannot be recorded at a meeting without quorum' },
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
