import request from 'supertest';
import { PINNED_NOW, seedTaskForceWorld, TaskForceWorld } from './support/factories';
import { MEETING, SCHEDULE_MEETING } from './support/meeting-documents';
import { GraphQLResponse, startTestApp, TestApp } from './support/test-app';

/** What no error message may carry: SQL, stack frames, file paths. */
const LEAKS = [
  /\bselect\b.*\bfrom\b/i,
  /\binsert into\b/i,
  /sqlite/i,
  /\n\s+at /,
  /\/work\//,
  /\.ts:\d+/,
  /node_modules/,
];

describe('Hostile input', () => {
  let t: TestApp;
  let w: TaskForceWorld;
  const seen: string[] = [];

  /** Sends a document and remembers every error text for the leak check at the end. */
  const send = async (query: string, variables?: Record<string, unknown>, token?: string) => {
    const res = await t.gql(query, variables, token ?? w.secretary.token);
    for (const error of res.errors ?? [])
      seen.push(`${error.message} ${JSON.stringify(error.extensions)}`);
    return res;
  };
  const refused = (res: GraphQLResponse, codes: string[]) => {
    expect(res.errors?.length).toBeGreaterThan(0);
    expect(codes).toContain(res.errors![0].extensions.code);
    expect(res.data ?? null).toBeNull();
  };
  const meetingInput = (extra: Record<string, unknown>) => ({
    input: {
      taskForceId: w.taskForceId,
      title: 'Posėdis',
      startsAt: '2026-06-01T07:00:00Z',
      endsAt: '2026-06-01T08:00:00Z',
      ...extra,
    },
  });

  beforeAll(async () => {
    t = await startTestApp({ fixedNow: PINNED_NOW });
    w = await seedTaskForceWorld(t);
  });
  afterAll(() => t.close());

  it('refuses a deeply nested query before it runs', async () => {
    let selection = 'id';
    for (let i = 0; i < 10; i++) selection = `memberships { person { ${selection} } }`;
    refused(await send(`{ me { person { ${selection} } } }`), [
      'GRAPHQL_VALIDATION_FAILED',
      'BAD_USER_INPUT',
    ]);
  });

  it('refuses too many aliases, too many tokens and an over-long document', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: me { email }`).join(' ');
    refused(await send(`{ ${aliases} }`), ['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);
    const tokens = Array.from({ length: 3000 }, () => '__typename').join(' ');
    refused(await send(`{ ${tokens} }`), [
      'GRAPHQL_VALIDATION_FAILED',
      'BAD_USER_INPUT',
      'GRAPHQL_PARSE_FAILED',
    ]);
    const padded = `# ${'x'.repeat(25_000)}\n{ __typename }`;
    const long = await send(padded);
    refused(long, ['BAD_USER_INPUT']);
    expect(long.errors![0].message).toBe('The GraphQL document is longer than 20000 characters.');
  });

  it('refuses an oversized body and batched operations at the HTTP level', async () => {
    const server = t.app.getHttpServer();
    const huge = await request(server)
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send({ query: '{ __typename }', variables: { x: 'y'.repeat(1_100_000) } });
    expect(huge.status).toBe(413);
    expect(JSON.stringify(huge.body)).not.toMatch(/\n\s+at |node_modules|\/work\//);
    const batch = await request(server)
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(batch.status).toBe(400);
  });

  it('holds every text field to its length', async () => {
    const res = await send(SCHEDULE_MEETING, meetingInput({ title: 'x'.repeat(301) }));
    refused(res, ['BAD_USER_INPUT']);
    expect(res.errors![0].extensions.fields![0].field).toBe('title');
  });

  it.each<[string, string, () => Record<string, unknown>]>([
    ['a malformed id', MEETING, () => ({ id: 'not-a-uuid' })],
    ['an id of the wrong shape', MEETING, () => ({ id: "1' OR '1'='1" })],
    ['a malformed date', SCHEDULE_MEETING, () => meetingInput({ startsAt: 'next Tuesday' })],
    [
      'an impossible calendar date',
      `mutation($d: LocalDate!) { createActionItem(input: { taskForceId: "00000000-0000-4000-8000-000000000000", title: "x", assigneeId: "00000000-0000-4000-8000-000000000000", dueDate: $d, measureIds: [] }) { id } }`,
      () => ({ d: '2026-02-30' }),
    ],
    ['an unknown enum value', SCHEDULE_MEETING, () => meetingInput({ format: 'TELEPATHY' })],
    [
      'a number out of range',
      `query($n: Int) { meetings(first: $n) { totalCount } }`,
      () => ({ n: 2 ** 40 }),
    ],
    [
      'a page too large',
      `query($n: Int) { meetings(first: $n) { totalCount } }`,
      () => ({ n: 101 }),
    ],
    [
      'a string for a number',
      `query($n: Int) { meetings(first: $n) { totalCount } }`,
      () => ({ n: 'ten' }),
    ],
  ])('refuses %s with a clear code', async (_what, query, variables) => {
    refused(await send(query, variables()), ['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']);
  });

  it('stores SQL and script strings verbatim and gives them back harmless', async () => {
    const nasty = [
      "Robert'); DROP TABLE meeting;--",
      '<script>alert("x")</script>',
      "' OR 1=1 --",
      '%_\\ ; SELECT * FROM account',
    ];
    for (const title of nasty) {
      const res = await send(SCHEDULE_MEETING, meetingInput({ title }));
      expect(res.errors).toBeUndefined();
      const read = await send(MEETING, { id: res.data.scheduleMeeting.id });
      expect(read.data.meeting.title).toBe(title);
    }
    const [{ count }] = await t.dataSource.query('SELECT COUNT(*) AS count FROM meeting');
    expect(Number(count)).toBeGreaterThanOrEqual(nasty.length);
    const search = await send(
      `query($text: String) { actionItems(text: $text, first: 5) { totalCount } }`,
      {
        text: "%' OR '1'='1",
      },
    );
    expect(search.data.actionItems.totalCount).toBe(0);
  });

  it('let no error text carry SQL, stack frames or file paths', () => {
    expect(seen.length).toBeGreaterThan(10);
    for (const text of seen) {
      for (const leak of LEAKS)
        expect({ text, leak: leak.test(text) }).toEqual({ text, leak: false });
    }
  });
});
