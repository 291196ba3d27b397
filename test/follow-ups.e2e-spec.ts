import { PINNED_NOW, seedTaskForceWorld, TaskForceWorld } from './support/factories';
import { codeOf, startTestApp, TestApp } from './support/test-app';

const FIELDS = /* GraphQL */ `
  fragment FollowUp on FollowUpRequest {
    id
    version
    title
    status
    dueDate
    overdue
    askedByRole
    subjectType
    askedBy {
      id
    }
    messages {
      sequence
      kind
      text
      author {
        id
      }
    }
  }
`;
const CREATE = `${FIELDS} mutation($input: CreateFollowUpRequestInput!) { createFollowUpRequest(input: $input) { ...FollowUp } }`;
const ANSWER = `${FIELDS} mutation($input: AnswerFollowUpRequestInput!) { answerFollowUpRequest(input: $input) { ...FollowUp } }`;
const CLOSE = `${FIELDS} mutation($input: CloseFollowUpRequestInput!) { closeFollowUpRequest(input: $input) { ...FollowUp } }`;
const AGAIN = `${FIELDS} mutation($input: AskFollowUpAgainInput!) { askFollowUpAgain(input: $input) { ...FollowUp } }`;
const LIST = /* GraphQL */ `
  query ($taskForceId: ID, $status: FollowUpStatus, $overdue: Boolean) {
    followUpRequests(taskForceId: $taskForceId, status: $status, overdue: $overdue, first: 100) {
      totalCount
      edges {
        node {
          id
          status
          overdue
        }
      }
    }
  }
`;

describe('Follow-up requests', () => {
  let t: TestApp;
  let w: TaskForceWorld;

  beforeAll(async () => {
    t = await startTestApp({ fixedNow: PINNED_NOW });
    w = await seedTaskForceWorld(t);
  });
  afterAll(() => {
    t.config.fixedNow = PINNED_NOW;
    return t.close();
  });

  const ask = (token: string, input: Record<string, unknown> = {}) =>
    t.gql(
      CREATE,
      {
        input: {
          taskForceId: w.taskForceId,
          question: 'Kodėl šiemet neįvyko nė vieno posėdžio?\nPrašome paaiškinti.',
          dueDate: '2026-07-01',
          ...input,
        },
      },
      token,
    );
  const listIds = async (token: string, filter: Record<string, unknown> = {}) =>
    (
      await t.gql(LIST, { taskForceId: w.taskForceId, ...filter }, token)
    ).data.followUpRequests.edges.map((e: any) => e.node.id);

  it('runs the whole cycle: ask, answer, ask again, answer, close', async () => {
    const asked = await ask(w.commission);
    expect(asked.errors).toBeUndefined();
    const request = asked.data.createFollowUpRequest;
    expect(request).toMatchObject({
      title: 'Kodėl šiemet neįvyko nė vieno posėdžio?',
      status: 'OPEN',
      askedByRole: 'COMMISSION',
      subjectType: 'TASK_FORCE',
      overdue: false,
      messages: [{ sequence: 1, kind: 'QUESTION' }],
    });

    // Both sides see it.
    for (const token of [w.commission, w.ministry, w.secretary.token, w.member.token]) {
      expect(await listIds(token)).toContain(request.id);
    }
    expect(await listIds(w.outsider.token)).toEqual([]);

    const answered = await t.gql(
      ANSWER,
      { input: { id: request.id, version: request.version, answer: 'Posėdis įvyks liepos 2 d.' } },
      w.secretary.token,
    );
    expect(answered.data.answerFollowUpRequest).toMatchObject({
      status: 'ANSWERED',
      messages: [{ kind: 'QUESTION' }, { kind: 'ANSWER', author: { id: w.secretary.personId } }],
    });
    const again = await t.gql(
      AGAIN,
      {
        input: {
          id: request.id,
          version: answered.data.answerFollowUpRequest.version,
          question: 'Atsiųskite darbotvarkę.',
          dueDate: '2026-07-10',
        },
      },
      w.commission,
    );
    expect(again.data.askFollowUpAgain).toMatchObject({ status: 'OPEN', dueDate: '2026-07-10' });
    const second = await t.gql(
      ANSWER,
      {
        input: {
          id: request.id,
          version: again.data.askFollowUpAgain.version,
          answer: 'Pridedame.',
        },
      },
      w.chair.token,
    );
    const closed = await t.gql(
      CLOSE,
      { input: { id: request.id, version: second.data.answerFollowUpRequest.version } },
      w.commission,
    );
    expect(closed.data.closeFollowUpRequest.status).toBe('CLOSED');
    expect(closed.data.closeFollowUpRequest.messages.map((m: any) => m.kind)).toEqual([
      'QUESTION',
      'ANSWER',
      'QUESTION',
      'ANSWER',
    ]);
    const late = await t.gql(
      ANSWER,
      {
        input: {
          id: request.id,
          version: closed.data.closeFollowUpRequest.version,
          answer: 'Dar vienas.',
        },
      },
      w.secretary.token,
    );
    expect(codeOf(late)).toBe('FAILED_PRECONDITION');
  });

  it('lets only the right people take each step', async () => {
    for (const token of [w.admin, w.secretary.token, w.chair.token, w.member.token]) {
      expect(codeOf(await ask(token))).toBe('FORBIDDEN');
    }
    const request = (await ask(w.ministry)).data.createFollowUpRequest;
    for (const token of [
      w.member.token,
      w.observer.token,
      w.outsider.token,
      w.commission,
      w.admin,
    ]) {
      const res = await t.gql(
        ANSWER,
        { input: { id: request.id, version: request.version, answer: 'Ne.' } },
        token,
      );
      expect(codeOf(res)).toBe('FORBIDDEN');
    }
    // The Ministry asked, so the Commission may not close it or ask again.
    expect(
      codeOf(
        await t.gql(CLOSE, { input: { id: request.id, version: request.version } }, w.commission),
      ),
    ).toBe('FORBIDDEN');
    const stale = await t.gql(
      CLOSE,
      { input: { id: request.id, version: request.version + 5 } },
      w.ministry,
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    const closed = await t.gql(
      CLOSE,
      { input: { id: request.id, version: request.version } },
      w.ministry,
    );
    expect(closed.data.closeFollowUpRequest.status).toBe('CLOSED');
  });

  it('checks the subject belongs to the task force and the due date is ahead', async () => {
    const wrongSubject = await ask(w.commission, {
      subjectType: 'MEETING',
      subjectId: '00000000-0000-4000-8000-000000000000',
    });
    expect(wrongSubject.errors![0].extensions.fields![0].field).toBe('subjectId');
    const past = await ask(w.commission, { dueDate: '2026-06-01' });
    expect(past.errors![0].extensions.fields![0]).toEqual({
      field: 'dueDate',
      rule: 'IN_THE_PAST',
      message: 'is in the past',
    });
  });

  it('shows overdue requests, derived from the Vilnius date', async () => {
    const request = (await ask(w.commission, { dueDate: '2026-06-20' })).data.createFollowUpRequest;
    t.config.fixedNow = new Date('2026-06-20T21:30:00Z'); // 00:30 on 21 June in Vilnius
    try {
      expect(await listIds(w.commission, { overdue: true })).toContain(request.id);
      expect(await listIds(w.commission, { overdue: false })).not.toContain(request.id);
      expect(await listIds(w.commission, { status: 'OPEN' })).toContain(request.id);
    } finally {
      t.config.fixedNow = PINNED_NOW;
    }
    expect(await listIds(w.commission, { overdue: true })).not.toContain(request.id);
  });
});
