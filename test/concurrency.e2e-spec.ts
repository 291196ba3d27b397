import { CREATE_ACTION_ITEM, UPDATE_ACTION_ITEM } from './support/action-item-documents';
import {
  activeMeasureIds,
  PINNED_NOW,
  seedTaskForceWorld,
  TaskForceWorld,
} from './support/factories';
import {
  MARK_HELD,
  RECORD_DECISION,
  SCHEDULE_MEETING,
  UPDATE_MEETING,
} from './support/meeting-documents';
import { codeOf, startTestApp, TestApp } from './support/test-app';

describe('Concurrent writers', () => {
  let t: TestApp;
  let w: TaskForceWorld;

  const schedule = (title: string, startsAt = '2026-05-05T07:00:00Z') =>
    t.gql(
      SCHEDULE_MEETING,
      {
        input: {
          taskForceId: w.taskForceId,
          title,
          startsAt,
          endsAt: new Date(Date.parse(startsAt) + 7_200_000).toISOString(),
        },
      },
      w.secretary.token,
    );

  beforeAll(async () => {
    t = await startTestApp({ fixedNow: PINNED_NOW });
    w = await seedTaskForceWorld(t);
  });
  afterAll(() => t.close());

  it('lets exactly one of many updates naming the same version through', async () => {
    const meeting = (await schedule('Lenktynės')).data.scheduleMeeting;
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.gql(
          UPDATE_MEETING,
          { input: { id: meeting.id, version: meeting.version, location: `Salė ${i}` } },
          i % 2 ? w.secretary.token : w.chair.token,
        ),
      ),
    );
    const codes = results.map(codeOf);
    expect(codes.filter((c) => c === undefined)).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(11);
    const winner = results.find((r) => !r.errors)!.data.updateMeeting;
    expect(winner.version).toBe(meeting.version + 1);

    const [measure] = await activeMeasureIds(t, w.secretary.token);
    const item = (
      await t.gql(
        CREATE_ACTION_ITEM,
        {
          input: {
            taskForceId: w.taskForceId,
            title: 'Užduotis',
            assigneeId: w.member.personId,
            dueDate: '2026-09-01',
            measureIds: [measure],
          },
        },
        w.secretary.token,
      )
    ).data.createActionItem;
    const updates = await Promise.all(
      ['IN_PROGRESS', 'DONE', 'CANCELLED', 'IN_PROGRESS', 'DONE'].map((status) =>
        t.gql(
          UPDATE_ACTION_ITEM,
          { input: { id: item.id, version: item.version, status } },
          w.member.token,
        ),
      ),
    );
    expect(updates.filter((r) => !r.errors)).toHaveLength(1);
    expect(updates.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(4);
  });

  it('never gives two meetings the same number', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        schedule(`Lygiagretus ${i}`, `2026-0${(i % 4) + 2}-10T08:00:00Z`),
      ),
    );
    expect(results.every((r) => !r.errors)).toBe(true);
    const numbers = results.map((r) => r.data.scheduleMeeting.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    const rows = await t.sql(
      'SELECT year, sequence, COUNT(*) AS n FROM meeting WHERE task_force_id = ? GROUP BY year, sequence HAVING COUNT(*) > 1',
      [w.taskForceId],
    );
    expect(rows).toEqual([]);
  });

  it('never gives two decisions the same number', async () => {
    const meeting = (await schedule('Sprendimų posėdis')).data.scheduleMeeting;
    await t.gql(
      MARK_HELD,
      { input: { id: meeting.id, version: meeting.version } },
      w.secretary.token,
    );
    const results = await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        t.gql(
          RECORD_DECISION,
          { input: { meetingId: meeting.id, kind: 'INFORMATION', text: `Informacija ${i}` } },
          i % 3 ? w.secretary.token : w.chair.token,
        ),
      ),
    );
    expect(results.every((r) => !r.errors)).toBe(true);
    const numbers = results.map((r) => r.data.recordDecision.number).sort();
    expect(new Set(numbers).size).toBe(15);
    expect(numbers).toEqual(
      Array.from({ length: 15 }, (_, i) => `${meeting.number}-${i + 1}`).sort(),
    );
  });
});
