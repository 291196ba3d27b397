import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createServerDatabase,
  dropServerDatabase,
  ServerDatabase,
  ServerProcess,
  startServerProcess,
  verifyAuditChainCli,
  withDatabase,
} from './support/server-process';

/**
 * Crash safety (issue 8, item 3): the real server is killed with SIGKILL while mutations are in
 * flight. After a restart on the same database, every mutation that was answered must be there,
 * and nothing may be half-applied: no record without its audit event, no agenda item without its
 * meeting, no duplicate numbers, an intact audit chain and a sound database file. It runs on a
 * SQLite file, or on a schema of its own when the suite runs with a `postgres://` DATABASE_URL.
 */

const SECRETARY = 'secretary.vilnius@demo.lt';
const IN_FLIGHT = 8;
/** Mutations sent in all before the test gives up on reaching the kill point. */
const MAX_SENT = 20_000;
/** The crash meetings get a year of their own, so their numbers must run 1, 2, 3, … */
const YEAR = 2031;
const FIRST_START = Date.UTC(YEAR, 0, 6, 8, 0);

const SERVER_ENV = {
  DEMO_DATA: 'true',
  LOGIN_LIMIT_PER_ADDRESS: '1000',
  LOGIN_LIMIT_PER_ACCOUNT: '1000',
};

const TASK_FORCES = /* GraphQL */ `
  query {
    taskForces(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`;

const SCHEDULE = /* GraphQL */ `
  mutation Schedule($input: ScheduleMeetingInput!) {
    scheduleMeeting(input: $input) {
      id
      title
      number
      year
      sequence
    }
  }
`;

const ADD_ITEM = /* GraphQL */ `
  mutation Add($input: AddAgendaItemInput!) {
    addAgendaItem(input: $input) {
      id
      meetingId
      position
      title
    }
  }
`;

const MEETING = /* GraphQL */ `
  query Meeting($id: ID!) {
    meeting(id: $id) {
      id
      title
      number
      year
      sequence
      agenda {
        id
        position
        title
      }
    }
  }
`;

interface AnsweredMeeting {
  id: string;
  title: string;
  number: string;
  sequence: number;
}

interface AnsweredItem {
  id: string;
  meetingId: string;
  title: string;
}

const scheduleInput = (taskForceId: string, n: number) => {
  const startsAt = FIRST_START + n * 15 * 60_000;
  return {
    taskForceId,
    title: `crash-${n}`,
    startsAt: new Date(startsAt).toISOString(),
    endsAt: new Date(startsAt + 60 * 60_000).toISOString(),
  };
};

/** Runs `work` over `items` with at most `limit` running at once. */
async function eachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  });
  await Promise.all(lanes);
}

