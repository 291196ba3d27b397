import { PINNED_NOW, seedTaskForceWorld, TaskForceWorld } from './support/factories';
import {
  ADD_AGENDA_ITEM,
  CANCEL_MEETING,
  MARK_HELD,
  RECORD_ATTENDANCE,
  RECORD_DECISION,
  SAVE_MINUTES,
  SCHEDULE_MEETING,
  UPDATE_AGENDA_ITEM,
} from './support/meeting-documents';
import { codeOf, startTestApp, TestApp } from './support/test-app';

/** Valid personal codes from REFERENCE-DATA.md; the first needs the second check pass. */
const VALID_CODES = ['33309240064', '45102129987', '61907108400'];
const WRONG_CHECK_DIGIT = '33309240164';

describe('Free text never holds a personal code', () => {
  let t: TestApp;
  let w: TaskForceWorld;
  let meeting: { id: string; version: number };
  let item: { id: string; version: number };

  beforeAll(async () => {
    t = await startTestApp({ fixedNow: PINNED_NOW });
    w = await seedTaskForceWorld(t);
    meeting = (
      await t.gql(
        SCHEDULE_MEETING,
        {
          input: {
            taskForceId: w.taskForceId,
            title: 'Posėdis',
            startsAt: '2026-06-01T07:00:00Z',
            endsAt: '2026-06-01T09:00:00Z',
          },
        },
        w.secretary.token,
      )
    ).data.scheduleMeeting;
    item = (
      await t.gql(
        ADD_AGENDA_ITEM,
        { input: { meetingId: meeting.id, title: 'Punktas' } },
        w.secretary.token,
      )
    ).data.addAgendaItem;
  });
  afterAll(() => t.close());

  const withCode = (code: string) => `Aptarta situacija, asmens kodas ${code}, perduota policijai.`;

  it.each(VALID_CODES)('refuses %s in every kind of free-text field', async (code) => {
    const cases: [string, string, Record<string, unknown>, string][] = [
      [
        'meeting title',
        SCHEDULE_MEETING,
        {
          taskForceId: w.taskForceId,
          title: withCode(code),
          startsAt: '2026-06-02T07:00:00Z',
          endsAt: '2026-06-02T08:00:00Z',
        },
        'title',
      ],
      ['agenda title', ADD_AGENDA_ITEM, { meetingId: meeting.id, title: withCode(code) }, 'title'],
      [
        'discussion summary',
        UPDATE_AGENDA_ITEM,
        { id: item.id, version: item.version, discussionSummary: withCode(code) },
        'discussionSummary',
      ],
      [
        'guest name',
        RECORD_ATTENDANCE,
        { meetingId: meeting.id, guests: [{ fullName: `Jonas ${code}`, institution: 'NVO' }] },
        'guests.0.fullName',
      ],
      [
        'decision text',
        RECORD_DECISION,
        { meetingId: meeting.id, kind: 'INFORMATION', text: withCode(code) },
        'text',
      ],
      ['minutes', SAVE_MINUTES, { meetingId: meeting.id, text: withCode(code) }, 'text'],
      [
        'cancellation reason',
        CANCEL_MEETING,
        { id: meeting.id, version: meeting.version, reason: withCode(code) },
        'reason',
      ],
    ];
    for (const [what, document, input, field] of cases) {
      const res = await t.gql(document, { input }, w.secretary.token);
      expect({ what, code: codeOf(res) }).toEqual({ what, code: 'BAD_USER_INPUT' });
      const problem = res.errors![0].extensions.fields!.find((f) => f.field === field);
      expect({ what, message: problem?.message }).toEqual({
        what,
        message: expect.stringMatching(
          /contains a Lithuanian personal code; .*must not hold personal data/,
        ),
      });
    }
  });

  it('lets an eleven-digit number with a wrong check digit through', async () => {
    const res = await t.gql(
      ADD_AGENDA_ITEM,
      { input: { meetingId: meeting.id, title: `Bylos Nr. ${WRONG_CHECK_DIGIT} aptarimas` } },
      w.secretary.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.addAgendaItem.title).toBe(`Bylos Nr. ${WRONG_CHECK_DIGIT} aptarimas`);
  });

  it('stores nothing of a refused mutation', async () => {
    const held = await t.gql(
      MARK_HELD,
      { input: { id: meeting.id, version: meeting.version } },
      w.secretary.token,
    );
    expect(held.errors).toBeUndefined();
    const refused = await t.gql(
      RECORD_DECISION,
      { input: { meetingId: meeting.id, kind: 'INFORMATION', text: withCode(VALID_CODES[0]) } },
      w.secretary.token,
    );
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    const [{ count }] = await t.sql('SELECT COUNT(*) AS count FROM decision WHERE meeting_id = ?', [
      meeting.id,
    ]);
    expect(Number(count)).toBe(0);
  });
});
