import { MailSenderService } from '../src/mail/mail-sender.service';
import { DailyRemindersService } from '../src/notifications/daily-reminders.service';
import { CREATE_ACTION_ITEM, UPDATE_ACTION_ITEM } from './support/action-item-documents';
import {
  activeMeasureIds,
  PINNED_NOW,
  seedTaskForceWorld,
  TaskForceWorld,
  User,
} from './support/factories';
import { mutationDocument } from './support/graphql-helpers';
import { meetingBuilders } from './support/meeting-builders';
import {
  APPROVE_MINUTES,
  CANCEL_MEETING,
  SAVE_MINUTES,
  UPDATE_MEETING,
} from './support/meeting-documents';
import { eventually, ReceivedMail, SmtpTestServer } from './support/smtp-test-server';
import { codeOf, onPostgres, startTestApp, TestApp } from './support/test-app';

const APP_URL = 'https://thb.example.lt';

const MY_NOTIFICATIONS = /* GraphQL */ `
  query ($unreadOnly: Boolean) {
    myNotifications(first: 50, unreadOnly: $unreadOnly) {
      unreadCount
      totalCount
      edges {
        node {
          id
          kind
          path
          subjectId
          title
          dueDate
          startsAt
          year
          taskForceName
          reason
          readAt
        }
      }
    }
  }
`;
const MARK_READ = mutationDocument(
  'markNotificationsRead',
  'MarkNotificationsReadInput',
  'marked unreadCount',
);
const SETTINGS = `query { notificationSettings { dueSoonDays version kinds { kind mail } } }`;
const UPDATE_SETTINGS = mutationDocument(
  'updateNotificationSettings',
  'UpdateNotificationSettingsInput',
  'dueSoonDays version kinds { kind mail }',
);
const SET_LANGUAGE = mutationDocument(
  'setPreferredLanguage',
  'SetPreferredLanguageInput',
  'preferredLanguage',
);
const CREATE_FOLLOW_UP = mutationDocument(
  'createFollowUpRequest',
  'CreateFollowUpRequestInput',
  'id version',
);
const ANSWER_FOLLOW_UP = mutationDocument(
  'answerFollowUpRequest',
  'AnswerFollowUpRequestInput',
  'id version',
);
const GENERATE_REPORT = mutationDocument(
  'generateAnnualReport',
  'GenerateAnnualReportInput',
  'id version',
);
const SUBMIT_REPORT = mutationDocument('submitAnnualReport', 'AnnualReportStepInput', 'id version');
const RETURN_REPORT = mutationDocument(
  'returnAnnualReport',
  'ReturnAnnualReportInput',
  'id version',
);

const SQLITE_TRIGGER = [
  `CREATE TRIGGER refuse_mail BEFORE INSERT ON mail_outbox WHEN NEW.recipient LIKE 'jonas.pavaduotojas%'
   BEGIN SELECT RAISE(ABORT, 'mail refused'); END`,
];
const POSTGRES_TRIGGER = [
  `CREATE FUNCTION refuse_mail() RETURNS trigger AS $$ BEGIN
     IF NEW.recipient LIKE 'jonas.pavaduotojas%' THEN RAISE EXCEPTION 'mail refused'; END IF;
     RETURN NEW; END $$ LANGUAGE plpgsql`,
  `CREATE TRIGGER refuse_mail BEFORE INSERT ON mail_outbox FOR EACH ROW EXECUTE FUNCTION refuse_mail()`,
];

