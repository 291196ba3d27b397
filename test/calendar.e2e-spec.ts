import ICAL from 'ical.js';
import request from 'supertest';
import { CREATE_ACTION_ITEM, UPDATE_ACTION_ITEM } from './support/action-item-documents';
import {
  activeMeasureIds,
  PINNED_NOW,
  seedTaskForceWorld,
  TaskForceWorld,
} from './support/factories';
import { scheduleMeeting } from './support/meeting-builders';
import { CANCEL_MEETING } from './support/meeting-documents';
import { codeOf, startTestApp, TestApp } from './support/test-app';

const CREATE_TOKEN = /* GraphQL */ `
  mutation Create($input: CreateCalendarTokenInput) {
    createCalendarToken(input: $input) {
      token
      path
      calendarToken {
        id
        label
        revokedAt
      }
    }
  }
`;

const REVOKE_TOKEN = /* GraphQL */ `
  mutation Revoke($input: RevokeCalendarTokenInput!) {
    revokeCalendarToken(input: $input) {
      id
      revokedAt
    }
  }
`;

const MY_TOKENS = /* GraphQL */ `
  query {
    myCalendarTokens {
      id
      label
      revokedAt
    }
  }
`;

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  status: string;
  tzid: string;
  local: string;
  utc: string;
}

/** Reads a feed back with Mozilla's iCalendar parser, resolving times through its VTIMEZONE. */
function parseFeed(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(zone);
  }
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const start = event.startDate;
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      status: String(vevent.getFirstPropertyValue('status')),
      tzid: String(vevent.getFirstProperty('dtstart')!.getParameter('tzid') ?? ''),
      local: start.toString(),
      utc: start.toJSDate().toISOString(),
    };
  });
}

