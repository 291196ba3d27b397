import { addMember, PINNED_NOW, seedTaskForceWorld, TaskForceWorld } from './support/factories';
import {
  ADD_AGENDA_ITEM,
  APPROVE_MINUTES,
  CANCEL_MEETING,
  MARK_HELD,
  MEETING,
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
import { codeOf, GraphQLResponse, startTestApp, TestApp } from './support/test-app';

const OUTCOME = /* GraphQL */ `
  query ($id: ID!) {
    meeting(id: $id) {
      decisions {
        id
        version
        number
        outcome
      }
    }
  }
`;

const OVERVIEW = /* GraphQL */ `
  query ($from: LocalDate, $to: LocalDate) {
    statusOverview(from: $from, to: $to) {
      rows {
        taskForce {
          id
        }
        decisions
      }
    }
  }
`;

const REPORT = /* GraphQL */ `
  mutation ($input: GenerateAnnualReportInput!) {
    generateAnnualReport(input: $input) {
      figures {
        decisions
        decisionsByKind {
          label
          count
        }
      }
    }
  }
`;

const HOUR = 3600_000;

/** Meeting records by the rules of issue 13: lifecycle, outcomes, agenda order. */
describe('Meeting rules', () => {
  let t: TestApp;
  let w: TaskForceWorld;

  beforeAll(async () => {
    t = await startTestApp({ fixedNow: PINNED_NOW });
    w = await seedTaskForceWorld(t);
  });
  afterAll(() => t.close());

  const ok = (res: GraphQLResponse, field: string) => {
    expect(res.errors).toBeUndefined();
    return res.data[field];
  };
  const as = (query: string, input: Record<string, unknown>, token = w.secretary.token) =>
    t.gql(query, { input }, token);

  /** A meeting of `hours` hours starting at `startsAt` (UTC). */
  const schedule = async (startsAt: string, hours = 2) => {
    const start = new Date(startsAt);
    const end = new Date(start.getTime() + hours * HOUR).toISOString();
    return ok(
      await as(SCHEDULE_MEETING, {
        taskForceId: w.taskForceId,
        title: 'Posėdis',
        startsAt: start.toISOString(),
        endsAt: end,
      }),
      'scheduleMeeting',
    );
  };

  /** All nine voting members attend. */
  const attendAll = async (meetingId: string) => {
    const voting = [w.chair, w.deputy, w.secretary, w.member].map((u) => u.personId);
    const entries = [...voting, ...w.others].map((personId) => ({ personId, status: 'PRESENT' }));
    ok(await as(RECORD_ATTENDANCE, { meetingId, entries }), 'recordAttendance');
  };

  const heldMeeting = async (startsAt: string) => {
    const meeting = await schedule(startsAt);
    await attendAll(meeting.id);
    return ok(await as(MARK_HELD, { id: meeting.id, version: meeting.version }), 'markMeetingHeld');
  };

  const read = async (id: string) => ok(await t.gql(MEETING, { id }, w.member.token), 'meeting');

  const decide = (meetingId: string, votes?: { for: number; against: number; abstained: number }) =>
    as(RECORD_DECISION, { meetingId, kind: 'RESOLUTION', text: 'Pritarti planui.', votes });

  const refused = (res: GraphQLResponse, code: string, message: RegExp) => {
    expect(codeOf(res)).toBe(code);
    expect(res.errors![0].message).toMatch(message);
  };

  describe('a held meeting stays in the past (item 1)', () => {
    it('refuses to move a held meeting to start after now, and leaves it as it was', async () => {
      const held = await heldMeeting('2026-03-10T08:00:00Z');
      const moved = await as(UPDATE_MEETING, {
        id: held.id,
        version: held.version,
        startsAt: '2027-01-12T08:00:00Z',
        endsAt: '2027-01-12T10:00:00Z',
      });
      refused(moved, 'FAILED_PRECONDITION', /is held, so it cannot be moved to start after now/);
      expect(await read(held.id)).toMatchObject({
        number: held.number,
        status: 'HELD',
        startsAt: '2026-03-10T08:00:00.000Z',
      });
    });

    it('still corrects the time of a held meeting within the past', async () => {
      const held = await heldMeeting('2026-03-11T08:00:00Z');
      const fixed = await as(UPDATE_MEETING, {
        id: held.id,
        version: held.version,
        startsAt: '2026-03-11T07:00:00Z',
      });
      expect(ok(fixed, 'updateMeeting')).toMatchObject({
        status: 'HELD',
        startsAtLocal: '2026-03-11T09:00:00+02:00',
      });
    });

    it('moves a planned meeting, which keeps the rules of a planned meeting', async () => {
      const planned = await schedule('2026-07-01T07:00:00Z');
      const moved = ok(
        await as(UPDATE_MEETING, {
          id: planned.id,
          version: planned.version,
          startsAt: '2026-07-08T07:00:00Z',
          endsAt: '2026-07-08T09:00:00Z',
        }),
        'updateMeeting',
      );
      expect(moved.status).toBe('PLANNED');
      refused(
        await as(MARK_HELD, { id: moved.id, version: moved.version }),
        'FAILED_PRECONDITION',
        /has not started yet/,
      );
      refused(await decide(moved.id), 'FAILED_PRECONDITION', /has not started yet/);
    });

    it('does not move a meeting in progress with decisions into the future', async () => {
      // PINNED_NOW is 09:00 UTC: this meeting runs 08:00–11:00.
      const running = await schedule('2026-06-15T08:00:00Z', 3);
      ok(await decide(running.id), 'recordDecision');
      const moved = await as(UPDATE_MEETING, {
        id: running.id,
        version: running.version,
        startsAt: '2026-06-22T08:00:00Z',
        endsAt: '2026-06-22T10:00:00Z',
      });
      refused(moved, 'FAILED_PRECONDITION', /has 1 decision\(s\) recorded, so it has started/);
    });
  });

  describe('decisions record their outcome (item 5)', () => {
    it('derives ADOPTED or REJECTED from the votes, and none without a vote', async () => {
      const meeting = await heldMeeting('2026-04-07T07:00:00Z');
      for (const votes of [
        { for: 5, against: 0, abstained: 1 },
        { for: 3, against: 3, abstained: 0 },
        { for: 2, against: 4, abstained: 2 },
        undefined,
      ]) {
        ok(await decide(meeting.id, votes), 'recordDecision');
      }
      const decisions = ok(
        await t.gql(OUTCOME, { id: meeting.id }, w.member.token),
        'meeting',
      ).decisions;
      expect(decisions.map((d: { outcome: string | null }) => d.outcome)).toEqual([
        'ADOPTED',
        'REJECTED',
        'REJECTED',
        null,
      ]);
      // A recount changes the outcome with the votes.
      const [, tie] = decisions;
      ok(
        await as(UPDATE_DECISION, {
          id: tie.id,
          version: tie.version,
          votes: { for: 4, against: 3, abstained: 0 },
        }),
        'updateDecision',
      );
      const recounted = ok(await t.gql(OUTCOME, { id: meeting.id }, w.member.token), 'meeting');
      expect(recounted.decisions[1].outcome).toBe('ADOPTED');
    });

    it('counts a rejected resolution as no decision taken, in the overview and the report', async () => {
      // The other task force, whose decisions no other test records: its secretary (the
      // outsider) and eight more voting members.
      const taskForceId = w.otherTaskForceId;
      const outsider = w.outsider.token;
      const voters: string[] = [];
      for (let i = 1; i <= 8; i++) {
        const person = { fullName: `Narys ${i}`, position: 'Specialistas' };
        voters.push(
          (await addMember(t, w.admin, { taskForceId, role: 'MEMBER', person })).person.id,
        );
      }
      const meeting = ok(
        await as(
          SCHEDULE_MEETING,
          {
            taskForceId,
            title: 'Posėdis',
            startsAt: '2026-05-05T07:00:00Z',
            endsAt: '2026-05-05T09:00:00Z',
          },
          outsider,
        ),
        'scheduleMeeting',
      );
      const entries = [w.outsider.personId, ...voters].map((personId) => ({
        personId,
        status: 'PRESENT',
      }));
      ok(
        await as(RECORD_ATTENDANCE, { meetingId: meeting.id, entries }, outsider),
        'recordAttendance',
      );
      ok(
        await as(MARK_HELD, { id: meeting.id, version: meeting.version }, outsider),
        'markMeetingHeld',
      );
      const record = (kind: string, votes?: object) =>
        as(RECORD_DECISION, { meetingId: meeting.id, kind, text: kind, votes }, outsider);
      ok(await record('RESOLUTION', { for: 6, against: 2, abstained: 1 }), 'recordDecision');
      ok(await record('RESOLUTION', { for: 2, against: 6, abstained: 1 }), 'recordDecision');
      ok(await record('INFORMATION'), 'recordDecision');

      const overview = ok(
        await t.gql(OVERVIEW, { from: '2026-01-01', to: '2026-06-15' }, w.commission),
        'statusOverview',
      );
      const row = overview.rows.find(
        (r: { taskForce: { id: string } }) => r.taskForce.id === taskForceId,
      );
      expect(row.decisions).toBe(2);

      const report = ok(
        await as(REPORT, { taskForceId, year: 2026 }, outsider),
        'generateAnnualReport',
      );
      expect(report.figures).toEqual({
        decisions: 2,
        decisionsByKind: [
          { label: 'INFORMATION', count: 1 },
          { label: 'RESOLUTION', count: 1 },
        ],
      });
    });

    it('takes decisions only at a held meeting or one in progress, never a cancelled one', async () => {
      const future = await schedule('2026-06-16T07:00:00Z');
      refused(await decide(future.id), 'FAILED_PRECONDITION', /has not started yet/);
      const cancelled = await schedule('2026-06-02T07:00:00Z');
      ok(
        await as(CANCEL_MEETING, { id: cancelled.id, version: cancelled.version, reason: 'Nėra' }),
        'cancelMeeting',
      );
      refused(await decide(cancelled.id), 'FAILED_PRECONDITION', /cancelled/);

      // PINNED_NOW is 09:00 UTC: this one started at 08:30 and is not marked held yet.
      const running = await schedule('2026-06-15T08:30:00Z');
      await attendAll(running.id);
      const taken = ok(
        await decide(running.id, { for: 7, against: 0, abstained: 0 }),
        'recordDecision',
      );
      expect(taken.number).toBe(`${running.number}-1`);
      // A meeting at which decisions were taken took place: it is held, not cancelled.
      const cancel = await as(CANCEL_MEETING, {
        id: running.id,
        version: running.version,
        reason: 'Klaida',
      });
      refused(cancel, 'FAILED_PRECONDITION', /has 1 decision\(s\) recorded: it took place/);
      expect((await read(running.id)).status).toBe('PLANNED');
      ok(await as(MARK_HELD, { id: running.id, version: running.version }), 'markMeetingHeld');
    });
  });

  describe('the agenda order (item 7)', () => {
    it('leaves the items as the reorderer holds them, so her next edit goes through', async () => {
      const meeting = await schedule('2026-07-15T07:00:00Z');
      const items = [];
      for (const title of ['Pirmas', 'Antras', 'Trečias']) {
        items.push(
          ok(await as(ADD_AGENDA_ITEM, { meetingId: meeting.id, title }), 'addAgendaItem'),
        );
      }
      const [first, second, third] = items;
      const reordered = ok(
        await as(REORDER_AGENDA, {
          meetingId: meeting.id,
          itemIds: [third.id, first.id, second.id],
        }),
        'reorderAgenda',
      );
      expect(reordered.agenda.map((i: { title: string }) => i.title)).toEqual([
        'Trečias',
        'Pirmas',
        'Antras',
      ]);
      const after = await read(meeting.id);
      for (const item of items) {
        expect(after.agenda.find((i: { id: string }) => i.id === item.id).version).toBe(
          item.version,
        );
      }
      // Edited with the versions she had before reordering (the ones the reorder answered).
      for (const item of items) {
        const edited = await as(UPDATE_AGENDA_ITEM, {
          id: item.id,
          version: item.version,
          title: `${item.title} (patikslinta)`,
        });
        expect(edited.errors).toBeUndefined();
      }
      // Removing an item closes the gap without making the others stale either.
      const current = (await read(meeting.id)).agenda;
      const removed = await as(REMOVE_AGENDA_ITEM, {
        id: current[0].id,
        version: current[0].version,
      });
      expect(
        removed.data.removeAgendaItem.agenda.map((i: { position: number }) => i.position),
      ).toEqual([1, 2]);
      const edited = await as(UPDATE_AGENDA_ITEM, {
        id: current[2].id,
        version: current[2].version,
        presenter: 'R. Sekretorė',
      });
      expect(edited.errors).toBeUndefined();
    });
  });

  describe('the meeting and minutes lifecycles', () => {
    it('say why a step is refused', async () => {
      const held = await heldMeeting('2026-05-12T07:00:00Z');
      refused(
        await as(MARK_HELD, { id: held.id, version: held.version }),
        'FAILED_PRECONDITION',
        /^Meeting \d{4}\/\d+ is held; markMeetingHeld is possible only while it is planned\.$/,
      );
      refused(
        await as(APPROVE_MINUTES, { meetingId: held.id, version: 1 }, w.chair.token),
        'FAILED_PRECONDITION',
        /minutes of meeting .* are not written yet; approveMinutes is possible only while they are a draft/,
      );
      const planned = await schedule('2026-05-13T07:00:00Z');
      refused(
        await as(SAVE_MINUTES, { meetingId: planned.id, text: 'Protokolas.' }),
        'FAILED_PRECONDITION',
        /is planned; saveMinutes is possible only while it is held/,
      );
    });
  });
});
