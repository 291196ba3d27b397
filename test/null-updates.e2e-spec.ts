import { CREATE_ACTION_ITEM, UPDATE_ACTION_ITEM } from './support/action-item-documents';
import {
  activeMeasureIds,
  PINNED_NOW,
  seedTaskForceWorld,
  TaskForceWorld,
} from './support/factories';
import { scheduleMeeting } from './support/meeting-builders';
import {
  ADD_AGENDA_ITEM,
  RECORD_DECISION,
  UPDATE_AGENDA_ITEM,
  UPDATE_DECISION,
  UPDATE_MEETING,
} from './support/meeting-documents';
import { codeOf, GraphQLResponse, startTestApp, TestApp } from './support/test-app';

/**
 * Issue 12, item 19: `null` sent for an update field whose record always has a value is refused
 * as BAD_USER_INPUT naming that field (it once reached the database and came back a masked
 * 500); leaving the field out keeps the value, and `null` still clears what may be empty.
 */
describe('null in update inputs', () => {
  let t: TestApp;
  let w: TaskForceWorld;
  let meeting: { id: string; version: number };
  let agendaItem: { id: string; version: number };
  let decision: { id: string; version: number };
  let item: { id: string; version: number };

  const refusedOn = (res: GraphQLResponse, field: string) => {
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions.fields?.map((f) => f.field)).toContain(field);
    expect(res.errors![0].message).toContain(`${field} may be left out, but not set to null`);
  };

  beforeAll(async () => {
    t = await startTestApp({ fixedNow: PINNED_NOW });
    w = await seedTaskForceWorld(t);
    const token = w.secretary.token;
    meeting = await scheduleMeeting(
      t,
      { taskForceId: w.taskForceId, token },
      '2026-06-01T07:00:00Z',
      { title: 'Posėdis' },
    );
    agendaItem = (
      await t.gql(ADD_AGENDA_ITEM, { input: { meetingId: meeting.id, title: 'Klausimas' } }, token)
    ).data.addAgendaItem;
    decision = (
      await t.gql(
        RECORD_DECISION,
        { input: { meetingId: meeting.id, kind: 'INFORMATION', text: 'Informacija.' } },
        token,
      )
    ).data.recordDecision;
    const measureIds = (await activeMeasureIds(t, token)).slice(0, 1);
    item = (
      await t.gql(
        CREATE_ACTION_ITEM,
        {
          input: {
            taskForceId: w.taskForceId,
            title: 'Parengti lankstinuką',
            assigneeId: w.member.personId,
            dueDate: '2026-09-01',
            measureIds,
          },
        },
        token,
      )
    ).data.createActionItem;
  });
  afterAll(() => t.close());

  it('refuses null for an action item title, assignee, due date, measures or status', async () => {
    for (const field of ['title', 'assigneeId', 'dueDate', 'measureIds', 'status']) {
      const res = await t.gql(
        UPDATE_ACTION_ITEM,
        { input: { id: item.id, version: item.version, [field]: null } },
        w.secretary.token,
      );
      refusedOn(res, field);
    }
    // The inline form of the report, without variables.
    const inline = await t.gql(
      `mutation { updateActionItem(input: { id: "${item.id}", version: ${item.version}, title: null }) { id } }`,
      {},
      w.secretary.token,
    );
    refusedOn(inline, 'title');
  });

  it("refuses null for a meeting's title, times, format or confidentiality", async () => {
    for (const field of ['title', 'startsAt', 'endsAt', 'format', 'confidential']) {
      const res = await t.gql(
        UPDATE_MEETING,
        { input: { id: meeting.id, version: meeting.version, [field]: null } },
        w.secretary.token,
      );
      refusedOn(res, field);
    }
  });

  it('refuses null for an agenda title, a decision text or kind, and linked measures', async () => {
    refusedOn(
      await t.gql(
        UPDATE_AGENDA_ITEM,
        { input: { id: agendaItem.id, version: agendaItem.version, title: null } },
        w.secretary.token,
      ),
      'title',
    );
    refusedOn(
      await t.gql(
        UPDATE_AGENDA_ITEM,
        { input: { id: agendaItem.id, version: agendaItem.version, measureIds: null } },
        w.secretary.token,
      ),
      'measureIds',
    );
    for (const field of ['text', 'kind', 'measureIds']) {
      const res = await t.gql(
        UPDATE_DECISION,
        { input: { id: decision.id, version: decision.version, [field]: null } },
        w.secretary.token,
      );
      refusedOn(res, field);
    }
  });

  it('still clears an optional value with null, and keeps what is left out', async () => {
    const cleared = await t.gql(
      UPDATE_MEETING,
      { input: { id: meeting.id, version: meeting.version, location: null } },
      w.secretary.token,
    );
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data.updateMeeting).toMatchObject({ location: null, title: 'Posėdis' });
  });
});