describe('crash safety of the real server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thb-crash-'));
  const servers: ServerProcess[] = [];
  let database: ServerDatabase | undefined;

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.kill()));
    rmSync(dir, { recursive: true, force: true });
    if (database) await dropServerDatabase(database);
  });

  it('keeps every answered mutation, and no half-applied one, across a SIGKILL', async () => {
    // 1. The real server on a fresh database, with the demo data.
    database = await createServerDatabase(join(dir, 'workspace.sqlite'));
    const first = await startServerProcess(database, SERVER_ENV);
    servers.push(first);
    const token = await first.login(SECRETARY);
    const taskForces = await first.gql(TASK_FORCES, {}, token);
    const vilnius = taskForces.data.taskForces.edges
      .map((e: { node: { id: string; name: string } }) => e.node)
      .find((tf: { name: string }) => /Vilni/.test(tf.name));
    expect(vilnius).toBeDefined();

    // 2. A stream of mutations, IN_FLIGHT at a time, until the kill point.
    const killAfter = 60 + Math.floor(Math.random() * 91);
    const answeredMeetings: AnsweredMeeting[] = [];
    const answeredItems: AnsweredItem[] = [];
    const sentMeetingTitles = new Set<string>();
    /** Agenda item titles sent, per meeting id (answered or not). */
    const sentItemTitles = new Map<string, Set<string>>();
    const graphqlErrors: string[] = [];
    const failuresBeforeKill: string[] = [];
    let serial = 0;
    let inFlight = 0;
    let answered = 0;
    let killScheduled = false;
    let killed = false;
    let inFlightAtKill = 0;
    let killDelayMs = 0;
    const streamStart = Date.now();

    const kill = () => {
      killed = true;
      inFlightAtKill = inFlight;
      first.child.kill('SIGKILL');
    };
    const answer = () => {
      answered++;
      if (!killScheduled && answered >= killAfter) {
        // Killing right on an answer would always hit the server between two mutations; a
        // random delay of up to three mutations' time lands the kill anywhere in one.
        killScheduled = true;
        killDelayMs = Math.random() * 3 * ((Date.now() - streamStart) / answered);
        setTimeout(kill, killDelayMs);
      }
    };

    const send = async (n: number) => {
      // Every other mutation adds an agenda item to one of the latest answered meetings, so
      // several items of one meeting are often in flight together.
      const recent = answeredMeetings.slice(-5);
      const meeting = n % 2 === 0 && recent.length ? recent[n % recent.length] : undefined;
      const title = meeting ? `crash-item-${n}` : `crash-${n}`;
      if (meeting) {
        if (!sentItemTitles.has(meeting.id)) sentItemTitles.set(meeting.id, new Set());
        sentItemTitles.get(meeting.id)!.add(title);
      } else {
        sentMeetingTitles.add(title);
      }
      inFlight++;
      let res;
      try {
        res = meeting
          ? await first.gql(ADD_ITEM, { input: { meetingId: meeting.id, title } }, token)
          : await first.gql(SCHEDULE, { input: scheduleInput(vilnius.id, n) }, token);
      } catch (error) {
        // Connections cut by the kill are expected; anything before it is not.
        if (!killed) failuresBeforeKill.push(`${title}: ${(error as Error).message}`);
        return;
      } finally {
        inFlight--;
      }
      if (res.errors || !res.data) {
        graphqlErrors.push(`${title}: HTTP ${res.status} ${JSON.stringify(res.errors)}`);
        return;
      }
      if (meeting) {
        const item = res.data.addAgendaItem;
        expect(item).toMatchObject({ meetingId: meeting.id, title });
        answeredItems.push({ id: item.id, meetingId: meeting.id, title });
      } else {
        const created = res.data.scheduleMeeting;
        expect(created.title).toBe(title);
        answeredMeetings.push(created);
      }
      answer();
    };

    const lanes = Array.from({ length: IN_FLIGHT }, async () => {
      // Unbounded until the kill: if the server is quick, it simply gets more to do.
      while (!killed && !failuresBeforeKill.length && !graphqlErrors.length) {
        if (serial >= MAX_SENT) throw new Error(`${MAX_SENT} mutations sent, kill point not met`);
        await send(++serial);
      }
    });
    const settled = await Promise.allSettled(lanes);
    await first.kill();
    expect(settled.filter((s) => s.status === 'rejected')).toEqual([]);
    expect(failuresBeforeKill).toEqual([]);
    expect(graphqlErrors).toEqual([]);
    expect(killed).toBe(true);
    expect(first.child.signalCode).toBe('SIGKILL');
    // The kill came while other mutations were still waiting for their answer.
    expect(inFlightAtKill).toBeGreaterThan(0);
    expect(answered).toBeGreaterThanOrEqual(killAfter);
    const unanswered = serial - answered;

    // 3. Restart on the same database: every answered mutation is there, as it was answered.
    const second = await startServerProcess(database, SERVER_ENV);
    servers.push(second);
    const token2 = await second.login(SECRETARY);
    const agendaOf = new Map<string, { id: string; position: number; title: string }[]>();
    const missing: string[] = [];
    await eachLimited(answeredMeetings, IN_FLIGHT, async (meeting) => {
      const res = await second.gql(MEETING, { id: meeting.id }, token2);
      if (!res.data?.meeting) {
        missing.push(`${meeting.title} (${meeting.id}): ${JSON.stringify(res.errors)}`);
        return;
      }
      expect(res.data.meeting).toMatchObject({
        id: meeting.id,
        title: meeting.title,
        number: meeting.number,
        sequence: meeting.sequence,
      });
      agendaOf.set(meeting.id, res.data.meeting.agenda);
    });
    expect(missing).toEqual([]);

    for (const [meetingId, agenda] of agendaOf) {
      const ids = new Set(agenda.map((item) => item.id));
      // Every answered item is on its meeting's agenda …
      const lost = answeredItems.filter((i) => i.meetingId === meetingId && !ids.has(i.id));
      expect(lost).toEqual([]);
      // … and every other item on it was one sent to that meeting (in flight at the kill).
      const sent = sentItemTitles.get(meetingId) ?? new Set<string>();
      expect(agenda.filter((item) => !sent.has(item.title))).toEqual([]);
      // Positions run 1..n: no later commit survived an earlier lost one.
      expect(agenda.map((item) => item.position).sort((a, b) => a - b)).toEqual(
        agenda.map((_, i) => i + 1),
      );
    }

    // The restarted server goes on numbering where the surviving meetings end.
    const after = await second.gql(
      SCHEDULE,
      { input: { ...scheduleInput(vilnius.id, MAX_SENT + 1), title: 'after-restart' } },
      token2,
    );
    expect(after.errors).toBeUndefined();

    // 4. A clean stop, then the database itself.
    expect(await second.stop()).toBe(0);

    await withDatabase(database, async (all) => {
      if (database!.engine === 'sqlite') {
        expect(await all('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
        expect(await all('PRAGMA foreign_key_check')).toEqual([]);
      }
      // PostgreSQL has no such pragmas: it enforces foreign keys itself (a committed row never
      // breaks one), and crash recovery from its WAL is its own. On either engine, no agenda
      // item may reference a missing meeting.
      expect(
        await all(
          `SELECT a.id, a.meeting_id FROM agenda_item a
            LEFT JOIN meeting m ON m.id = a.meeting_id WHERE m.id IS NULL`,
        ),
      ).toEqual([]);

      const meetings = await all<{ id: string; title: string; year: number; sequence: number }>(
        `SELECT id, title, year, sequence FROM meeting WHERE title LIKE 'crash-%'`,
      );
      const items = await all<{ id: string; meeting_id: string; title: string }>(
        `SELECT id, meeting_id, title FROM agenda_item WHERE title LIKE 'crash-item-%'`,
      );
      // Only what was sent is there, each at most once; and all that was answered.
      expect(meetings.filter((m) => !sentMeetingTitles.has(m.title))).toEqual([]);
      expect(new Set(meetings.map((m) => m.title)).size).toBe(meetings.length);
      const meetingIds = new Set(meetings.map((m) => m.id));
      expect(answeredMeetings.filter((m) => !meetingIds.has(m.id))).toEqual([]);
      const itemIds = new Set(items.map((i) => i.id));
      expect(answeredItems.filter((i) => !itemIds.has(i.id))).toEqual([]);
      // No agenda item points at a missing meeting, nor at one it was not sent to.
      expect(items.filter((i) => !meetingIds.has(i.meeting_id))).toEqual([]);
      expect(items.filter((i) => !sentItemTitles.get(i.meeting_id)?.has(i.title))).toEqual([]);

      // Every record has its audit event, and every audit event its record.
      const audited = async (operation: string, entityType: string) =>
        new Set(
          (
            await all<{ entity_id: string }>(
              `SELECT entity_id FROM audit_event WHERE entity_type = ? AND operation = ?`,
              [entityType, operation],
            )
          ).map((row) => row.entity_id),
        );
      const scheduled = await audited('scheduleMeeting', 'Meeting');
      const added = await audited('addAgendaItem', 'AgendaItem');
      expect(meetings.filter((m) => !scheduled.has(m.id))).toEqual([]);
      expect(items.filter((i) => !added.has(i.id))).toEqual([]);
      // entity_id is text, ids are uuid on PostgreSQL: compare as text (a no-op on SQLite).
      const orphanEvents = await all(
        `SELECT e.operation, e.entity_id FROM audit_event e
          WHERE (e.operation = 'scheduleMeeting' AND NOT EXISTS
                  (SELECT 1 FROM meeting m WHERE CAST(m.id AS TEXT) = e.entity_id))
             OR (e.operation = 'addAgendaItem' AND NOT EXISTS
                  (SELECT 1 FROM agenda_item a WHERE CAST(a.id AS TEXT) = e.entity_id))`,
      );
      expect(orphanEvents).toEqual([]);

      // Meeting numbers are unique per task force and year; this year's run 1..n, gap-free,
      // with the meeting scheduled after the restart last.
      expect(
        await all(
          `SELECT task_force_id, year, sequence, COUNT(*) AS n FROM meeting
            GROUP BY task_force_id, year, sequence HAVING COUNT(*) > 1`,
        ),
      ).toEqual([]);
      const numbered = await all<{ title: string; sequence: number }>(
        `SELECT title, sequence FROM meeting WHERE task_force_id = ? AND year = ?
          ORDER BY sequence`,
        [vilnius.id, YEAR],
      );
      expect(numbered.map((m) => m.sequence)).toEqual(numbered.map((_, i) => i + 1));
      expect(numbered.at(-1)).toEqual({ title: 'after-restart', sequence: meetings.length + 1 });

      const summary = {
        killAfter,
        killDelayMs: Math.round(killDelayMs),
        inFlightAtKill,
        answeredMeetings: answeredMeetings.length,
        answeredItems: answeredItems.length,
        unanswered,
        survivedMeetings: meetings.length,
        survivedItems: items.length,
      };
      if (process.env.CRASH_SAFETY_VERBOSE) console.log(JSON.stringify(summary));
    });

    // 5. The audit chain verifies with the operator's script.
    const verification = await verifyAuditChainCli(database);
    expect(verification).toMatchObject({ code: 0, output: expect.stringMatching(/intact/) });
  }, 90_000);
});