describe('Notifications', () => {
  const smtp = new SmtpTestServer();
  let t: TestApp;
  let w: TaskForceWorld;
  let daily: DailyRemindersService;
  /** The task force's name, as mails carry it. */
  let TF: string;
  let measureId: string;
  /** Where the received mails stood when the test began: each test reads only its own. */
  let start = 0;

  const inbox = (user: { email: string }) =>
    smtp.received.slice(start).filter((m) => m.to.includes(user.email));
  /** The mails to one address since the test began, waiting until `count` have come. */
  const expectMail = async (user: { email: string }, count = 1): Promise<ReceivedMail[]> => {
    for (let waited = 0; waited < 10_000; waited += 50) {
      if (inbox(user).length >= count) return inbox(user);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`${count} mail(s) to ${user.email} did not arrive`);
  };
  /** Lets the sender deliver what the outbox holds, so that absent mails are really absent. */
  const settle = async () => {
    // A pass sends each recipient's next mail only: pass until the outbox is empty.
    for (let pass = 0; pass < 50; pass++) {
      await t.app.get(MailSenderService).deliverDue();
      const [{ waiting }] = await t.sql(
        `SELECT COUNT(*) AS waiting FROM mail_outbox WHERE status = 'PENDING'`,
      );
      if (Number(waiting) === 0) break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  };
  const notifications = async (user: User, unreadOnly?: boolean) =>
    (await t.gql(MY_NOTIFICATIONS, { unreadOnly }, user.token)).data.myNotifications;
  const everyone = () => [w.chair, w.deputy, w.secretary, w.member, w.observer, w.outsider];

  beforeAll(async () => {
    await smtp.start();
    t = await startTestApp({
      fixedNow: PINNED_NOW,
      smtpUrl: smtp.url,
      appUrl: APP_URL,
      mailFrom: 'Darbo grupės <noreply@thb.example.lt>',
      mailPollMs: 50,
      mailRetryBaseMs: 100,
    });
    w = await seedTaskForceWorld(t);
    daily = t.app.get(DailyRemindersService);
    [measureId] = await activeMeasureIds(t, w.secretary.token);
    const named = await t.sql('SELECT name FROM task_force WHERE id = ?', [w.taskForceId]);
    TF = named[0].name;
    const res = await t.gql(SET_LANGUAGE, { input: { language: 'EN' } }, w.member.token);
    expect(res.errors).toBeUndefined();
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });
  beforeEach(async () => {
    await settle();
    start = smtp.received.length;
  });

  const createItem = async (title: string, assignee: User, dueDate = '2026-07-01') => {
    const res = await t.gql(
      CREATE_ACTION_ITEM,
      {
        input: {
          taskForceId: w.taskForceId,
          title,
          assigneeId: assignee.personId,
          dueDate,
          measureIds: [measureId],
        },
      },
      w.secretary.token,
    );
    expect(res.errors).toBeUndefined();
    return res.data.createActionItem;
  };

  it('tells the assignee of an item, in their language, with a link that opens it', async () => {
    const item = await createItem('Parengti atmintinę mokykloms', w.member);
    const [mail] = await expectMail(w.member);
    expect(mail.subject).toBe(`An action item is assigned to you: ${TF}`);
    expect(mail.text).toContain(
      'the action item “Parengti atmintinę mokykloms” is assigned to you, due on 2026-07-01',
    );
    expect(mail.text).toContain(`${APP_URL}/items/${item.id}`);
    await settle();
    // Nobody else hears of it; the secretary, who assigned it, least of all.
    for (const other of everyone().filter((u) => u !== w.member)) expect(inbox(other)).toEqual([]);

    const mine = await notifications(w.member);
    expect(mine.edges[0].node).toMatchObject({
      kind: 'ACTION_ITEM_ASSIGNED',
      subjectId: item.id,
      path: `/items/${item.id}`,
      title: 'Parengti atmintinę mokykloms',
      dueDate: '2026-07-01',
      taskForceName: TF,
      readAt: null,
    });
    // The link's record opens for its reader.
    const opened = await t.gql(
      `query ($id: ID!) { actionItem(id: $id) { id } }`,
      { id: item.id },
      w.member.token,
    );
    expect(opened.data.actionItem.id).toBe(item.id);

    const reassigned = await t.gql(
      UPDATE_ACTION_ITEM,
      { input: { id: item.id, version: item.version, assigneeId: w.deputy.personId } },
      w.secretary.token,
    );
    expect(reassigned.errors).toBeUndefined();
    const [lt] = await expectMail(w.deputy);
    expect(lt.subject).toBe(`Jums paskirta užduotis: ${TF}`);
    expect(lt.text).toContain('Laba diena, Jonas Pavaduotojas,');
  });

  it('sends every current member a meeting with its calendar event, and its moves and cancellation', async () => {
    const { schedule } = meetingBuilders(t, w);
    const meeting = await schedule('2026-07-02T07:00:00Z');
    const recipients = [w.chair, w.deputy, w.member, w.observer];
    for (const user of recipients) await expectMail(user);
    await settle();
    expect(inbox(w.secretary)).toEqual([]);
    expect(inbox(w.outsider)).toEqual([]);
    const [lt] = inbox(w.chair);
    expect(lt.subject).toBe(`Sušauktas posėdis: ${TF}`);
    expect(lt.text).toContain('2026-07-02 10:00');
    const [ics] = lt.attachments;
    expect(ics.contentType).toBe('text/calendar');
    expect(ics.content).toContain(`UID:meeting-${meeting.id}@thb-taskforces.lt`);
    expect(ics.content).toContain('DTSTART;TZID=Europe/Vilnius:20260702T100000');
    expect(inbox(w.member)[0].subject).toBe(`Meeting scheduled: ${TF}`);

    const moved = (
      await t.gql(
        UPDATE_MEETING,
        {
          input: {
            id: meeting.id,
            version: meeting.version,
            startsAt: '2026-07-03T07:00:00Z',
            endsAt: '2026-07-03T09:00:00Z',
          },
        },
        w.secretary.token,
      )
    ).data.updateMeeting;
    const [, movedMail] = await expectMail(w.chair, 2);
    expect(movedMail.subject).toBe(`Posėdžio laikas pakeistas: ${TF}`);
    expect(movedMail.attachments[0].content).toContain(
      'DTSTART;TZID=Europe/Vilnius:20260703T100000',
    );
    expect(movedMail.attachments[0].content).toContain(`SEQUENCE:${moved.version}`);
    // A new title alone moves nobody.
    const retitled = await t.gql(
      UPDATE_MEETING,
      { input: { id: meeting.id, version: moved.version, title: 'Kitas pavadinimas' } },
      w.secretary.token,
    );
    const cancelled = await t.gql(
      CANCEL_MEETING,
      {
        input: {
          id: meeting.id,
          version: retitled.data.updateMeeting.version,
          reason: 'Nėra kvorumo',
        },
      },
      w.secretary.token,
    );
    expect(cancelled.errors).toBeUndefined();
    const mails = await expectMail(w.chair, 3);
    expect(mails.map((m) => m.subject)).toEqual([
      `Sušauktas posėdis: ${TF}`,
      `Posėdžio laikas pakeistas: ${TF}`,
      `Posėdis atšauktas: ${TF}`,
    ]);
    expect(mails[2].attachments[0].content).toContain('STATUS:CANCELLED');
  });

  it('keeps a confidential meeting from those who may not read it, and its title out of mails', async () => {
    const { schedule } = meetingBuilders(t, w);
    const meeting = await schedule('2026-07-06T07:00:00Z', {
      title: 'Konkretaus atvejo aptarimas',
      confidential: true,
    });
    const [mail] = await expectMail(w.chair);
    await expectMail(w.member);
    await settle();
    expect(inbox(w.observer)).toEqual([]);
    expect(mail.text).not.toContain('Konkretaus atvejo');
    expect(mail.attachments[0].content).not.toContain('Konkretaus atvejo');
    expect(mail.text).toContain('konfidencialus posėdis');
    const chairs = await notifications(w.chair);
    const told = chairs.edges.find((e: any) => e.node.subjectId === meeting.id);
    expect(told.node).toMatchObject({ kind: 'MEETING_SCHEDULED', title: null });
    const observers = await notifications(w.observer);
    expect(observers.edges.map((e: any) => e.node.subjectId)).not.toContain(meeting.id);
  });

  it('puts saved minutes before the chair and deputy, and tells members of their approval', async () => {
    const { heldMeeting } = meetingBuilders(t, w);
    const meeting = await heldMeeting('2026-06-10T07:00:00Z');
    await expectMail(w.chair);
    await settle();
    start = smtp.received.length;
    const saved = await t.gql(
      SAVE_MINUTES,
      { input: { meetingId: meeting.id, version: 0, text: 'Protokolo tekstas apie prevenciją.' } },
      w.secretary.token,
    );
    expect(saved.errors).toBeUndefined();
    const [awaiting] = await expectMail(w.chair);
    expect(awaiting.subject).toBe(`Protokolas laukia patvirtinimo: ${TF}`);
    expect(awaiting.text).not.toContain('Protokolo tekstas');
    await expectMail(w.deputy);
    await settle();
    expect(inbox(w.member)).toEqual([]);

    const approved = await t.gql(
      APPROVE_MINUTES,
      { input: { meetingId: meeting.id, version: saved.data.saveMinutes.version } },
      w.chair.token,
    );
    expect(approved.errors).toBeUndefined();
    const [memberMail] = await expectMail(w.member);
    expect(memberMail.subject).toBe(`Minutes approved: ${TF}`);
    expect(memberMail.text).toContain(`${APP_URL}/meetings/${meeting.id}`);
    await settle();
    expect(inbox(w.chair)).toHaveLength(1);
  });

  it('brings a follow-up request to those who answer it, and the answer to the asking side', async () => {
    const asked = await t.gql(
      CREATE_FOLLOW_UP,
      {
        input: {
          taskForceId: w.taskForceId,
          subjectType: 'TASK_FORCE',
          question: 'Kodėl vėluoja trys užduotys?',
          dueDate: '2026-06-30',
        },
      },
      w.commission,
    );
    expect(asked.errors).toBeUndefined();
    const [mail] = await expectMail(w.secretary);
    expect(mail.subject).toBe(`Gautas paklausimas: ${TF}`);
    expect(mail.text).toContain('iki 2026-06-30');
    expect(mail.text).not.toContain('vėluoja');
    expect(mail.text).toContain(`${APP_URL}/task-forces/${w.taskForceId}`);
    await expectMail(w.chair);
    await expectMail(w.deputy);
    await settle();
    expect(inbox(w.member)).toEqual([]);

    const answered = await t.gql(
      ANSWER_FOLLOW_UP,
      {
        input: {
          id: asked.data.createFollowUpRequest.id,
          version: asked.data.createFollowUpRequest.version,
          answer: 'Trūksta žmonių.',
        },
      },
      w.secretary.token,
    );
    expect(answered.errors).toBeUndefined();
    await settle();
    const commission = await t.sql('SELECT id FROM account WHERE email = ?', [
      'chair@commission.demo.lt',
    ]);
    expect(commission).toHaveLength(1);
    const [answer] = await smtp.mailsTo('chair@commission.demo.lt');
    expect(answer.subject).toBe(`Atsakyta į paklausimą: ${TF}`);
    expect(smtp.received.filter((m) => m.to.includes('monitor@vrm.demo.lt'))).toEqual([]);
  });

  it('sends a submitted report to the Ministry and the Commission, and its return to the task force', async () => {
    const draft = await t.gql(
      GENERATE_REPORT,
      { input: { taskForceId: w.taskForceId, year: 2025 } },
      w.secretary.token,
    );
    expect(draft.errors).toBeUndefined();
    const submitted = await t.gql(
      SUBMIT_REPORT,
      {
        input: {
          id: draft.data.generateAnnualReport.id,
          version: draft.data.generateAnnualReport.version,
        },
      },
      w.chair.token,
    );
    expect(submitted.errors).toBeUndefined();
    const ministry = await smtp.mailsTo('monitor@vrm.demo.lt');
    expect(ministry.map((m) => m.subject)).toContain(`Pateikta metinė ataskaita: ${TF}`);
    await smtp.mailsTo('chair@commission.demo.lt', 2);
    const returned = await t.gql(
      RETURN_REPORT,
      {
        input: {
          id: submitted.data.submitAnnualReport.id,
          version: submitted.data.submitAnnualReport.version,
          reason: 'Trūksta skaičių apie mokymus.',
        },
      },
      w.ministry,
    );
    expect(returned.errors).toBeUndefined();
    const [mail] = await expectMail(w.member);
    expect(mail.subject).toBe(`Annual report returned: ${TF}`);
    expect(mail.text).toContain(
      'the report for 2025 has been returned for changes. Reason: Trūksta skaičių apie mokymus.',
    );
    await expectMail(w.chair);
    const told = (await notifications(w.member)).edges.find(
      (e: any) => e.node.kind === 'ANNUAL_REPORT_RETURNED',
    );
    expect(told.node).toMatchObject({ year: 2025, reason: 'Trūksta skaičių apie mokymus.' });
  });

  it('keeps mails while the mail server is down, then delivers them in order with their retries recorded', async () => {
    await smtp.stop();
    try {
      await createItem('Pirma užduotis', w.member, '2026-08-01');
      await createItem('Antra užduotis', w.member, '2026-08-02');
      const waiting = await eventually(
        () =>
          t.sql(
            `SELECT attempts, last_error FROM mail_outbox WHERE recipient = ? AND status = 'PENDING' ORDER BY sequence`,
            [w.member.email],
          ),
        (rows) => rows.length === 2 && rows[0].attempts > 1,
      );
      expect(waiting[0].last_error).toEqual(expect.any(String));
      // The second waits behind the first: a reader's mails go out in the order written.
      expect(waiting[1].attempts).toBe(0);
    } finally {
      await smtp.start();
    }
    const mails = await expectMail(w.member, 2);
    expect(mails.map((m) => /“(.*)”/.exec(m.text)![1])).toEqual([
      'Pirma užduotis',
      'Antra užduotis',
    ]);
  });

  it('sends nothing, and keeps no notification, when the change rolls back', async () => {
    for (const statement of onPostgres ? POSTGRES_TRIGGER : SQLITE_TRIGGER) await t.sql(statement);
    try {
      const res = await t.gql(
        `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
        {
          input: {
            taskForceId: w.taskForceId,
            title: 'Niekada neįvyksiantis posėdis',
            startsAt: '2026-07-20T07:00:00Z',
            endsAt: '2026-07-20T08:00:00Z',
          },
        },
        w.secretary.token,
      );
      expect(codeOf(res)).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      const drop = onPostgres
        ? ['DROP TRIGGER refuse_mail ON mail_outbox', 'DROP FUNCTION refuse_mail']
        : ['DROP TRIGGER refuse_mail'];
      for (const statement of drop) await t.sql(statement);
    }
    await settle();
    for (const user of everyone()) expect(inbox(user)).toEqual([]);
    const rows = await t.sql(`SELECT id FROM meeting WHERE title = ?`, [
      'Niekada neįvyksiantis posėdis',
    ]);
    expect(rows).toEqual([]);
    const kept = await t.sql(`SELECT id FROM notification WHERE title = ?`, [
      'Niekada neįvyksiantis posėdis',
    ]);
    expect(kept).toEqual([]);
  });

  it('lets each person mark their own notifications read, and only theirs', async () => {
    const before = await notifications(w.member, true);
    expect(before.unreadCount).toBeGreaterThan(0);
    const [first] = before.edges;
    const others = await notifications(w.chair);
    const foreign = await t.gql(
      MARK_READ,
      { input: { ids: [others.edges[0].node.id] } },
      w.member.token,
    );
    expect(codeOf(foreign)).toBe('NOT_FOUND');
    const neither = await t.gql(MARK_READ, { input: {} }, w.member.token);
    expect(codeOf(neither)).toBe('BAD_USER_INPUT');
    expect(neither.errors![0].extensions.fields).toEqual([
      expect.objectContaining({ field: 'ids', rule: 'REQUIRED' }),
    ]);

    const one = await t.gql(MARK_READ, { input: { ids: [first.node.id] } }, w.member.token);
    expect(one.data.markNotificationsRead).toEqual({
      marked: 1,
      unreadCount: before.unreadCount - 1,
    });
    const all = await t.gql(MARK_READ, { input: { all: true } }, w.member.token);
    expect(all.data.markNotificationsRead).toEqual({
      marked: before.unreadCount - 1,
      unreadCount: 0,
    });
    expect((await notifications(w.member, true)).totalCount).toBe(0);
    expect((await notifications(w.chair)).unreadCount).toBe(others.unreadCount);
    const audited = await t.sql(
      `SELECT id FROM audit_event WHERE operation = 'markNotificationsRead' AND entity_id = ?`,
      [w.member.personId],
    );
    // The refused calls wrote nothing.
    expect(audited).toHaveLength(2);
  });

  it('keeps settings per person, audited, and mails by them: digest, never, or at once', async () => {
    const initial = (await t.gql(SETTINGS, {}, w.observer.token)).data.notificationSettings;
    expect(initial.dueSoonDays).toBe(3);
    expect(initial.version).toBe(0);
    expect(initial.kinds).toContainEqual({
      kind: 'ACTION_ITEM_STALE_FOR_SECRETARY',
      mail: 'DAILY_DIGEST',
    });

    const tooFar = await t.gql(
      UPDATE_SETTINGS,
      { input: { version: 0, dueSoonDays: 31 } },
      w.observer.token,
    );
    expect(codeOf(tooFar)).toBe('BAD_USER_INPUT');
    expect(tooFar.errors![0].extensions.fields![0].field).toBe('dueSoonDays');
    const changed = await t.gql(
      UPDATE_SETTINGS,
      {
        input: {
          version: 0,
          dueSoonDays: 5,
          kinds: [
            { kind: 'ACTION_ITEM_ASSIGNED', mail: 'DAILY_DIGEST' },
            { kind: 'MEETING_SCHEDULED', mail: 'NEVER' },
          ],
        },
      },
      w.observer.token,
    );
    expect(changed.errors).toBeUndefined();
    expect(changed.data.updateNotificationSettings.dueSoonDays).toBe(5);
    const stale = await t.gql(
      UPDATE_SETTINGS,
      { input: { version: 0, dueSoonDays: 4 } },
      w.observer.token,
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    const [audit] = await t.sql(
      `SELECT after FROM audit_event WHERE operation = 'updateNotificationSettings' ORDER BY sequence DESC`,
    );
    expect(audit.after).toContain('DAILY_DIGEST');

    // Observers are not assignees; a digest kind for a meeting: none here, never by mail.
    const { schedule } = meetingBuilders(t, w);
    const meeting = await schedule('2026-07-08T07:00:00Z');
    await expectMail(w.chair);
    await settle();
    expect(inbox(w.observer).map((m) => m.subject)).toEqual([]);
    const listed = await notifications(w.observer);
    expect(listed.edges.map((e: any) => e.node.subjectId)).toContain(meeting.id);

    // The chair takes assignments as a digest: none at once, one digest on the day's run.
    start = smtp.received.length;
    const chairSettings = await t.gql(
      UPDATE_SETTINGS,
      { input: { version: 0, kinds: [{ kind: 'ACTION_ITEM_ASSIGNED', mail: 'DAILY_DIGEST' }] } },
      w.chair.token,
    );
    expect(chairSettings.errors).toBeUndefined();
    await createItem('Suderinti mokymų planą', w.chair, '2026-09-01');
    await createItem('Surinkti duomenis', w.chair, '2026-09-02');
    await settle();
    expect(inbox(w.chair)).toEqual([]);
    const run = await daily.runDay('2026-06-15');
    expect(run.alreadyDone).toBe(false);
    const [digest] = await expectMail(w.chair);
    expect(digest.subject).toBe('Dienos pranešimų suvestinė, 2026-06-15');
    expect(digest.text).toContain('„Suderinti mokymų planą“');
    expect(digest.text).toContain('„Surinkti duomenis“');
    // Run again for the same day: nothing more.
    expect((await daily.runDay('2026-06-15')).alreadyDone).toBe(true);
    await t.sql(`DELETE FROM daily_run WHERE day = ?`, ['2026-06-15']);
    expect(await daily.runDay('2026-06-15')).toMatchObject({
      alreadyDone: false,
      reminders: 0,
      digests: 0,
    });
    await settle();
    expect(inbox(w.chair)).toHaveLength(1);
  });

  it('reminds of due dates once, of overdue items weekly, and catches up missed days without repeats', async () => {
    const item = await createItem('Atnaujinti kontaktų sąrašą', w.deputy, '2026-06-25');
    await expectMail(w.deputy);
    const kindsOf = async () =>
      (await notifications(w.deputy)).edges
        .filter((e: any) => e.node.subjectId === item.id)
        .map((e: any) => e.node.kind)
        .reverse();

    await daily.runDay('2026-06-21');
    expect(await kindsOf()).toEqual(['ACTION_ITEM_ASSIGNED']);
    await daily.runDay('2026-06-22');
    expect(await kindsOf()).toEqual(['ACTION_ITEM_ASSIGNED', 'ACTION_ITEM_DUE_SOON']);
    const [, soon] = await expectMail(w.deputy, 2);
    expect(soon.subject).toBe(`Artėja užduoties terminas: ${TF}`);
    await daily.runDay('2026-06-23');
    await daily.runDay('2026-06-26');
    // Missed: 27 June to 3 July. The week after is one more reminder, not seven.
    await daily.runDay('2026-07-04');
    await daily.runDay('2026-07-05');
    expect(await kindsOf()).toEqual([
      'ACTION_ITEM_ASSIGNED',
      'ACTION_ITEM_DUE_SOON',
      'ACTION_ITEM_OVERDUE',
      'ACTION_ITEM_OVERDUE',
    ]);
    await settle();
    // Mails about this item only (the deputy was given another one earlier).
    const mails = inbox(w.deputy).filter((m) => m.text.includes(item.id));
    expect(mails.map((m) => m.subject)).toEqual([
      `Jums paskirta užduotis: ${TF}`,
      `Artėja užduoties terminas: ${TF}`,
      `Praleistas užduoties terminas: ${TF}`,
      `Praleistas užduoties terminas: ${TF}`,
    ]);

    // Nobody reported for 30 days since it was made (15 June): the assignee, then the secretary.
    await daily.runDay('2026-07-15');
    expect(await kindsOf()).toContain('ACTION_ITEM_STALE');
    await daily.runDay('2026-07-22');
    const secretarys = await notifications(w.secretary);
    const line = secretarys.edges.find(
      (e: any) => e.node.subjectId === item.id && e.node.kind === 'ACTION_ITEM_STALE_FOR_SECRETARY',
    );
    expect(line).toBeDefined();
    await settle();
    const digests = inbox(w.secretary).filter((m) =>
      m.subject.startsWith('Dienos pranešimų suvestinė'),
    );
    expect(digests.some((m) => m.text.includes('„Atnaujinti kontaktų sąrašą“'))).toBe(true);
  });
});
