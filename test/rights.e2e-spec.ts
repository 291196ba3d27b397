/**
 * Issue 12, items 5–9, through HTTP: former members keep no reads, calendar feeds end with
 * the account, roster seats and dates have their rules, administrators cannot seat themselves
 * or give national roles alone, and confidential meetings leak through no side door.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import request from 'supertest';
import { AuthorizationWorld, seedAuthorizationWorld } from './support/authorization-fixtures';
import { PINNED_NOW, TEST_PASSWORD } from './support/factories';
import { codeOf, DEMO, startTestApp, TestApp } from './support/test-app';

const run = promisify(execFile);

const MEMBERSHIPS = /* GraphQL */ `
  query ($id: ID!) {
    taskForce(id: $id) {
      memberships {
        id
        version
        role
        validTo
        person {
          id
        }
      }
    }
  }
`;
const ADD_MEMBER = /* GraphQL */ `
  mutation ($input: AddMemberInput!) {
    addMember(input: $input) {
      id
      version
    }
  }
`;
const END_MEMBERSHIP = /* GraphQL */ `
  mutation ($input: EndMembershipInput!) {
    endMembership(input: $input) {
      id
      validTo
    }
  }
`;
const MY_ITEMS_WITH_ROSTER = /* GraphQL */ `
  query {
    myActionItems(first: 50) {
      edges {
        node {
          id
          taskForce {
            members {
              person {
                email
              }
            }
          }
        }
      }
    }
  }
`;
const ACTION_ITEM = `query ($id: ID!) { actionItem(id: $id) { id originDecisionId } }`;
const CREATE_TOKEN = `mutation { createCalendarToken { path } }`;
const REVOKE_FEEDS = /* GraphQL */ `
  mutation ($input: RevokeCalendarFeedsInput!) {
    revokeCalendarFeeds(input: $input) {
      id
      revokedAt
    }
  }
`;
const SET_ACTIVE = /* GraphQL */ `
  mutation ($input: SetAccountActiveInput!) {
    setAccountActive(input: $input) {
      id
      version
    }
  }
`;
const CHANGE_PASSWORD = /* GraphQL */ `
  mutation ($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      token
    }
  }
`;
const CREATE_ACCOUNT = /* GraphQL */ `
  mutation ($input: CreateAccountInput!) {
    createAccount(input: $input) {
      id
      version
      systemRole
      pendingSystemRole
    }
  }
`;
const GRANT_ROLE = /* GraphQL */ `
  mutation ($input: GrantSystemRoleInput!) {
    grantSystemRole(input: $input) {
      id
      version
      systemRole
      pendingSystemRole
    }
  }
`;
const CONFIRM_ROLE = /* GraphQL */ `
  mutation ($input: ConfirmSystemRoleInput!) {
    confirmSystemRole(input: $input) {
      id
      version
      systemRole
      pendingSystemRole
    }
  }
`;
const ME = `query { me { id version systemRole } }`;
const PLAN_PROGRESS = `query ($id: ID!) { planProgress(planId: $id) { plan { code } } }`;
const FOLLOW_UPS = `query { followUpRequests(first: 100) { edges { node { id subjectId } } } }`;
const CREATE_FOLLOW_UP = /* GraphQL */ `
  mutation ($input: CreateFollowUpRequestInput!) {
    createFollowUpRequest(input: $input) {
      id
      version
    }
  }
`;
const ANSWER_FOLLOW_UP = /* GraphQL */ `
  mutation ($input: AnswerFollowUpRequestInput!) {
    answerFollowUpRequest(input: $input) {
      id
    }
  }
`;
const UPDATE_MEETING = /* GraphQL */ `
  mutation ($input: UpdateMeetingInput!) {
    updateMeeting(input: $input) {
      id
    }
  }
`;
const RECORD_DECISION = /* GraphQL */ `
  mutation ($input: RecordDecisionInput!) {
    recordDecision(input: $input) {
      id
      version
    }
  }
`;
const UPDATE_DECISION = /* GraphQL */ `
  mutation ($input: UpdateDecisionInput!) {
    updateDecision(input: $input) {
      id
    }
  }
`;
const MEETING_DECISIONS = /* GraphQL */ `
  query ($id: ID!) {
    meeting(id: $id) {
      decisions {
        id
        amendsId
        amends {
          id
        }
      }
    }
  }
`;
const CREATE_ACTION_ITEM = /* GraphQL */ `
  mutation ($input: CreateActionItemInput!) {
    createActionItem(input: $input) {
      id
    }
  }
`;
const QUORUM = `query ($id: ID!) { meeting(id: $id) { quorum { votingMembers attending required reached } } }`;

