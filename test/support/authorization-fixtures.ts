/**
 * The world the authorization matrix runs in: every kind of caller with a token, shared records
 * to read, and factories that make a fresh target for each state-changing call.
 */
import { Caller } from './authorization-matrix';
import {
  activeMeasureIds,
  addMember,
  createTaskForce,
  MeasureRef,
  planMeasures,
  seedTaskForceWorld,
  TaskForceWorld,
  TEST_PASSWORD,
} from './factories';
import { must, mutationDocument } from './graphql-helpers';
import { planBuilders } from './plan-builders';
import { DEMO, DEMO_PASSWORD, TestApp } from './test-app';

export interface Target {
  id: string;
  version: number;
}

export { must, mutationDocument };

const SCHEDULE = mutationDocument('scheduleMeeting', 'ScheduleMeetingInput');
const MARK_HELD = mutationDocument('markMeetingHeld', 'MarkMeetingHeldInput');
const SAVE_MINUTES = mutationDocument('saveMinutes', 'SaveMinutesInput');
const ADD_AGENDA_ITEM = mutationDocument('addAgendaItem', 'AddAgendaItemInput');
const RECORD_DECISION = mutationDocument('recordDecision', 'RecordDecisionInput');
const CREATE_ACTION_ITEM = mutationDocument('createActionItem', 'CreateActionItemInput');
const CREATE_FOLLOW_UP = mutationDocument('createFollowUpRequest', 'CreateFollowUpRequestInput');
const ANSWER_FOLLOW_UP = mutationDocument('answerFollowUpRequest', 'AnswerFollowUpRequestInput');
const POST_UPDATE = mutationDocument(
  'postActionUpdate',
  'PostActionUpdateInput',
  'contributions { id version }',
);
const RECORD_ACTIVITY = mutationDocument(
  'recordPreventionActivity',
  'RecordPreventionActivityInput',
);
const GENERATE_REPORT = mutationDocument('generateAnnualReport', 'GenerateAnnualReportInput');
const SUBMIT_REPORT = mutationDocument('submitAnnualReport', 'AnnualReportStepInput');
const CREATE_ACCOUNT = mutationDocument(
  'createAccount',
  'CreateAccountInput',
  'id version email person { id }',
);
const ISSUE_PASSWORD_RESET = mutationDocument('issuePasswordReset', 'IssuePasswordResetInput');
const SET_ACCOUNT_ACTIVE = mutationDocument('setAccountActive', 'SetAccountActiveInput');
const CREATE_CALENDAR_TOKEN = mutationDocument(
  'createCalendarToken',
  'CreateCalendarTokenInput',
  'calendarToken { id version }',
  true,
);
const MUNICIPALITIES = `query { municipalities(first: 1) { edges { node { id } } } }`;

/** A meeting that started before the pinned clock (2026-06-15), so it may be held. */
const PAST_MEETING = { startsAt: '2026-06-01T07:00:00Z', endsAt: '2026-06-01T09:00:00Z' };

/** A follow-up due after the pinned clock. */
export const FOLLOW_UP_DUE = '2026-07-15';

export interface AuthorizationWorld {
  w: TaskForceWorld;
  /** The bearer token each caller sends; none for anonymous. */
  tokens: Record<Caller, string | undefined>;
  /** The credentials each caller logs in with (anonymous: the member's). */
  credentials: Record<Caller, { email: string; password: string }>;
  municipalityId: string;
  activePlanId: string;
  /** A measure of the plan active today. */
  measureId: string;
  /** A planned, non-confidential meeting that has started: agenda, attendance, decisions. */
  openMeetingId: string;
  confidentialMeetingId: string;
  /** A meeting whose agenda only reorderAgenda touches. */
  reorder: { meetingId: string; itemIds: string[] };
  /** An action item assigned to the member. */
  memberItemId: string;
  /** An action item assigned to another member (one without an account). */
  otherItemId: string;
  /** The year of a draft report of the task force. */
  reportYear: number;
  /** Factories of fresh targets; each call makes a new one. */
  make: ReturnType<typeof factories>;
  /** Plans and their items (made by the Ministry), institutions and municipalities. */
  plans: ReturnType<typeof planBuilders>;
  /**
   * After a caller changed its password (which ends its other sessions): carry on with the
   * fresh token, everywhere the world hands out that caller's token, and the new password.
   */
  renewSession(caller: Caller, token: string, password: string): void;
  /** After a caller logged out: a new login, carried on with as `renewSession` does. */
  loginAgain(caller: Caller): Promise<void>;
  /** The refresh token of a new login of the administrator, for a renewal to spend. */
  newRefreshToken(): Promise<string>;
}

