import {
  activeMeasureIds,
  PINNED_NOW,
  seedTaskForceWorld,
  TaskForceWorld,
} from './support/factories';
import { scheduleMeeting } from './support/meeting-builders';
import { ADD_AGENDA_ITEM, RECORD_ATTENDANCE, RECORD_DECISION } from './support/meeting-documents';
import { countStatements, startTestApp, TestApp } from './support/test-app';

const MEETINGS_WITH_RECORDS = /* GraphQL */ `
  query Page($taskForceId: ID!, $first: Int!) {
    meetings(taskForceId: $taskForceId, first: $first) {
      edges {
        node {
          number
          taskForce {
            name
            municipality {
              name
            }
          }
          agenda {
            title
            measures {
              code
            }
          }
          attendance {
            status
            person {
              fullName
              institution {
                name
              }
            }
          }
          quorum {
            reached
          }
          decisions {
            number
            measures {
              code
            }
            amendedBy {
              number
            }
          }
          minutes {
            status
            approvedBy {
              fullName
            }
          }
          minutesStatus
        }
      }
    }
  }
`;

describe('A page of meetings with their records', () => {
  let t: TestApp;
  let w: TaskForceWorld;

  beforeAll(async () => {
    t = await startTestApp({ fixedNow: PINNED_NOW });
    w = await seedTaskForceWorld(t);
    const [measure] = await activeMeasureIds(t, w.secretary.token);
    const keeper = { taskForceId: w.taskForceId, token: w.secretary.token };
    for (let i = 0; i < 12; i++) {
      const start = new Date(Date.UTC(2026, 0, 5 + i * 7, 8));
      const meeting = await scheduleMeeting(t, keeper, start.toISOString(), {
        title: `Posėdis ${i + 1}`,
      });
      await t.gql(
        ADD_AGENDA_ITEM,
        { input: { meetingId: meeting.id, title: 'Punktas', measureIds: [measure] } },
        w.secretary.token,
      );
      await t.gql(
        RECORD_ATTENDANCE,
        {
          input: {
            meetingId: meeting.id,
            entries: [{ personId: w.member.personId, status: 'PRESENT' }],
          },
        },
        w.secretary.token,
      );
      await t.gql(
        RECORD_DECISION,
        {
          input: {
            meetingId: meeting.id,
            kind: 'INFORMATION',
            text: 'Išklausyta.',
            measureIds: [measure],
          },
        },
        w.secretary.token,
      );
    }
  });
  afterAll(() => t.close());

  it('runs the same number of SQL statements for 3 rows as for 12', async () => {
    const run = (first: number) =>
      countStatements(t.dataSource, async () => {
        const res = await t.gql(
          MEETINGS_WITH_RECORDS,
          { taskForceId: w.taskForceId, first },
          w.member.token,
        );
        expect(res.errors).toBeUndefined();
        expect(res.data.meetings.edges).toHaveLength(first);
      });
    const few = await run(3);
    const many = await run(12);
    expect(many).toBe(few);
    // The caller's account and memberships, count and page, then one statement per relation.
    expect(many).toBeLessThanOrEqual(16);
  });
});
