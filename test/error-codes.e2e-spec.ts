/**
 * Issue 14, items 1-3: every refusal carries a code a client words in its own language — a
 * field's `rule` with its bound, a state's `reason`, a rating's reason `code` with its figures
 * — and the English messages read as sentences.
 */
import { PINNED_NOW, seedTaskForceWorld, TaskForceWorld } from './support/factories';
import { meetingBuilders } from './support/meeting-builders';
import { CANCEL_MEETING, SCHEDULE_MEETING, UPDATE_MEETING } from './support/meeting-documents';
import { codeOf, startTestApp, TestApp } from './support/test-app';

const OVERVIEW = /* GraphQL */ `
  query {
    statusOverview {
      rows {
        taskForce {
          id
        }
        rating
        ratingReasons {
          code
          level
          actual
          threshold
          count
          total
          text
        }
      }
    }
  }
`;

describe('Codes the client can word', () => {
  let t: TestApp;
  let w: TaskForceWorld;
  let build: ReturnType<typeof meetingBuilders>;

  beforeAll(async () => {
    t = await startTestApp({ fixedNow: PINNED_NOW });
    w = await seedTaskForceWorld(t);
    build = meetingBuilders(t, w);
  });
  afterAll(() => t.close());

  it('names the rule and its bound of a field, in a sentence that says the field once', async () => {
    const input = {
      taskForceId: w.taskForceId,
      title: 'x'.repeat(301),
      startsAt: '2026-07-01T07:00:00Z',
      endsAt: '2026-07-01T09:00:00Z',
    };
    const res = await t.gql(SCHEDULE_MEETING, { input }, w.secretary.token);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions.fields).toEqual([
      {
        field: 'title',
        rule: 'TOO_LONG',
        max: 300,
        message: 'must be shorter than or equal to 300 characters',
      },
    ]);
    expect(res.errors![0].message).toBe(
      'Invalid input: title must be shorter than or equal to 300 characters',
    );
  });

  it('gives a refused state its reason, and a stale version STALE_VERSION', async () => {
    const meeting = await build.schedule('2026-07-02T07:00:00Z');
    const cancelled = await t.gql(
      CANCEL_MEETING,
      { input: { id: meeting.id, version: meeting.version, reason: 'Nėra kvorumo.' } },
      w.secretary.token,
    );
    expect(cancelled.errors).toBeUndefined();
    const moved = await t.gql(
      UPDATE_MEETING,
      { input: { id: meeting.id, version: meeting.version + 1, title: 'Kitas' } },
      w.secretary.token,
    );
    expect(moved.errors![0].extensions).toMatchObject({
      code: 'FAILED_PRECONDITION',
      reason: 'MEETING_CANCELLED',
    });

    const other = await build.schedule('2026-07-03T07:00:00Z');
    const stale = await t.gql(
      UPDATE_MEETING,
      { input: { id: other.id, version: other.version + 5, title: 'Kitas' } },
      w.secretary.token,
    );
    expect(stale.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
    });
    expect(stale.errors![0].message).toBe(
      'Someone else changed the meeting since you read it; reload and try again.',
    );
  });

  it('says "an action item" where the subject of a follow-up does not fit', async () => {
    const res = await t.gql(
      'mutation ($input: CreateFollowUpRequestInput!) { createFollowUpRequest(input: $input) { id } }',
      {
        input: {
          taskForceId: w.taskForceId,
          subjectType: 'ACTION_ITEM',
          subjectId: w.taskForceId,
          question: 'Kaip sekasi?',
          dueDate: '2026-07-15',
        },
      },
      w.commission,
    );
    expect(res.errors![0].extensions.fields).toEqual([
      expect.objectContaining({
        field: 'subjectId',
        rule: 'NOT_OF_THIS_TASK_FORCE',
        message: 'must name an action item of this task force',
      }),
    ]);
  });

  it('gives every rating reason a code and its figures', async () => {
    const res = await t.gql(OVERVIEW, {}, w.commission);
    expect(res.errors).toBeUndefined();
    const row = res.data.statusOverview.rows.find(
      (r: { taskForce: { id: string } }) => r.taskForce.id === w.taskForceId,
    );
    // A new task force: it never met and did no prevention work.
    expect(row.rating).toBe('RED');
    expect(row.ratingReasons).toEqual([
      expect.objectContaining({ code: 'NO_MEETING_YET', level: 'RED', actual: null }),
      expect.objectContaining({ code: 'NO_PREVENTION_ACTIVITY', level: 'AMBER' }),
    ]);
  });
});
