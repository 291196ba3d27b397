import { PINNED_NOW, seedTaskForceWorld, TaskForceWorld } from './support/factories';
import {
  ADD_AGENDA_ITEM,
  APPROVE_MINUTES,
  MEETING,
  MEETINGS,
  RECORD_ATTENDANCE,
  RECORD_DECISION,
  SAVE_MINUTES,
  SCHEDULE_MEETING,
  UPDATE_MEETING,
} from './support/meeting-documents';
import { codeOf, startTestApp, TestApp } from './support/test-app';

type Caller = keyof Pick<
  TaskForceWorld,
  'chair' | 'deputy' | 'secretary' | 'member' | 'observer' | 'outsider'
>;
type National = 'admin' | 'commission' | 'ministry';
/** The error code a caller gets, or `allowed`. */
type Outcome = string;
const outcome = (res: { errors?: { extensions: { code: string } }[] }) =>
  codeOf(res as never) ?? 'allowed';

describe('Who may read and write meeting records', () => {
  let t: TestApp;
  let w: TaskForceWorld;
  let open: { id: string; version: number };
  let confidential: { id: string; version: number };

  const token = (who: Caller | National) =>
    who === 'admin' || who === 'commission' || who === 'ministry' ? w[who] : w[who].token;

  const schedule = async (who: Caller | National, confidentialFlag = false) =>
    t.gql(
      SCHEDULE_MEETING,
      {
        input: {
          taskForceId: w.taskForceId,
          title: confidentialFlag ? 'Uždaras posėdis' : 'Atviras posėdis',
          startsAt: '2026-06-01T07:00:00Z',
          endsAt: '2026-06-01T09:00:00Z',
          confidential: confidentialFlag,
        },
      },
      token(who),
    );

  beforeAll(async () => {
    t = await startTestApp({ fixedNow: PINNED_NOW });
    w = await seedTaskForceWorld(t);
    open = (await schedule('secretary')).data.scheduleMeeting;
    confidential = (await schedule('secretary', true)).data.scheduleMeeting;
  });
  afterAll(() => t.close());

  it.each<[Caller | National, Outcome]>([
    ['chair', 'allowed'],
    ['deputy', 'allowed'],
    ['secretary', 'allowed'],
    ['member', 'FORBIDDEN'],
    ['observer', 'FORBIDDEN'],
    ['outsider', 'FORBIDDEN'],
    ['admin', 'FORBIDDEN'],
    ['commission', 'FORBIDDEN'],
    ['ministry', 'FORBIDDEN'],
  ])('scheduleMeeting as %s → %s', async (who, code) => {
    const res = await schedule(who);
    expect(outcome(res)).toBe(code);
    if (code !== 'allowed') expect(res.data).toBeNull();
  });

  it.each<[Caller | National, Outcome]>([
    ['chair', 'allowed'],
    ['secretary', 'allowed'],
    ['member', 'FORBIDDEN'],
    ['observer', 'FORBIDDEN'],
    ['outsider', 'FORBIDDEN'],
    ['commission', 'FORBIDDEN'],
  ])('record-keeping mutations as %s → %s', async (who, code) => {
    const inputs: [string, Record<string, unknown>][] = [
      [ADD_AGENDA_ITEM, { meetingId: open.id, title: 'Punktas' }],
      [
        RECORD_ATTENDANCE,
        { meetingId: open.id, entries: [{ personId: w.member.personId, status: 'PRESENT' }] },
      ],
      [RECORD_DECISION, { meetingId: open.id, kind: 'INFORMATION', text: 'Informacija.' }],
    ];
    for (const [document, input] of inputs) {
      expect(outcome(await t.gql(document, { input }, token(who)))).toBe(code);
    }
  });

  it('lets only the chair and deputy chair approve minutes', async () => {
    const meeting = (await schedule('secretary')).data.scheduleMeeting;
    await t.gql(
      RECORD_ATTENDANCE,
      {
        input: {
          meetingId: meeting.id,
          entries: [{ personId: w.chair.personId, status: 'PRESENT' }],
        },
      },
      w.secretary.token,
    );
    const current = (await t.gql(MEETING, { id: meeting.id }, w.secretary.token)).data.meeting;
    await t.gql(
      `mutation($input: MarkMeetingHeldInput!) { markMeetingHeld(input: $input) { id } }`,
      { input: { id: meeting.id, version: current.version } },
      w.secretary.token,
    );
    const minutes = (
      await t.gql(
        SAVE_MINUTES,
        { input: { meetingId: meeting.id, text: 'Protokolas.' } },
        w.secretary.token,
      )
    ).data.saveMinutes;
    for (const who of [
      'secretary',
      'member',
      'observer',
      'outsider',
      'admin',
      'commission',
    ] as const) {
      const res = await t.gql(
        APPROVE_MINUTES,
        { input: { meetingId: meeting.id, version: minutes.version } },
        token(who),
      );
      expect({ who, code: codeOf(res) }).toEqual({ who, code: 'FORBIDDEN' });
    }
    const res = await t.gql(
      APPROVE_MINUTES,
      { input: { meetingId: meeting.id, version: minutes.version } },
      w.deputy.token,
    );
    expect(res.data.approveMinutes.status).toBe('APPROVED');
  });

  it.each<[Caller | National, Outcome, Outcome]>([
    // caller, reading an open meeting, reading a confidential one
    ['chair', 'allowed', 'allowed'],
    ['secretary', 'allowed', 'allowed'],
    ['member', 'allowed', 'allowed'],
    ['observer', 'allowed', 'NOT_FOUND'],
    ['outsider', 'FORBIDDEN', 'NOT_FOUND'],
    ['admin', 'allowed', 'NOT_FOUND'],
    ['commission', 'allowed', 'allowed'],
    ['ministry', 'allowed', 'allowed'],
  ])('meeting(id) as %s → open %s, confidential %s', async (who, openCode, confidentialCode) => {
    const a = await t.gql(MEETING, { id: open.id }, token(who));
    expect(outcome(a)).toBe(openCode);
    const b = await t.gql(MEETING, { id: confidential.id }, token(who));
    expect(outcome(b)).toBe(confidentialCode);
    if (confidentialCode === 'allowed') expect(b.data.meeting.title).toBe('Uždaras posėdis');
  });

  it.each<[Caller | National, boolean, boolean]>([
    ['member', true, true],
    ['observer', true, false],
    ['outsider', false, false],
    ['admin', true, false],
    ['commission', true, true],
  ])(
    'meetings list as %s shows open: %s, confidential: %s',
    async (who, seesOpen, seesConfidential) => {
      const res = await t.gql(MEETINGS, { first: 100 }, token(who));
      const ids = res.data.meetings.edges.map((e: { node: { id: string } }) => e.node.id);
      expect(ids.includes(open.id)).toBe(seesOpen);
      expect(ids.includes(confidential.id)).toBe(seesConfidential);
      expect(res.data.meetings.totalCount).toBe(ids.length);
    },
  );

  it('refuses anonymous callers', async () => {
    expect(codeOf(await t.gql(MEETINGS, { first: 5 }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(MEETING, { id: open.id }))).toBe('UNAUTHENTICATED');
  });

  it('stops an outsider from writing to another task force even with a valid version', async () => {
    const res = await t.gql(
      UPDATE_MEETING,
      { input: { id: open.id, version: open.version, title: 'Perimta' } },
      w.outsider.token,
    );
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect((await t.gql(MEETING, { id: open.id }, w.member.token)).data.meeting.title).toBe(
      'Atviras posėdis',
    );
  });

  it("keeps meeting contents out of the administrators' view of the audit trail", async () => {
    const AUDIT = `query($id: ID) { auditEvents(entityId: $id, first: 10) { edges { node { operation entityType after } } } }`;
    const asAdmin = (await t.gql(AUDIT, { id: confidential.id }, w.admin)).data.auditEvents.edges;
    expect(asAdmin.map((e: any) => e.node)).toEqual([
      { operation: 'scheduleMeeting', entityType: 'Meeting', after: null },
    ]);
    const asCommission = (await t.gql(AUDIT, { id: confidential.id }, w.commission)).data
      .auditEvents.edges;
    expect(JSON.parse(asCommission[0].node.after).title).toBe('Uždaras posėdis');
  });
});
