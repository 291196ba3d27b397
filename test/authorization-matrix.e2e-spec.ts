/**
 * Runs every cell of `support/authorization-matrix.ts` over HTTP: each kind of caller sends a
 * minimal valid request for each row. `allowed` means the call succeeded outright (no cell
 * accepts a domain error such as BAD_USER_INPUT or FAILED_PRECONDITION: state-changing rows get
 * a fresh target per allowed cell); a refusal means that code in `errors[0].extensions.code`
 * and nothing in `data`. A second part checks the table against `schema.gql`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AuthorizationWorld,
  FOLLOW_UP_DUE,
  mutationDocument,
  seedAuthorizationWorld,
  Target,
} from './support/authorization-fixtures';
import {
  Caller,
  CALLER_ROLES,
  CALLERS,
  DISPUTED,
  expectedRow,
  MatrixKey,
  MUTATION_MATRIX,
  MutationKey,
  operationOf,
  QUERY_MATRIX,
  QueryKey,
  ROW_RIGHTS,
} from './support/authorization-matrix';
import { SystemRole } from '../src/auth/system-role.enum';
import { can } from '../src/task-forces/task-force-access.service';
import { TASK_FORCE_RIGHTS } from '../src/task-forces/task-force-rights';
import { PINNED_NOW, TEST_PASSWORD } from './support/factories';
import {
  Case,
  outcomeOf,
  schemaOperations,
  tableOperations,
  Variables,
} from './support/matrix-case';
import { referenceDataCases } from './support/reference-data-cases';
import { accountCases } from './support/account-cases';
import { startTestApp, TestApp } from './support/test-app';

/** Contains no part of any caller's e-mail or name, as the password rules require. */
const NEW_PASSWORD = 'zalias-vilkas-bega-2026';

const query = (text: string): Case => ({ document: `query { ${text} }` });

