import { PINNED_NOW, seedTaskForceWorld, TaskForceWorld } from './support/factories';
import { MEETINGS, SCHEDULE_MEETING } from './support/meeting-documents';
import { codeOf, GraphQLResponse, startTestApp, TestApp } from './support/test-app';

const AUDIT = /* GraphQL */ `
  query ($from: DateTime) {
    auditEvents(from: $from, first: 1) {
      totalCount
    }
  }
`;

/** One rule for every DateTime input: with its UTC offset, or refused naming the field. */
describe('DateTime inputs', () => {
  let t: TestApp;
  let w: TaskForceWorld;

  beforeAll(async () => {
    t = await startTestApp({ fixedNow: PINNED_NOW });
    w = await seedTaskForceWorld(t);
  });
  afterAll(() => t.close());

  const meeting = (startsAt: string, endsAt: string) => ({
    input: { taskForceId: w.taskForceId, title: 'Posėdis', startsAt, endsAt },
  });

  const refusedField = (res: GraphQLResponse) => {
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions.fields).toHaveLength(1);
    return res.errors![0].extensions.fields![0];
  };

  it('refuses a time without an offset, naming the field and showing the Vilnius offset', async () => {
    const res = await t.gql(
      SCHEDULE_MEETING,
      meeting('2027-03-05T10:00:00', '2027-03-05T12:00:00+02:00'),
      w.secretary.token,
    );
    expect(refusedField(res)).toEqual({
      field: 'startsAt',
      rule: 'INVALID_DATE',
      message:
        'must have a UTC offset; for 2027-03-05T10:00:00 Vilnius time write ' +
        '2027-03-05T10:00:00+02:00, or end it with Z for UTC',
    });
    expect(res.errors![0].message).toMatch(/^Invalid input: startsAt must have a UTC offset/);
  });

  it('takes a time with its offset as the instant it names', async () => {
    const res = await t.gql(
      SCHEDULE_MEETING,
      meeting('2027-03-05T10:00:00+02:00', '2027-03-05T10:00:00Z'),
      w.secretary.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.scheduleMeeting).toMatchObject({
      startsAt: '2027-03-05T08:00:00.000Z',
      startsAtLocal: '2027-03-05T10:00:00+02:00',
      endsAtLocal: '2027-03-05T12:00:00+02:00',
    });
  });

  it('names the field of a value written in the document itself', async () => {
    const inline = /* GraphQL */ `
      mutation ($taskForceId: ID!) {
        scheduleMeeting(
          input: {
            taskForceId: $taskForceId
            title: "Posėdis"
            startsAt: "2027-07-01T10:00:00+03:00"
            endsAt: "2027-07-01T12:00"
          }
        ) {
          id
        }
      }
    `;
    const res = await t.gql(inline, { taskForceId: w.taskForceId }, w.secretary.token);
    expect(refusedField(res)).toEqual({
      field: 'endsAt',
      rule: 'INVALID_DATE',
      message: expect.stringMatching(/write 2027-07-01T12:00:00\+03:00,/),
    });
  });

  it('holds arguments to the same rule', async () => {
    const admin = w.admin;
    expect(refusedField(await t.gql(AUDIT, { from: '2026-06-01T00:00:00' }, admin))).toEqual({
      field: 'from',
      rule: 'INVALID_DATE',
      message: expect.stringMatching(/^must have a UTC offset/),
    });
    const inline = await t.gql(
      '{ auditEvents(to: "2026-06-01", first: 1) { totalCount } }',
      {},
      admin,
    );
    expect(refusedField(inline)).toEqual({
      field: 'to',
      rule: 'INVALID_DATE',
      message: expect.stringMatching(/^must be an ISO 8601 date and time with a UTC offset/),
    });
    const fine = await t.gql(AUDIT, { from: '2026-06-01T00:00:00+03:00' }, admin);
    expect(fine.errors).toBeUndefined();
  });

  it('names the field of a refused LocalDate too', async () => {
    const res = await t.gql(MEETINGS, { from: '2026-02-30' }, w.member.token);
    expect(refusedField(res)).toEqual({
      field: 'from',
      rule: 'INVALID_DATE',
      message: 'must be a calendar date as YYYY-MM-DD, got "2026-02-30"',
    });
  });
});