describe('Rights that depend on the record (issue 12)', () => {
  let t: TestApp;
  let a: AuthorizationWorld;

  beforeAll(async () => {
    const generous = { limit: 1000, ttlMs: 60_000 };
    t = await startTestApp({
      fixedNow: PINNED_NOW,
      loginLimitPerAddress: generous,
      loginLimitPerAccount: generous,
    });
    a = await seedAuthorizationWorld(t);
  }, 60_000);
  afterAll(() => t.close());

  const data = (res: { data?: any; errors?: unknown }) => {
    if (!res.data || res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };

  async function membershipOf(personId: string) {
    const res = await t.gql(MEMBERSHIPS, { id: a.w.taskForceId }, a.w.admin);
    return data(res).taskForce.memberships.find(
      (m: any) => m.person.id === personId && m.validTo === null,
    );
  }

  async function feed(path: string) {
    return request(t.app.getHttpServer()).get(path);
  }

  /** A held, approved meeting on 2026-06-01 (with the given confidentiality). */
  async function approvedMeeting(confidential = false) {
    const planned = await a.make.plannedMeeting(confidential);
    const mark = `mutation ($input: MarkMeetingHeldInput!) { markMeetingHeld(input: $input) { id } }`;
    data(await t.gql(mark, { input: planned }, a.w.secretary.token));
    const save = `mutation ($input: SaveMinutesInput!) { saveMinutes(input: $input) { version } }`;
    const minutes = data(
      await t.gql(
        save,
        { input: { meetingId: planned.id, text: 'Protokolas.' } },
        a.w.secretary.token,
      ),
    ).saveMinutes;
    const approve = `mutation ($input: ApproveMinutesInput!) { approveMinutes(input: $input) { id } }`;
    data(
      await t.gql(
        approve,
        { input: { meetingId: planned.id, version: minutes.version } },
        a.w.chair.token,
      ),
    );
    return planned.id as string;
  }

  describe('item 5: a former member keeps no reads', () => {
    it('drops their items, the roster and their feed entries once the membership ends', async () => {
      const leaver = await a.make.account();
      const token = await t.login(leaver.email, TEST_PASSWORD);
      const seat = data(
        await t.gql(
          ADD_MEMBER,
          {
            input: {
              taskForceId: a.w.taskForceId,
              personId: leaver.personId,
              role: 'MEMBER',
              validFrom: '2026-06-10',
            },
          },
          a.w.secretary.token,
        ),
      ).addMember;
      const item = await a.make.actionItem(leaver.personId);
      const { path } = data(await t.gql(CREATE_TOKEN, {}, token)).createCalendarToken;

      const before = data(await t.gql(MY_ITEMS_WITH_ROSTER, {}, token)).myActionItems.edges;
      expect(before.map((e: any) => e.node.id)).toContain(item.id);
      expect((await feed(path)).text).toContain(`action-${item.id}`);

      const end = { membershipId: seat.id, version: seat.version, validTo: '2026-06-14' };
      data(await t.gql(END_MEMBERSHIP, { input: end }, a.w.secretary.token));

      const after = await t.gql(MY_ITEMS_WITH_ROSTER, {}, token);
      expect(after.errors).toBeUndefined();
      expect(after.data.myActionItems.edges).toEqual([]);
      expect(codeOf(await t.gql(ACTION_ITEM, { id: item.id }, token))).toBe('FORBIDDEN');
      const text = (await feed(path)).text;
      expect(text).toContain('BEGIN:VCALENDAR');
      expect(text).not.toContain(`action-${item.id}`);
    });
  });

  describe('item 6: calendar feeds end with the account', () => {
    async function subscriber() {
      const account = await a.make.account();
      data(
        await t.gql(
          ADD_MEMBER,
          {
            input: {
              taskForceId: a.w.taskForceId,
              personId: account.personId,
              role: 'MEMBER',
              validFrom: '2026-06-15',
            },
          },
          a.w.secretary.token,
        ),
      );
      const token = await t.login(account.email, TEST_PASSWORD);
      const { path } = data(await t.gql(CREATE_TOKEN, {}, token)).createCalendarToken;
      expect((await feed(path)).status).toBe(200);
      return { account, token, path };
    }

    it('stops when the account is disabled, and stays stopped when it is enabled again', async () => {
      const { account, path } = await subscriber();
      const me = data(await t.gql(ME, {}, await t.login(account.email, TEST_PASSWORD))).me;
      const off = data(
        await t.gql(
          SET_ACTIVE,
          { input: { accountId: account.id, active: false, version: me.version } },
          a.w.admin,
        ),
      ).setAccountActive;
      expect((await feed(path)).status).toBe(404);
      data(
        await t.gql(
          SET_ACTIVE,
          { input: { accountId: account.id, active: true, version: off.version } },
          a.w.admin,
        ),
      );
      expect((await feed(path)).status).toBe(404);
    });

    it('stops when the password changes', async () => {
      const { token, path } = await subscriber();
      const input = { currentPassword: TEST_PASSWORD, newPassword: 'naujas-slaptazodis-2026!' };
      data(await t.gql(CHANGE_PASSWORD, { input }, token));
      expect((await feed(path)).status).toBe(404);
    });

    it('lets administrators revoke every feed of an account, and nobody else', async () => {
      const { account, path } = await subscriber();
      const input = { accountId: account.id };
      expect(codeOf(await t.gql(REVOKE_FEEDS, { input }, a.w.chair.token))).toBe('FORBIDDEN');
      expect((await feed(path)).status).toBe(200);
      const revoked = data(await t.gql(REVOKE_FEEDS, { input }, a.w.admin)).revokeCalendarFeeds;
      expect(revoked).toHaveLength(1);
      expect((await feed(path)).status).toBe(404);
    });
  });

  describe("item 7: the chair's seats, one's own seat, and dates behind approved minutes", () => {
    it("refuses the secretary the chair's seat, their own seat and the chair's chair", async () => {
      const chairSeat = await membershipOf(a.w.chair.personId);
      const ownSeat = await membershipOf(a.w.secretary.personId);
      const secretary = a.w.secretary.token;
      const endChair = { membershipId: chairSeat.id, version: chairSeat.version };
      expect(codeOf(await t.gql(END_MEMBERSHIP, { input: endChair }, secretary))).toBe('FORBIDDEN');
      const endOwn = { membershipId: ownSeat.id, version: ownSeat.version };
      expect(codeOf(await t.gql(END_MEMBERSHIP, { input: endOwn }, secretary))).toBe('FORBIDDEN');
      const seatSelf = {
        taskForceId: a.w.taskForceId,
        personId: a.w.secretary.personId,
        role: 'CHAIR',
        validFrom: '2026-07-01',
      };
      expect(codeOf(await t.gql(ADD_MEMBER, { input: seatSelf }, secretary))).toBe('FORBIDDEN');
      expect((await membershipOf(a.w.chair.personId)).role).toBe('CHAIR');
    });

    it('lets the chair fill a deputy chair seat, but not the deputy', async () => {
      const input = {
        taskForceId: a.w.taskForceId,
        role: 'DEPUTY_CHAIR',
        person: { fullName: 'Antra Pavaduotoja' },
        validFrom: '2026-06-15',
      };
      expect(codeOf(await t.gql(ADD_MEMBER, { input }, a.w.deputy.token))).toBe('FORBIDDEN');
      expect((await t.gql(ADD_MEMBER, { input }, a.w.chair.token)).errors).toBeUndefined();
    });

    it('keeps the quorum of approved minutes: no roster date reaches behind them', async () => {
      const meetingId = await approvedMeeting();
      const quorum = data(await t.gql(QUORUM, { id: meetingId }, a.w.chair.token)).meeting.quorum;

      const late = {
        taskForceId: a.w.taskForceId,
        role: 'MEMBER',
        person: { fullName: 'Vėlyvas Narys' },
        validFrom: '2026-05-01',
      };
      const added = await t.gql(ADD_MEMBER, { input: late }, a.w.admin);
      expect(codeOf(added)).toBe('BAD_USER_INPUT');
      expect(added.errors![0].extensions.fields![0].field).toBe('validFrom');

      const seat = await membershipOf(a.w.others[1]);
      const backdated = { membershipId: seat.id, version: seat.version, validTo: '2026-05-20' };
      const ended = await t.gql(END_MEMBERSHIP, { input: backdated }, a.w.admin);
      expect(codeOf(ended)).toBe('BAD_USER_INPUT');
      expect(ended.errors![0].extensions.fields![0].field).toBe('validTo');

      const after = data(await t.gql(QUORUM, { id: meetingId }, a.w.chair.token)).meeting.quorum;
      expect(after).toEqual(quorum);
      const [stored] = await t.sql('SELECT approved_quorum FROM minutes WHERE meeting_id = ?', [
        meetingId,
      ]);
      expect(JSON.parse(stored.approved_quorum)).toEqual(quorum);
    });
  });

  describe('item 8: administrators cannot seat themselves or give national roles alone', () => {
    it('refuses an administrator a seat of their own', async () => {
      const me = data(await t.gql(`query { me { person { id } } }`, {}, a.w.admin)).me;
      const input = {
        taskForceId: a.w.taskForceId,
        personId: me.person.id,
        role: 'MEMBER',
        validFrom: '2026-06-15',
      };
      expect(codeOf(await t.gql(ADD_MEMBER, { input }, a.w.admin))).toBe('FORBIDDEN');
    });

    it('creates a Ministry account without the role until a second administrator confirms', async () => {
      const email = 'naujas.ministerija@test.lt';
      const input = {
        email,
        password: TEST_PASSWORD,
        fullName: 'Nauja Stebėtoja',
        systemRole: 'MINISTRY',
      };
      const created = data(await t.gql(CREATE_ACCOUNT, { input }, a.w.admin)).createAccount;
      expect(created).toMatchObject({ systemRole: 'NONE', pendingSystemRole: 'MINISTRY' });
      const token = await t.login(email, TEST_PASSWORD);
      expect(codeOf(await t.gql(PLAN_PROGRESS, { id: a.activePlanId }, token))).toBe('FORBIDDEN');

      const confirm = { accountId: created.id, version: created.version };
      const alone = await t.gql(CONFIRM_ROLE, { input: confirm }, a.w.admin);
      expect(codeOf(alone)).toBe('FAILED_PRECONDITION');

      const second = await a.make.account();
      await t.sql("UPDATE account SET system_role = 'ADMIN' WHERE id = ?", [second.id]);
      const secondToken = await t.login(second.email, TEST_PASSWORD);
      const confirmed = data(
        await t.gql(CONFIRM_ROLE, { input: confirm }, secondToken),
      ).confirmSystemRole;
      expect(confirmed).toMatchObject({ systemRole: 'MINISTRY', pendingSystemRole: null });

      expect(codeOf(await t.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
      const fresh = await t.login(email, TEST_PASSWORD);
      expect((await t.gql(PLAN_PROGRESS, { id: a.activePlanId }, fresh)).errors).toBeUndefined();
      const events = await t.sql(
        "SELECT operation FROM audit_event WHERE entity_id = ? AND entity_type = 'Account' ORDER BY sequence",
        [created.id],
      );
      expect(events.map((e) => e.operation).filter((op) => op !== 'login')).toEqual([
        'createAccount',
        'confirmSystemRole',
      ]);
    });

    it('raises an existing account only through the same confirmation, never one’s own', async () => {
      const account = await a.make.account();
      const input = { accountId: account.id, systemRole: 'ADMIN', version: account.version };
      const asked = data(await t.gql(GRANT_ROLE, { input }, a.w.admin)).grantSystemRole;
      expect(asked).toMatchObject({ systemRole: 'NONE', pendingSystemRole: 'ADMIN' });
      const self = data(await t.gql(ME, {}, a.w.admin)).me;
      const own = { accountId: self.id, systemRole: 'NONE', version: self.version };
      expect(codeOf(await t.gql(GRANT_ROLE, { input: own }, a.w.admin))).toBe('BAD_USER_INPUT');
    });
  });

  it('gives a role on the server itself with npm run account:role, audited', async () => {
    const account = await a.make.account();
    const env = {
      ...process.env,
      NODE_ENV: 'test',
      SQLITE_PATH: t.config.sqlitePath,
      DATABASE_URL: t.config.databaseUrl ?? '',
      DATABASE_SCHEMA: t.config.databaseSchema ?? '',
    };
    const cli = ['-r', 'ts-node/register/transpile-only', 'src/scripts/set-system-role.ts'];
    const { stdout } = await run(process.execPath, [...cli, account.email, 'COMMISSION'], { env });
    expect(stdout).toContain('is now COMMISSION');
    const token = await t.login(account.email, TEST_PASSWORD);
    expect(data(await t.gql(ME, {}, token)).me.systemRole).toBe('COMMISSION');
    const [event] = await t.sql(
      "SELECT actor_account_id FROM audit_event WHERE entity_id = ? AND operation = 'setSystemRoleOnServer'",
      [account.id],
    );
    expect(event.actor_account_id).toBeNull();
    await expect(run(process.execPath, [...cli, account.email, 'KING'], { env })).rejects.toThrow();

    // A new deployment's first administrator: created on the server, with a one-time password.
    const first = await run(
      process.execPath,
      [...cli, 'pirma.administratore@test.lt', 'ADMIN', '--create', 'Pirma Administratorė'],
      { env },
    );
    const password = /one-time password: (\S+)/.exec(first.stdout)![1];
    const admin = await t.login('pirma.administratore@test.lt', password);
    expect(data(await t.gql(ME, {}, admin)).me.systemRole).toBe('ADMIN');
  }, 60_000);

  describe('item 9: confidential meetings leak through no side door', () => {
    let confidentialId: string;
    let hiddenDecision: { id: string; version: number };

    beforeAll(async () => {
      confidentialId = a.confidentialMeetingId;
      hiddenDecision = data(
        await t.gql(
          RECORD_DECISION,
          {
            input: { meetingId: confidentialId, kind: 'INFORMATION', text: 'Slapta informacija.' },
          },
          a.w.secretary.token,
        ),
      ).recordDecision;
    });

    it('answers NOT_FOUND, not FORBIDDEN, when an observer writes to a hidden meeting', async () => {
      const observer = a.w.observer.token;
      const update = { id: confidentialId, version: 1, title: 'Bandymas' };
      expect(codeOf(await t.gql(UPDATE_MEETING, { input: update }, observer))).toBe('NOT_FOUND');
      const decision = { ...hiddenDecision, text: 'Bandymas.' };
      expect(codeOf(await t.gql(UPDATE_DECISION, { input: decision }, observer))).toBe('NOT_FOUND');
      const unknown = { id: '00000000-0000-4000-8000-000000000000', version: 1, title: 'X' };
      expect(codeOf(await t.gql(UPDATE_MEETING, { input: unknown }, observer))).toBe('NOT_FOUND');
    });

    it('hides the ids of hidden decisions: origin of an item, amended decision', async () => {
      const item = data(
        await t.gql(
          CREATE_ACTION_ITEM,
          {
            input: {
              taskForceId: a.w.taskForceId,
              originDecisionId: hiddenDecision.id,
              title: 'Slapto sprendimo vykdymas',
              assigneeId: a.w.member.personId,
              dueDate: '2026-12-01',
              measureIds: [a.measureId],
            },
          },
          a.w.secretary.token,
        ),
      ).createActionItem;
      const origin = (token: string) =>
        t.gql(ACTION_ITEM, { id: item.id }, token).then((r) => data(r).actionItem.originDecisionId);
      expect(await origin(a.w.member.token)).toBe(hiddenDecision.id);
      expect(await origin(a.w.observer.token)).toBeNull();
      expect(await origin(a.w.admin)).toBeNull();

      data(
        await t.gql(
          RECORD_DECISION,
          {
            input: {
              meetingId: a.openMeetingId,
              kind: 'INFORMATION',
              text: 'Patikslinimas.',
              amendsId: hiddenDecision.id,
            },
          },
          a.w.secretary.token,
        ),
      );
      const amends = async (token: string) =>
        data(await t.gql(MEETING_DECISIONS, { id: a.openMeetingId }, token))
          .meeting.decisions.filter((d: any) => d.amendsId || d.amends)
          .map((d: any) => d.amendsId);
      expect(await amends(a.w.member.token)).toEqual([hiddenDecision.id]);
      expect(await amends(a.w.observer.token)).toEqual([]);
    });

    it('hides follow-up requests about a confidential meeting from observers and administrators', async () => {
      const input = {
        taskForceId: a.w.taskForceId,
        subjectType: 'MEETING',
        subjectId: confidentialId,
        question: 'Kas nutarta uždarame posėdyje?',
        dueDate: '2026-07-15',
      };
      const asked = data(
        await t.gql(CREATE_FOLLOW_UP, { input }, a.w.commission),
      ).createFollowUpRequest;
      const ids = async (token: string) =>
        data(await t.gql(FOLLOW_UPS, {}, token)).followUpRequests.edges.map((e: any) => e.node.id);
      expect(await ids(a.w.member.token)).toContain(asked.id);
      expect(await ids(a.w.commission)).toContain(asked.id);
      expect(await ids(a.w.observer.token)).not.toContain(asked.id);
      expect(await ids(a.w.admin)).not.toContain(asked.id);

      const answer = { input: { id: asked.id, version: asked.version, answer: 'Atsakymas.' } };
      for (const token of [a.w.observer.token, a.w.admin]) {
        expect(codeOf(await t.gql(ANSWER_FOLLOW_UP, answer, token))).toBe('NOT_FOUND');
      }
      expect((await t.gql(ANSWER_FOLLOW_UP, answer, a.w.secretary.token)).errors).toBeUndefined();
    });
  });

  it('answers UNAUTHENTICATED, and stays up, for rights asked of the login answer', async () => {
    const res = await t.gql(
      `mutation ($input: LoginInput!) { login(input: $input) { account { person { memberships { id } } } } }`,
      { input: { email: DEMO.admin, password: 'demo-password' } },
    );
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
    expect((await t.gql('{ municipalities { totalCount } }')).data).toBeDefined();
  });
});