/** Every row of the table, with a minimal valid request built from the world's records. */
function casesFor(a: AuthorizationWorld): Record<MatrixKey, Case> {
  const { w, make } = a;
  const tf = w.taskForceId;

  /** A fresh target for an allowed cell; one shared target for every refused cell of a row. */
  const shared = new Map<string, Promise<unknown>>();
  const target = <T>(row: string, fresh: boolean, create: () => Promise<T>): Promise<T> => {
    if (fresh) return create();
    if (!shared.has(row)) shared.set(row, create());
    return shared.get(row) as Promise<T>;
  };
  const input = (values: Variables) => ({ input: values });
  const versioned = (row: string, create: () => Promise<Target>, extra: Variables = {}) => ({
    variables: async (_caller: Caller, fresh: boolean) => {
      const { id, version } = await target(row, fresh, create);
      return input({ id, version, ...extra });
    },
  });
  const mutation = (name: string, inputType: string, selection = 'id') =>
    mutationDocument(name, inputType, selection);

  const queries: Record<QueryKey, Case> = {
    accounts: query('accounts(first: 1) { totalCount }'),
    actionItem: {
      document: 'query ($id: ID!) { actionItem(id: $id) { id } }',
      variables: () => ({ id: a.memberItemId }),
    },
    actionItems: query('actionItems(first: 1) { totalCount }'),
    annualReport: {
      document:
        'query ($taskForceId: ID!, $year: Int!) { annualReport(taskForceId: $taskForceId, year: $year) { id } }',
      variables: () => ({ taskForceId: tf, year: a.reportYear }),
    },
    annualReports: query('annualReports(first: 1) { totalCount }'),
    auditChainVerification: query('auditChainVerification { valid }'),
    auditEvents: query('auditEvents(first: 1) { totalCount }'),
    'auditEvents (contents of a meeting record)': {
      document:
        'query { auditEvents(first: 1, entityType: "Meeting") { edges { node { after } } } }',
      outcome: (res) =>
        res.errors || !res.data?.auditEvents.edges.length
          ? outcomeOf(res, 'auditEvents')
          : res.data.auditEvents.edges[0].node.after !== null
            ? 'allowed'
            : 'FORBIDDEN',
    },
    followUpRequests: query('followUpRequests(first: 1) { totalCount }'),
    institutions: query('institutions(first: 1) { totalCount }'),
    me: query('me { id }'),
    meeting: {
      document: 'query ($id: ID!) { meeting(id: $id) { id } }',
      variables: () => ({ id: a.openMeetingId }),
    },
    'meeting (confidential)': {
      document: 'query ($id: ID!) { meeting(id: $id) { id } }',
      variables: () => ({ id: a.confidentialMeetingId }),
    },
    meetings: query('meetings(first: 1) { totalCount }'),
    municipalities: query('municipalities(first: 1) { totalCount }'),
    myActionItems: query('myActionItems(first: 1) { totalCount }'),
    myCalendarTokens: query('myCalendarTokens { id }'),
    myNotifications: query('myNotifications(first: 1) { unreadCount }'),
    notificationSettings: query('notificationSettings { dueSoonDays }'),
    nationalPlan: {
      document: 'query ($id: ID!) { nationalPlan(id: $id) { id } }',
      variables: () => ({ id: a.activePlanId }),
    },
    nationalPlans: query('nationalPlans(first: 1) { totalCount }'),
    planProgress: {
      document: 'query ($planId: ID!) { planProgress(planId: $planId) { summary { taskForces } } }',
      variables: () => ({ planId: a.activePlanId }),
    },
    preventionActivities: query('preventionActivities(first: 1) { totalCount }'),
    statusOverview: query('statusOverview { rows { rating } }'),
    taskForce: {
      document: 'query ($id: ID!) { taskForce(id: $id) { id } }',
      variables: () => ({ id: tf }),
    },
    taskForces: query('taskForces(first: 1) { totalCount }'),
  };

  let serial = 0;
  const activity = (extra: Variables = {}) =>
    input({
      taskForceId: tf,
      kind: 'TRAINING_FOR_SPECIALISTS',
      title: 'Mokymai specialistams',
      date: '2026-06-10',
      targetGroup: 'SPECIALISTS',
      participants: 20,
      ...extra,
    });

  const mutations: Record<MutationKey, Case> = {
    acceptAnnualReport: {
      document: mutation('acceptAnnualReport', 'AnnualReportStepInput'),
      ...versioned('accept', () => make.report('SUBMITTED')),
    },
    addAgendaItem: {
      document: mutation('addAgendaItem', 'AddAgendaItemInput'),
      variables: () => input({ meetingId: a.openMeetingId, title: 'Naujas klausimas' }),
    },
    addMember: {
      document: mutation('addMember', 'AddMemberInput'),
      variables: () =>
        input({
          taskForceId: tf,
          role: 'MEMBER',
          person: { fullName: `Naujas Narys ${++serial}` },
        }),
    },
    'addMember (a deputy chair)': {
      document: mutation('addMember', 'AddMemberInput'),
      variables: () =>
        input({
          taskForceId: tf,
          role: 'DEPUTY_CHAIR',
          person: { fullName: `Naujas Pavaduotojas ${++serial}` },
        }),
    },
    answerFollowUpRequest: {
      document: mutation('answerFollowUpRequest', 'AnswerFollowUpRequestInput'),
      ...versioned('answer', () => make.followUp('commission'), { answer: 'Atsakome.' }),
    },
    approveMinutes: {
      document: mutation('approveMinutes', 'ApproveMinutesInput'),
      variables: async (_caller, fresh) =>
        input(await target('approve', fresh, () => make.draftMinutes())),
    },
    askFollowUpAgain: {
      document: mutation('askFollowUpAgain', 'AskFollowUpAgainInput'),
      ...versioned('again', () => make.followUp('commission', true), {
        question: 'Ir dar?',
        dueDate: FOLLOW_UP_DUE,
      }),
    },
    'askFollowUpAgain (asked by the Ministry)': {
      document: mutation('askFollowUpAgain', 'AskFollowUpAgainInput'),
      ...versioned('again-ministry', () => make.followUp('ministry', true), {
        question: 'Ir dar?',
        dueDate: FOLLOW_UP_DUE,
      }),
    },
    cancelMeeting: {
      document: mutation('cancelMeeting', 'CancelMeetingInput'),
      ...versioned('cancel', () => make.plannedMeeting(), { reason: 'Nėra kvorumo.' }),
    },
    changePassword: {
      document: mutation('changePassword', 'ChangePasswordInput', 'token'),
      variables: (caller) =>
        input({ currentPassword: a.credentials[caller].password, newPassword: NEW_PASSWORD }),
      // The change ends the caller's other sessions: later rows use the token it answers with.
      after: (caller, res) => {
        const token = res.data?.changePassword?.token;
        if (token) a.renewSession(caller, token, NEW_PASSWORD);
      },
    },
    closeFollowUpRequest: {
      document: mutation('closeFollowUpRequest', 'CloseFollowUpRequestInput'),
      ...versioned('close', () => make.followUp('commission')),
    },
    'closeFollowUpRequest (asked by the Ministry)': {
      document: mutation('closeFollowUpRequest', 'CloseFollowUpRequestInput'),
      ...versioned('close-ministry', () => make.followUp('ministry')),
    },
    correctContribution: {
      document: mutation('correctContribution', 'CorrectContributionInput'),
      variables: async (_caller, fresh) => {
        const { id } = await target('correct', fresh, () => make.figure('member'));
        return input({ contributionId: id, value: 3, reason: 'Klaida.' });
      },
    },
    "correctContribution (the secretary's figure)": {
      document: mutation('correctContribution', 'CorrectContributionInput'),
      variables: async (_caller, fresh) => {
        const { id } = await target('correct-other', fresh, () => make.figure('secretary'));
        return input({ contributionId: id, value: 3, reason: 'Klaida.' });
      },
    },
    createAccount: {
      document: mutation('createAccount', 'CreateAccountInput'),
      variables: () =>
        input({
          email: `nauja.paskyra.${++serial}@test.lt`,
          password: TEST_PASSWORD,
          fullName: 'Nauja Paskyra',
        }),
    },
    createActionItem: {
      document: mutation('createActionItem', 'CreateActionItemInput'),
      variables: () =>
        input({
          taskForceId: tf,
          title: 'Parengti lankstinuką',
          assigneeId: w.member.personId,
          dueDate: '2026-12-15',
          measureIds: [a.measureId],
        }),
    },
    createCalendarToken: {
      document: mutationDocument('createCalendarToken', 'CreateCalendarTokenInput', 'token', true),
      variables: () => input({ label: 'telefonas' }),
    },
    createFollowUpRequest: {
      document: mutation('createFollowUpRequest', 'CreateFollowUpRequestInput'),
      variables: () => input({ taskForceId: tf, question: 'Kaip sekasi?', dueDate: FOLLOW_UP_DUE }),
    },
    createTaskForce: {
      document: mutation('createTaskForce', 'CreateTaskForceInput'),
      variables: () =>
        input({
          municipalityId: a.municipalityId,
          name: `Matricos darbo grupė ${++serial}`,
          establishedOn: '2021-03-01',
        }),
    },
    changeAccountEmail: {
      document: mutation('changeAccountEmail', 'ChangeAccountEmailInput'),
      variables: async (_caller, fresh) => {
        const { id, version } = await target('account-email', fresh, () => make.account());
        return input({ accountId: id, version, email: `perkelta.${++serial}@test.lt` });
      },
    },
    changeMembershipRole: {
      document: mutation('changeMembershipRole', 'ChangeMembershipRoleInput'),
      variables: async (_caller, fresh) => {
        const { id, version } = await target('change-role', fresh, () => make.membership());
        return input({ membershipId: id, version, role: 'OBSERVER', from: '2026-06-20' });
      },
    },
    confirmSystemRole: {
      document: mutation('confirmSystemRole', 'ConfirmSystemRoleInput'),
      variables: async (_caller, fresh) => {
        const { id, version } = await target('confirm-role', fresh, () => make.pendingRole());
        return input({ accountId: id, version });
      },
    },
    dissolveTaskForce: {
      document: mutation('dissolveTaskForce', 'DissolveTaskForceInput'),
      ...versioned('dissolve', () => make.taskForce()),
    },
    endMembership: {
      document: mutation('endMembership', 'EndMembershipInput'),
      variables: async (_caller, fresh) => {
        const { id, version } = await target('end', fresh, () => make.membership());
        return input({ membershipId: id, version });
      },
    },
    generateAnnualReport: {
      document: mutation('generateAnnualReport', 'GenerateAnnualReportInput'),
      variables: async (_caller, fresh) =>
        input({
          taskForceId: tf,
          year: await target('generate', fresh, async () => make.reportYear()),
        }),
    },
    logout: {
      document: 'mutation { logout }',
      // The caller's session has ended: later rows carry on with a new login.
      after: async (caller, res) => {
        if (res.data?.logout) await a.loginAgain(caller);
      },
    },
    renewSession: {
      document: mutation('renewSession', 'RenewSessionInput', 'token'),
      variables: async () => input({ refreshToken: await a.newRefreshToken() }),
    },
    markNotificationsRead: {
      document: mutation('markNotificationsRead', 'MarkNotificationsReadInput', 'marked'),
      variables: () => input({ all: true }),
    },
    updateNotificationSettings: {
      document: mutation(
        'updateNotificationSettings',
        'UpdateNotificationSettingsInput',
        'version',
      ),
      variables: () => input({ version: 0, dueSoonDays: 5 }),
    },
    setPreferredLanguage: {
      document: mutation('setPreferredLanguage', 'SetPreferredLanguageInput', 'preferredLanguage'),
      variables: () => input({ language: 'LT' }),
    },
    login: {
      document: mutation('login', 'LoginInput', 'token'),
      variables: (caller) => input(a.credentials[caller]),
    },
    grantSystemRole: {
      document: mutation('grantSystemRole', 'GrantSystemRoleInput'),
      variables: async (_caller, fresh) => {
        const { id, version } = await target('grant-role', fresh, () => make.account());
        return input({ accountId: id, systemRole: 'COMMISSION', version });
      },
    },
    markMeetingHeld: {
      document: mutation('markMeetingHeld', 'MarkMeetingHeldInput'),
      ...versioned('held', () => make.plannedMeeting()),
    },
    postActionUpdate: {
      document: mutation('postActionUpdate', 'PostActionUpdateInput'),
      // Updates are appended, text only: the same item takes any number of them.
      variables: () => input({ actionItemId: a.memberItemId, text: 'Pradėta.' }),
    },
    "postActionUpdate (another member's item)": {
      document: mutation('postActionUpdate', 'PostActionUpdateInput'),
      variables: () => input({ actionItemId: a.otherItemId, text: 'Pradėta.' }),
    },
    recordAttendance: {
      document: mutation('recordAttendance', 'RecordAttendanceInput'),
      variables: () =>
        input({
          meetingId: a.openMeetingId,
          entries: [{ personId: w.member.personId, status: 'PRESENT' }],
        }),
    },
    recordDecision: {
      document: mutation('recordDecision', 'RecordDecisionInput'),
      variables: () =>
        input({ meetingId: a.openMeetingId, kind: 'INFORMATION', text: 'Informacija.' }),
    },
    recordPreventionActivity: {
      document: mutation('recordPreventionActivity', 'RecordPreventionActivityInput'),
      variables: () => activity(),
    },
    "recordPreventionActivity (member's own item)": {
      document: mutation('recordPreventionActivity', 'RecordPreventionActivityInput'),
      variables: () => activity({ originActionItemId: a.memberItemId }),
    },
    removeAgendaItem: {
      document: mutation('removeAgendaItem', 'RemoveAgendaItemInput'),
      ...versioned('remove', () => make.agendaItem(a.openMeetingId)),
    },
    reorderAgenda: {
      document: mutation('reorderAgenda', 'ReorderAgendaInput'),
      // Any order of every item is valid, and no version is involved.
      variables: () => input({ ...a.reorder, itemIds: [...a.reorder.itemIds].reverse() }),
    },
    returnAnnualReport: {
      document: mutation('returnAnnualReport', 'ReturnAnnualReportInput'),
      ...versioned('return', () => make.report('SUBMITTED'), { reason: 'Trūksta duomenų.' }),
    },
    revokeCalendarFeeds: {
      document: mutation('revokeCalendarFeeds', 'RevokeCalendarFeedsInput'),
      variables: async (_caller, fresh) => {
        const { id } = await target('revoke-feeds', fresh, () => make.account());
        return input({ accountId: id });
      },
    },
    revokeCalendarToken: {
      document: mutation('revokeCalendarToken', 'RevokeCalendarTokenInput'),
      // Each allowed caller revokes a token of its own; refused callers name the member's.
      variables: async (caller, fresh) => {
        const owner = fresh ? a.tokens[caller]! : w.member.token;
        const { id } = await target('revoke', fresh, () => make.calendarToken(owner));
        return input({ id });
      },
    },
    "revokeCalendarToken (the member's token)": {
      document: mutation('revokeCalendarToken', 'RevokeCalendarTokenInput'),
      variables: async (_caller, fresh) => {
        const { id } = await target('revoke-member', fresh, () =>
          make.calendarToken(w.member.token),
        );
        return input({ id });
      },
    },
    saveAnnualReportNarrative: {
      document: mutation('saveAnnualReportNarrative', 'SaveAnnualReportNarrativeInput'),
      ...versioned('narrative', () => make.report(), { narrative: 'Metai buvo darbingi.' }),
    },
    saveMinutes: {
      document: mutation('saveMinutes', 'SaveMinutesInput'),
      variables: async (_caller, fresh) => {
        const meeting = await target('minutes', fresh, () => make.heldMeeting());
        return input({ meetingId: meeting.id, text: 'Protokolas.' });
      },
    },
    scheduleMeeting: {
      document: mutation('scheduleMeeting', 'ScheduleMeetingInput'),
      variables: () =>
        input({
          taskForceId: tf,
          title: 'Eilinis posėdis',
          startsAt: '2026-09-10T07:00:00Z',
          endsAt: '2026-09-10T09:00:00Z',
        }),
    },
    setAccountActive: {
      document: mutation('setAccountActive', 'SetAccountActiveInput'),
      variables: async (_caller, fresh) => {
        const { id, version } = await target('active', fresh, () => make.account());
        return input({ accountId: id, active: false, version });
      },
    },
    submitAnnualReport: {
      document: mutation('submitAnnualReport', 'AnnualReportStepInput'),
      ...versioned('submit', () => make.report()),
    },
    updateActionItem: {
      document: mutation('updateActionItem', 'UpdateActionItemInput'),
      ...versioned('update-item', () => make.actionItem(w.member.personId), {
        status: 'IN_PROGRESS',
      }),
    },
    "updateActionItem (another member's item)": {
      document: mutation('updateActionItem', 'UpdateActionItemInput'),
      ...versioned('update-other-item', () => make.actionItem(w.others[0]), {
        status: 'IN_PROGRESS',
      }),
    },
    updateAgendaItem: {
      document: mutation('updateAgendaItem', 'UpdateAgendaItemInput'),
      ...versioned('update-agenda', () => make.agendaItem(a.openMeetingId), {
        title: 'Patikslintas klausimas',
      }),
    },
    updateDecision: {
      document: mutation('updateDecision', 'UpdateDecisionInput'),
      ...versioned('update-decision', () => make.decision(a.openMeetingId), {
        text: 'Patikslinta informacija.',
      }),
    },
    updatePerson: {
      document: mutation('updatePerson', 'UpdatePersonInput'),
      variables: async (_caller, fresh) => {
        const seat = await target('person', fresh, () => make.membership());
        const { person } = seat as unknown as { person: { id: string; version: number } };
        return input({ id: person.id, version: person.version, position: 'Specialistė' });
      },
    },
    'updatePerson (own details)': {
      document: mutation('updatePerson', 'UpdatePersonInput'),
      // Each caller names its own person; the refused ones name the member's.
      variables: async (caller) => {
        const token = a.tokens[caller] && caller !== 'disabled' ? a.tokens[caller] : w.member.token;
        const { id, version } = await make.ownPerson(token!);
        return input({ id, version, phone: '+370 600 12345' });
      },
    },
    updateTaskForce: {
      document: mutation('updateTaskForce', 'UpdateTaskForceInput'),
      ...versioned('update-task-force', () => make.taskForce(), { quorumRule: 'AT_LEAST_HALF' }),
    },
    updateMeeting: {
      document: mutation('updateMeeting', 'UpdateMeetingInput'),
      ...versioned('update-meeting', () => make.plannedMeeting(), { title: 'Pervadintas posėdis' }),
    },
    updatePreventionActivity: {
      document: mutation('updatePreventionActivity', 'UpdatePreventionActivityInput'),
      ...versioned('update-activity', () => make.activity(), { participants: 31 }),
    },
    "updatePreventionActivity (member's own item)": {
      document: mutation('updatePreventionActivity', 'UpdatePreventionActivityInput'),
      ...versioned('update-own-activity', () => make.activity(a.memberItemId), {
        participants: 31,
      }),
    },
    withdrawPreventionActivity: {
      document: mutation('withdrawPreventionActivity', 'WithdrawPreventionActivityInput'),
      ...versioned('withdraw-activity', () => make.activity(), { reason: 'Klaida.' }),
    },
    "withdrawPreventionActivity (member's own item)": {
      document: mutation('withdrawPreventionActivity', 'WithdrawPreventionActivityInput'),
      ...versioned('withdraw-own-activity', () => make.activity(a.memberItemId), {
        reason: 'Klaida.',
      }),
    },
    ...referenceDataCases(a, { target, versioned }),
    ...accountCases(a, { target, versioned }),
  };

  return { ...queries, ...mutations };
}