function factories(t: TestApp, w: TaskForceWorld, measureId: string, figures: MeasureRef) {
  const tf = w.taskForceId;
  let serial = 0;
  let secondAdmin: Promise<string> | undefined;
  // Reports are one per task force and year: each fresh report takes the next year.
  let nextYear = 2000;

  const make = {
    async plannedMeeting(confidential = false): Promise<Target> {
      const input = {
        taskForceId: tf,
        title: `Posėdis ${++serial}`,
        confidential,
        ...PAST_MEETING,
      };
      return must(await t.gql(SCHEDULE, { input }, w.secretary.token), 'scheduleMeeting');
    },

    async heldMeeting(): Promise<Target> {
      const meeting = await make.plannedMeeting();
      return must(await t.gql(MARK_HELD, { input: meeting }, w.secretary.token), 'markMeetingHeld');
    },

    /** A held meeting with draft minutes; the version is the minutes'. */
    async draftMinutes(): Promise<{ meetingId: string; version: number }> {
      const meeting = await make.heldMeeting();
      const input = { meetingId: meeting.id, text: 'Protokolo projektas.' };
      const minutes = must(await t.gql(SAVE_MINUTES, { input }, w.secretary.token), 'saveMinutes');
      return { meetingId: meeting.id, version: minutes.version };
    },

    async agendaItem(meetingId: string): Promise<Target> {
      const input = { meetingId, title: `Darbotvarkės klausimas ${++serial}` };
      return must(await t.gql(ADD_AGENDA_ITEM, { input }, w.secretary.token), 'addAgendaItem');
    },

    async decision(meetingId: string): Promise<Target> {
      const input = { meetingId, kind: 'INFORMATION', text: `Informacija ${++serial}.` };
      return must(await t.gql(RECORD_DECISION, { input }, w.secretary.token), 'recordDecision');
    },

    async actionItem(assigneeId: string): Promise<Target> {
      const input = {
        taskForceId: tf,
        title: `Veiksmas ${++serial}`,
        assigneeId,
        dueDate: '2026-12-15',
        measureIds: [measureId],
      };
      return must(
        await t.gql(CREATE_ACTION_ITEM, { input }, w.secretary.token),
        'createActionItem',
      );
    },

    /** A figure reported on a fresh item of the member's, by the member or the secretary. */
    async figure(reporter: 'member' | 'secretary'): Promise<Target> {
      const input = {
        taskForceId: tf,
        title: `Veiksmas ${++serial}`,
        assigneeId: w.member.personId,
        dueDate: '2026-12-15',
        measureIds: [figures.id],
      };
      const item = must(
        await t.gql(CREATE_ACTION_ITEM, { input }, w.secretary.token),
        'createActionItem',
      );
      const contributions = [{ indicatorId: figures.indicators[0].id, value: 5 }];
      const update = { actionItemId: item.id, text: 'Atlikta.', contributions };
      return must(
        await t.gql(POST_UPDATE, { input: update }, w[reporter].token),
        'postActionUpdate',
      ).contributions[0];
    },

    /** An activity the secretary recorded, or the member for an item of theirs. */
    async activity(originActionItemId?: string): Promise<Target> {
      const input = {
        taskForceId: tf,
        kind: 'COMMUNITY_EVENT',
        title: `Renginys ${++serial}`,
        date: '2026-06-01',
        targetGroup: 'GENERAL_PUBLIC',
        participants: 30,
        originActionItemId,
      };
      const recorder = originActionItemId ? w.member : w.secretary;
      return must(
        await t.gql(RECORD_ACTIVITY, { input }, recorder.token),
        'recordPreventionActivity',
      );
    },

    /** An open request, or an answered one, asked by the Commission or the Ministry. */
    async followUp(asker: 'commission' | 'ministry', answered = false): Promise<Target> {
      const input = { taskForceId: tf, question: `Klausimas ${++serial}?`, dueDate: FOLLOW_UP_DUE };
      const asked: Target = must(
        await t.gql(CREATE_FOLLOW_UP, { input }, w[asker]),
        'createFollowUpRequest',
      );
      if (!answered) return asked;
      const answer = { ...asked, answer: 'Atsakymas.' };
      return must(
        await t.gql(ANSWER_FOLLOW_UP, { input: answer }, w.secretary.token),
        'answerFollowUpRequest',
      );
    },

    /** A fresh report of the task force (a year no other report uses), draft or submitted. */
    async report(status: 'DRAFT' | 'SUBMITTED' = 'DRAFT'): Promise<Target & { year: number }> {
      const year = make.reportYear();
      const input = { taskForceId: tf, year };
      const draft = must(
        await t.gql(GENERATE_REPORT, { input }, w.secretary.token),
        'generateAnnualReport',
      );
      if (status === 'DRAFT') return { ...draft, year };
      const submitted = must(
        await t.gql(SUBMIT_REPORT, { input: draft }, w.chair.token),
        'submitAnnualReport',
      );
      return { ...submitted, year };
    },

    reportYear(): number {
      if (nextYear > 2026) throw new Error('No calendar year left for a fresh annual report.');
      return nextYear++;
    },

    /** A current membership of a new person (not one of the callers). */
    async membership(): Promise<Target> {
      const person = { fullName: `Laikinas Narys ${++serial}` };
      // From today: a start behind the approved meeting of 2026-06-01 would be refused.
      return addMember(t, w.admin, {
        taskForceId: tf,
        role: 'MEMBER',
        person,
        validFrom: '2026-06-15',
      });
    },

    async account(): Promise<Target & { email: string; personId: string }> {
      const email = `authz.${++serial}@test.lt`;
      const input = { email, password: TEST_PASSWORD, fullName: `Paskyra ${serial}` };
      const account = must(await t.gql(CREATE_ACCOUNT, { input }, w.admin), 'createAccount');
      return { ...account, personId: account.person.id };
    },

    /**
     * An account waiting for the Ministry role, asked for by a second administrator (made one
     * by SQL: the two-person rule gives no API path to a first pair), so `w.admin` may confirm.
     */
    async pendingRole(): Promise<Target> {
      secondAdmin ??= (async () => {
        const second = await make.account();
        await t.sql("UPDATE account SET system_role = 'ADMIN' WHERE id = ?", [second.id]);
        return t.login(second.email, TEST_PASSWORD);
      })();
      const email = `pending.${++serial}@test.lt`;
      const input = { email, password: TEST_PASSWORD, fullName: `Laukianti ${serial}` };
      const created = must(
        await t.gql(
          CREATE_ACCOUNT,
          { input: { ...input, systemRole: 'MINISTRY' } },
          await secondAdmin,
        ),
        'createAccount',
      );
      return { id: created.id, version: created.version };
    },

    /** The person of whoever `token` belongs to, as it stands now. */
    async ownPerson(token: string): Promise<Target> {
      return must(await t.gql('{ me { person { id version } } }', {}, token), 'me').person;
    },

    /** A one-time password link of a fresh account, read from the outbox (none delivers here). */
    async passwordToken(): Promise<string> {
      const { id, email } = await make.account();
      must(
        await t.gql(ISSUE_PASSWORD_RESET, { input: { accountId: id } }, w.admin),
        'issuePasswordReset',
      );
      const [mail] = await t.sql('SELECT secret FROM mail_outbox WHERE recipient = ?', [email]);
      return mail.secret;
    },

    /** A task force of its own (version 1), for the operations that change a whole one. */
    async taskForce(): Promise<Target> {
      return { id: await createTaskForce(t, w.admin, 'Matricos grupė'), version: 1 };
    },

    /** A calendar token of whoever `token` belongs to. */
    async calendarToken(token: string): Promise<Target> {
      const input = { label: `kalendorius ${++serial}` };
      return must(await t.gql(CREATE_CALENDAR_TOKEN, { input }, token), 'createCalendarToken')
        .calendarToken;
    },
  };
  return make;
}

