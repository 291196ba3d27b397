import { PINNED_NOW, seedTaskForceWorld, TaskForceWorld } from './support/factories';
import { scheduleMeeting } from './support/meeting-builders';
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
import { ADD_MEMBER } from './support/factories';
import { codeOf, GraphQLResponse, startTestApp, TestApp } from './support/test-app';

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
    const keeper = { taskForceId: w.taskForceId, token: w.secretary.token };
    meeting = await scheduleMeeting(t, keeper, '2026-06-01T07:00:00Z');
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
  describe('however the code is written', () => {
    // 38503171231 is a valid code (1985-03-17); each of these writes it so a reader sees it.
    const DISGUISES: [string, string][] = [
      ['spaces', '385 0317 1231'],
      ['hyphens', '385-0317-1231'],
      ['a dot', '3850317.1231'],
      ['slashes', '385/0317/1231'],
      ['no-break spaces', '385\u00a00317\u00a01231'],
      ['a zero-width space', '3850317\u200b1231'],
      ['a word joiner', '385\u20600317\u20601231'],
      ['full-width digits', '３８５０３１７１２３１'],
      ['Arabic-Indic digits', '٣٨٥٠٣١٧١٢٣١'],
      ['Devanagari digits', '३८५०३१७१२३१'],
    ];
    const CREATE_ACCOUNT = /* GraphQL */ `
      mutation ($input: CreateAccountInput!) {
        createAccount(input: $input) {
          id
        }
      }
    `;
    let serial = 0;
    const account = (fields: Record<string, unknown>) =>
      t.gql(
        CREATE_ACCOUNT,
        {
          input: {
            email: `contact.${++serial}@test.lt`,
            password: 'a-long-enough-password',
            fullName: 'Vardas Pavardė',
            ...fields,
          },
        },
        w.admin,
      );
    const newMember = (person: Record<string, unknown>) =>
      t.gql(
        ADD_MEMBER,
        {
          input: {
            taskForceId: w.taskForceId,
            role: 'MEMBER',
            validFrom: '2026-01-01',
            person: { fullName: `Narys ${++serial}`, ...person },
          },
        },
        w.admin,
      );
    const refusedOn = (res: GraphQLResponse, field: string) => {
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      return res
        .errors![0].extensions.fields!.filter((f) => f.field === field)
        .map((f) => f.message);
    };
    const PERSONAL_CODE = expect.stringMatching(/contains a Lithuanian personal code/);

    it.each(DISGUISES)(
      'refuses a code written with %s in a meeting title, minutes and names',
      async (_how, code) => {
        const title = await t.gql(
          SCHEDULE_MEETING,
          {
            input: {
              taskForceId: w.taskForceId,
              title: `Atvejis ${code}`,
              startsAt: '2026-06-03T07:00:00Z',
              endsAt: '2026-06-03T08:00:00Z',
            },
          },
          w.secretary.token,
        );
        expect(refusedOn(title, 'title')).toEqual([PERSONAL_CODE]);
        const minutes = await t.gql(
          SAVE_MINUTES,
          { input: { meetingId: meeting.id, text: `Protokolas.\n${code}\nPabaiga.` } },
          w.secretary.token,
        );
        expect(refusedOn(minutes, 'text')).toEqual([PERSONAL_CODE]);
        expect(
          refusedOn(await newMember({ fullName: `Jonas ${code}` }), 'person.fullName'),
        ).toEqual([PERSONAL_CODE]);
        expect(refusedOn(await account({ fullName: `Jonas ${code}` }), 'fullName')).toEqual([
          PERSONAL_CODE,
        ]);
      },
    );

    it('refuses a code given as a phone number or as an e-mail address', async () => {
      for (const phone of ['385 0317 1231', '385-0317-1231', '(385) 0317 1231', '+38503171231']) {
        expect(refusedOn(await account({ phone }), 'phone')).toContainEqual(PERSONAL_CODE);
        expect(refusedOn(await newMember({ phone }), 'person.phone')).toContainEqual(PERSONAL_CODE);
      }
      for (const email of ['38503171231@test.lt', 'jonas.385.0317.1231@test.lt']) {
        expect(refusedOn(await account({ email }), 'email')).toEqual([PERSONAL_CODE]);
        expect(refusedOn(await newMember({ email }), 'person.email')).toEqual([PERSONAL_CODE]);
      }
    });

    it('refuses what is not a phone number', async () => {
      for (const phone of ['skambinti rytą', '+370 12', '+370 612 34567 89012', '370+61234567']) {
        expect(refusedOn(await account({ phone }), 'phone')).toEqual([
          expect.stringMatching(/^must be a phone number: an optional \+, then 7 to 15 digits/),
        ]);
        expect(refusedOn(await newMember({ phone }), 'person.phone')).toHaveLength(1);
      }
      expect(refusedOn(await newMember({ email: 'ne adresas' }), 'person.email')).toEqual([
        expect.stringMatching(/^must be an email/),
      ]);
    });

    it('lets look-alikes through: wrong check digits, first digits 7 to 9, phone numbers', async () => {
      const lookAlikes = [
        'Byla 385 0317 1232',
        'Reg. Nr. 785-0317-1231',
        'Nr. 93309240065',
        'Skambinkite +370 612 34567',
        'Bylos Nr. 3330924.0164',
      ];
      for (const title of lookAlikes) {
        const res = await t.gql(
          ADD_AGENDA_ITEM,
          { input: { meetingId: meeting.id, title } },
          w.secretary.token,
        );
        expect({ title, errors: res.errors }).toEqual({ title, errors: undefined });
      }
      for (const phone of ['+370 612 34567', '+370 5 212 3456', '8 (5) 212-3456', '+37061234567']) {
        const res = await account({ phone });
        expect({ phone, errors: res.errors }).toEqual({ phone, errors: undefined });
      }
      const member = await newMember({ phone: '+370 612 34567', email: 'jonas.335@test.lt' });
      expect(member.errors).toBeUndefined();
    });
  });
});
