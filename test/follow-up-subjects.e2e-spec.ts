import { CREATE_ACTION_ITEM } from './support/action-item-documents';
import {
  activeMeasureIds,
  PINNED_NOW,
  seedTaskForceWorld,
  TaskForceWorld,
} from './support/factories';
import { scheduleMeeting } from './support/meeting-builders';
import { countStatements, startTestApp, TestApp } from './support/test-app';

const CREATE = `mutation($input: CreateFollowUpRequestInput!) { createFollowUpRequest(input: $input) { id } }`;
const GENERATE = `mutation($input: GenerateAnnualReportInput!) { generateAnnualReport(input: $input) { id } }`;
const LIST = /* GraphQL */ `
  query ($taskForceId: ID) {
    followUpRequests(taskForceId: $taskForceId, first: 100) {
      edges {
        node {
          id
          subjectType
          subject {
            __typename
            ... on ActionItem {
              id
              title
            }
            ... on Meeting {
              id
              title
            }
            ... on AnnualReport {
              id
              year
            }
          }
        }
      }
    }
  }
`;

describe('The subject of a follow-up request', () => {
  let t: TestApp;
  let w: TaskForceWorld;
  const expected: Record<string, unknown> = {};

  const ask = async (subjectType: string, subjectId?: string) => {
    const input = {
      taskForceId: w.taskForceId,
      subjectType,
      subjectId,
      question: 'Kaip sekasi?',
      dueDate: '2026-07-01',
    };
    const res = await t.gql(CREATE, { input }, w.commission);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.createFollowUpRequest.id as string;
  };

  beforeAll(async () => {
    t = await startTestApp({ fixedNow: PINNED_NOW });
    w = await seedTaskForceWorld(t);
    const [measureId] = await activeMeasureIds(t, w.secretary.token);
    const item = (
      await t.gql(
        CREATE_ACTION_ITEM,
        {
          input: {
            taskForceId: w.taskForceId,
            title: 'Parengti lankstinuką',
            assigneeId: w.member.personId,
            dueDate: '2026-09-01',
            measureIds: [measureId],
          },
        },
        w.secretary.token,
      )
    ).data.createActionItem;
    const keeper = { taskForceId: w.taskForceId, token: w.secretary.token };
    const meeting = (title: string, confidential: boolean) =>
      scheduleMeeting(t, keeper, '2026-06-20T07:00:00Z', { title, confidential });
    const open = await meeting('Eilinis posėdis', false);
    const closed = await meeting('Uždaras posėdis', true);
    const report = (
      await t.gql(
        GENERATE,
        { input: { taskForceId: w.taskForceId, year: 2025 } },
        w.secretary.token,
      )
    ).data.generateAnnualReport;

    expected[await ask('ACTION_ITEM', item.id)] = {
      __typename: 'ActionItem',
      id: item.id,
      title: 'Parengti lankstinuką',
    };
    expected[await ask('MEETING', open.id)] = {
      __typename: 'Meeting',
      id: open.id,
      title: 'Eilinis posėdis',
    };
    expected[await ask('MEETING', closed.id)] = {
      __typename: 'Meeting',
      id: closed.id,
      title: 'Uždaras posėdis',
    };
    expected[await ask('ANNUAL_REPORT', report.id)] = {
      __typename: 'AnnualReport',
      id: report.id,
      year: 2025,
    };
    expected[await ask('TASK_FORCE')] = null;
  });
  afterAll(() => t.close());

  const subjects = async (token: string) => {
    const res = await t.gql(LIST, { taskForceId: w.taskForceId }, token);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return Object.fromEntries(
      res.data.followUpRequests.edges.map((e: any) => [e.node.id, e.node.subject]),
    );
  };

  it('resolves the item, meeting or report asked about, for both sides', async () => {
    expect(await subjects(w.commission)).toEqual(expected);
    expect(await subjects(w.secretary.token)).toEqual(expected);
  });

  it('keeps a confidential meeting, and the request about it, from those who may not read it', async () => {
    const visible = Object.fromEntries(
      Object.entries(expected).filter(([, s]: [string, any]) => s?.title !== 'Uždaras posėdis'),
    );
    expect(await subjects(w.observer.token)).toEqual(visible);
    expect(await subjects(w.admin)).toEqual(visible);
    expect(await subjects(w.outsider.token)).toEqual({});
  });

  it('resolves the subjects of a whole page in a few statements', async () => {
    const statements = await countStatements(t.dataSource, () => subjects(w.ministry));
    // The page, then one batched load per kind of subject and one for the caller's rights.
    expect(statements).toBeLessThanOrEqual(8);
  });
});