export async function seedAuthorizationWorld(t: TestApp): Promise<AuthorizationWorld> {
  const w = await seedTaskForceWorld(t);
  const [measureId] = await activeMeasureIds(t, w.secretary.token);
  const { activePlanId, active } = await planMeasures(t, w.secretary.token);
  const make = factories(
    t,
    w,
    measureId,
    active.find((m) => m.indicators.length)!,
  );

  // A deputy chair who logged in and was then disabled: the old token must stop working.
  const disabled = await make.account();
  const disabledToken = await t.login(disabled.email, TEST_PASSWORD);
  await addMember(t, w.admin, {
    taskForceId: w.taskForceId,
    personId: disabled.personId,
    role: 'DEPUTY_CHAIR',
  });
  must(
    await t.gql(
      SET_ACCOUNT_ACTIVE,
      { input: { accountId: disabled.id, active: false, version: disabled.version } },
      w.admin,
    ),
    'setAccountActive',
  );

  const openMeetingId = (await make.plannedMeeting()).id;
  const confidentialMeetingId = (await make.plannedMeeting(true)).id;
  const reorderMeetingId = (await make.plannedMeeting()).id;
  const itemIds = [
    (await make.agendaItem(reorderMeetingId)).id,
    (await make.agendaItem(reorderMeetingId)).id,
  ];
  const municipalityId = must(await t.gql(MUNICIPALITIES), 'municipalities').edges[0].node.id;

  const userCredentials = (email: string) => ({ email, password: TEST_PASSWORD });
  const memberCredentials = userCredentials(w.member.email);
  const tokens: Record<Caller, string | undefined> = {
    anonymous: undefined,
    disabled: disabledToken,
    admin: w.admin,
    ministry: w.ministry,
    commission: w.commission,
    chair: w.chair.token,
    deputy: w.deputy.token,
    secretary: w.secretary.token,
    member: w.member.token,
    observer: w.observer.token,
    outsider: w.outsider.token,
  };
  const credentials: Record<Caller, { email: string; password: string }> = {
    // The same object as the member's, so a changed password shows here too.
    anonymous: memberCredentials,
    disabled: userCredentials(disabled.email),
    admin: { email: DEMO.admin, password: DEMO_PASSWORD },
    ministry: { email: DEMO.ministry, password: DEMO_PASSWORD },
    commission: { email: DEMO.commission, password: DEMO_PASSWORD },
    chair: userCredentials(w.chair.email),
    deputy: userCredentials(w.deputy.email),
    secretary: userCredentials(w.secretary.email),
    member: memberCredentials,
    observer: userCredentials(w.observer.email),
    outsider: userCredentials(w.outsider.email),
  };
  const renewSession = (caller: Caller, token: string, password: string) => {
    if (caller === 'anonymous' || caller === 'disabled') return;
    tokens[caller] = token;
    credentials[caller].password = password;
    if (caller === 'admin' || caller === 'ministry' || caller === 'commission') w[caller] = token;
    else w[caller].token = token;
  };
  const LOGIN_REFRESH = `mutation ($input: LoginInput!) { login(input: $input) { token refreshToken } }`;
  const loginOf = async (caller: Caller) =>
    must(await t.gql(LOGIN_REFRESH, { input: credentials[caller] }), 'login') as {
      token: string;
      refreshToken: string;
    };
  const loginAgain = async (caller: Caller) => {
    if (caller === 'anonymous' || caller === 'disabled') return;
    renewSession(caller, (await loginOf(caller)).token, credentials[caller].password);
  };
  const newRefreshToken = async () => (await loginOf('admin')).refreshToken;
  return {
    w,
    tokens,
    credentials,
    loginAgain,
    newRefreshToken,
    municipalityId,
    activePlanId,
    measureId,
    openMeetingId,
    confidentialMeetingId,
    reorder: { meetingId: reorderMeetingId, itemIds },
    memberItemId: (await make.actionItem(w.member.personId)).id,
    otherItemId: (await make.actionItem(w.others[0])).id,
    reportYear: (await make.report()).year,
    make,
    plans: planBuilders(
      t,
      () => w.ministry,
      () => w.admin,
    ),
    renewSession,
  };
}