describe('Calendar feed', () => {
  let t: TestApp;
  let w: TaskForceWorld;
  const meetings: Record<string, { id: string; version: number }> = {};

  const keeper = () => ({ taskForceId: w.taskForceId, token: w.secretary.token });
  const schedule = async (key: string, startsAt: string, confidential = false) => {
    meetings[key] = await scheduleMeeting(t, keeper(), startsAt, {
      title: `Posėdis ${key}`,
      endsAt: new Date(Date.parse(startsAt) + 3600_000).toISOString(),
      location: 'Gedimino pr. 9, Vilnius',
      confidential,
    });
  };

  const fetchFeed = (path: string) => request(t.app.getHttpServer()).get(path);

  beforeAll(async () => {
    t = await startTestApp({ fixedNow: PINNED_NOW });
    w = await seedTaskForceWorld(t);
    await schedule('winter', '2026-01-20T08:00:00Z');
    await schedule('summer', '2026-07-01T07:00:00Z');
    await schedule('secret', '2026-07-02T07:00:00Z', true);
    await schedule('off', '2026-07-03T07:00:00Z');
    await t.gql(
      CANCEL_MEETING,
      { input: { id: meetings.off.id, version: meetings.off.version, reason: 'Atšaukta' } },
      w.secretary.token,
    );
  });
  afterAll(() => t.close());

  it("lists the person's meetings with Vilnius local times", async () => {
    const created = await t.gql(CREATE_TOKEN, { input: { label: 'telefonas' } }, w.member.token);
    expect(created.errors).toBeUndefined();
    const { token, path } = created.data.createCalendarToken;
    expect(path).toBe(`/calendar/${token}.ics`);

    const res = await fetchFeed(path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    const events = parseFeed(res.text);
    const byUid = (key: string) => events.find((e) => e.uid.includes(meetings[key].id))!;

    expect(byUid('winter')).toMatchObject({
      tzid: 'Europe/Vilnius',
      local: '2026-01-20T10:00:00',
      utc: '2026-01-20T08:00:00.000Z',
      status: 'CONFIRMED',
    });
    expect(byUid('summer')).toMatchObject({
      tzid: 'Europe/Vilnius',
      local: '2026-07-01T10:00:00',
      utc: '2026-07-01T07:00:00.000Z',
    });
    expect(byUid('summer').summary).toMatch(/Posėdis summer \(2026\/2\)/);
    expect(byUid('off').status).toBe('CANCELLED');
    expect(byUid('secret')).toBeDefined();
  });

  it("words the feed in the account's language or the address's, with standard properties only", async () => {
    const SET_LANGUAGE = /* GraphQL */ `
      mutation ($input: SetPreferredLanguageInput!) {
        setPreferredLanguage(input: $input) {
          preferredLanguage
        }
      }
    `;
    const { path } = (await t.gql(CREATE_TOKEN, {}, w.member.token)).data.createCalendarToken;
    const lt = (await fetchFeed(path)).text;
    expect(lt).not.toMatch(/^TIMEZONE-ID/m);
    expect(lt).toMatch(/^X-WR-TIMEZONE:Europe\/Vilnius/m);
    const byUid = (events: ParsedEvent[], key: string) =>
      events.find((e) => e.uid.includes(meetings[key].id))!;
    expect(byUid(parseFeed(lt), 'summer').description).toBe('Posėdis 2026/2');
    expect(byUid(parseFeed(lt), 'off').summary).toMatch(/^Atšaukta: /);
    expect(byUid(parseFeed(lt), 'off').description).toMatch(/atšauktas\. Priežastis: Atšaukta$/);

    const asked = parseFeed((await fetchFeed(`${path}?lang=en`)).text);
    expect(byUid(asked, 'summer').description).toBe('Meeting 2026/2');
    expect(byUid(asked, 'off').summary).toMatch(/^Cancelled: /);

    const chosen = await t.gql(SET_LANGUAGE, { input: { language: 'EN' } }, w.member.token);
    expect(chosen.data.setPreferredLanguage.preferredLanguage).toBe('EN');
    try {
      const english = parseFeed((await fetchFeed(path)).text);
      expect(byUid(english, 'summer').description).toBe('Meeting 2026/2');
      const back = parseFeed((await fetchFeed(`${path}?lang=lt`)).text);
      expect(byUid(back, 'summer').description).toBe('Posėdis 2026/2');
    } finally {
      await t.gql(SET_LANGUAGE, { input: { language: null } }, w.member.token);
    }
    const browser = await fetchFeed(path).set('Accept-Language', 'en-US,en;q=0.9');
    expect(byUid(parseFeed(browser.text), 'summer').description).toBe('Meeting 2026/2');
  });

  it("leaves confidential meetings out of an observer's feed", async () => {
    const { path } = (await t.gql(CREATE_TOKEN, {}, w.observer.token)).data.createCalendarToken;
    const uids = parseFeed((await fetchFeed(path)).text).map((e) => e.uid);
    expect(uids.some((uid) => uid.includes(meetings.summer.id))).toBe(true);
    expect(uids.some((uid) => uid.includes(meetings.secret.id))).toBe(false);
  });

  it('shows nothing of other task forces', async () => {
    const { path } = (await t.gql(CREATE_TOKEN, {}, w.outsider.token)).data.createCalendarToken;
    expect(parseFeed((await fetchFeed(path)).text)).toEqual([]);
  });

  it('answers 404 for a revoked or unknown token', async () => {
    const created = (await t.gql(CREATE_TOKEN, {}, w.secretary.token)).data.createCalendarToken;
    expect((await fetchFeed(created.path)).status).toBe(200);

    const foreign = await t.gql(
      REVOKE_TOKEN,
      { input: { id: created.calendarToken.id } },
      w.member.token,
    );
    expect(codeOf(foreign)).toBe('NOT_FOUND');

    const revoked = await t.gql(
      REVOKE_TOKEN,
      { input: { id: created.calendarToken.id } },
      w.secretary.token,
    );
    expect(revoked.data.revokeCalendarToken.revokedAt).toBe(PINNED_NOW.toISOString());
    expect((await fetchFeed(created.path)).status).toBe(404);
    expect((await fetchFeed('/calendar/this-token-was-never-issued-0000.ics')).status).toBe(404);
    expect((await fetchFeed('/calendar/short.ics')).status).toBe(404);

    const mine = (await t.gql(MY_TOKENS, {}, w.secretary.token)).data.myCalendarTokens;
    expect(mine).toEqual([
      { id: created.calendarToken.id, label: null, revokedAt: PINNED_NOW.toISOString() },
    ]);
  });

  it("carries the due dates of the person's open action items as all-day events", async () => {
    const [measure] = await activeMeasureIds(t, w.secretary.token);
    const item = async (title: string, dueDate: string) =>
      (
        await t.gql(
          CREATE_ACTION_ITEM,
          {
            input: {
              taskForceId: w.taskForceId,
              title,
              dueDate,
              assigneeId: w.member.personId,
              measureIds: [measure],
            },
          },
          w.secretary.token,
        )
      ).data.createActionItem;
    const open = await item('Parengti ataskaitą', '2026-07-20');
    const done = await item('Išsiųsti kvietimus', '2026-07-21');
    await t.gql(
      UPDATE_ACTION_ITEM,
      { input: { id: done.id, version: done.version, status: 'DONE' } },
      w.member.token,
    );
    const { path } = (await t.gql(CREATE_TOKEN, {}, w.member.token)).data.createCalendarToken;
    const text = (await fetchFeed(path)).text;
    const events = parseFeed(text);
    const due = events.find((e) => e.uid.includes(open.id))!;
    expect(due.summary).toBe('Užduoties terminas: Parengti ataskaitą');
    expect(due.local).toBe('2026-07-20');
    expect(text).toMatch(/DTSTART;VALUE=DATE:20260720/);
    expect(events.some((e) => e.uid.includes(done.id))).toBe(false);
    const others = (await t.gql(CREATE_TOKEN, {}, w.chair.token)).data.createCalendarToken;
    expect(
      parseFeed((await fetchFeed(others.path)).text).some((e) => e.uid.includes(open.id)),
    ).toBe(false);
  });

  it('never stores the secret itself', async () => {
    const { token } = (await t.gql(CREATE_TOKEN, {}, w.chair.token)).data.createCalendarToken;
    const rows = await t.dataSource.query('SELECT token_hash FROM calendar_token');
    expect(rows.some((r: { token_hash: string }) => r.token_hash === token)).toBe(false);
    const audit = await t.dataSource.query(
      "SELECT after FROM audit_event WHERE entity_type = 'CalendarToken'",
    );
    expect(audit.some((r: { after: string }) => r.after.includes(token))).toBe(false);
  });
});