describe('Authorization matrix', () => {
  describe('covers the schema', () => {
    const sdl = readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8');

    it.each([
      ['Query', QUERY_MATRIX],
      ['Mutation', MUTATION_MATRIX],
    ] as const)('lists every %s operation of schema.gql, and no other', (type, matrix) => {
      const inSchema = schemaOperations(sdl, type);
      const inTable = tableOperations(matrix);
      expect({
        missingFromTable: inSchema.filter((op) => !inTable.includes(op)),
        notInSchema: inTable.filter((op) => !inSchema.includes(op)),
      }).toEqual({ missingFromTable: [], notInSchema: [] });
    });

    it('names only real rows and callers among the disputed cells', () => {
      for (const [key, cells] of Object.entries(DISPUTED)) {
        expect(Object.keys({ ...QUERY_MATRIX, ...MUTATION_MATRIX })).toContain(key);
        for (const caller of Object.keys(cells!)) expect(CALLERS).toContain(caller);
      }
    });
  });

  describe('reads the rights table', () => {
    it('has a row for every right of task-force-rights.ts', () => {
      const exercised = new Set(Object.values(ROW_RIGHTS).map((row) => row!.right));
      expect(
        Object.keys(TASK_FORCE_RIGHTS).filter((right) => !exercised.has(right as never)),
      ).toEqual([]);
    });

    it.each(Object.keys(ROW_RIGHTS) as MatrixKey[])(
      '%s allows exactly the callers the table grants',
      (key) => {
        const { right, target = {} } = ROW_RIGHTS[key]!;
        const granted = {} as Record<string, boolean>;
        const inMatrix = {} as Record<string, boolean>;
        for (const [caller, { systemRole, role }] of Object.entries(CALLER_ROLES)) {
          const scope = {
            systemRole,
            personId: caller,
            roles: new Map(role ? [['tf', role]] : []),
            readsEveryTaskForce: systemRole !== SystemRole.NONE,
            readsEveryConfidential: [SystemRole.MINISTRY, SystemRole.COMMISSION].includes(
              systemRole,
            ),
          };
          granted[caller] = can(scope, right, {
            taskForceId: 'tf',
            confidential: target.confidential,
            meetingRecord: target.meetingRecord,
            assigneeId: target.assignedTo ?? 'someone else',
            askedByRole: target.askedByRole,
            role: target.role,
            personId: target.ownPerson ? caller : 'someone else',
            authorId: target.reportedBy ?? 'someone else',
          });
          inMatrix[caller] = expectedRow(key)[caller as Caller] === 'allowed';
        }
        expect(inMatrix).toEqual(granted);
      },
    );
  });

  describe('over HTTP', () => {
    let t: TestApp;
    let cases: Record<MatrixKey, Case>;
    let tokens: Record<Caller, string | undefined>;

    beforeAll(async () => {
      const generous = { limit: 1000, ttlMs: 60_000 };
      t = await startTestApp({
        fixedNow: PINNED_NOW,
        loginLimitPerAddress: generous,
        loginLimitPerAccount: generous,
      });
      const world = await seedAuthorizationWorld(t);
      cases = casesFor(world);
      tokens = world.tokens;
    }, 60_000);
    afterAll(() => t.close());

    const rows = [...Object.keys(QUERY_MATRIX), ...Object.keys(MUTATION_MATRIX)] as MatrixKey[];

    it.each(rows)('%s', async (key) => {
      const expected = expectedRow(key);
      const { document, variables, after, outcome } = cases[key];
      const actual = {} as Record<Caller, string>;
      for (const caller of CALLERS) {
        const values = (await variables?.(caller, expected[caller] === 'allowed')) ?? {};
        const res = await t.gql(document, values, tokens[caller]);
        actual[caller] = outcome ? outcome(res) : outcomeOf(res, operationOf(key));
        await after?.(caller, res);
      }
      expect(actual).toEqual(expected);
    });
  });
});
