/**
 * Issue 13, item 14: administrators rename a task force, change its act or quorum rule, and
 * dissolve it; a dissolved task force keeps its records readable and takes no new ones.
 */
import { AuthorizationWorld, seedAuthorizationWorld } from './support/authorization-fixtures';
import { PINNED_NOW } from './support/factories';
import { codeOf, startTestApp, TestApp } from './support/test-app';

const TASK_FORCE = `query ($id: ID!) { taskForce(id: $id) { id version name status quorumRule dissolvedOn dissolvingAct establishingAct } }`;
const UPDATE = /* GraphQL */ `
  mutation ($input: UpdateTaskForceInput!) {
    updateTaskForce(input: $input) {
      id
      version
      name
      quorumRule
      establishingAct
    }
  }
`;
const DISSOLVE = /* GraphQL */ `
  mutation ($input: DissolveTaskForceInput!) {
    dissolveTaskForce(input: $input) {
      id
      version
      status
      dissolvedOn
      dissolvingAct
    }
  }
`;
const SCHEDULE = `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`;
const ADD_MEMBER = `mutation ($input: AddMemberInput!) { addMember(input: $input) { id } }`;
const CREATE_ITEM = `mutation ($input: CreateActionItemInput!) { createActionItem(input: $input) { id } }`;
const RECORD_ACTIVITY = `mutation ($input: RecordPreventionActivityInput!) { recordPreventionActivity(input: $input) { id } }`;
const QUORUM = `query ($id: ID!) { meeting(id: $id) { quorum { required votingMembers } } }`;
const MEETINGS = `query ($tf: ID!) { meetings(taskForceId: $tf, first: 100) { totalCount } }`;

describe('A task force over its life', () => {
  let t: TestApp;
  let a: AuthorizationWorld;

  beforeAll(async () => {
    t = await startTestApp({ fixedNow: PINNED_NOW });
    a = await seedAuthorizationWorld(t);
  }, 60_000);
  afterAll(() => t.close());

  const read = async (id: string) => (await t.gql(TASK_FORCE, { id }, a.w.admin)).data.taskForce;

  it('lets administrators rename it and change its act; refuses stale, taken and null names', async () => {
    const { id, version } = await a.make.taskForce();
    const input = {
      id,
      version,
      name: 'Pervadinta darbo grupė',
      establishingAct: 'Įsakymas Nr. 7',
    };
    const res = await t.gql(UPDATE, { input }, a.w.admin);
    expect(res.errors).toBeUndefined();
    expect(res.data.updateTaskForce).toMatchObject({ name: input.name, version: version + 1 });

    expect(codeOf(await t.gql(UPDATE, { input: { ...input, name: 'Kita' } }, a.w.admin))).toBe(
      'CONFLICT',
    );
    const other = await a.make.taskForce();
    const taken = await t.gql(UPDATE, { input: { ...other, name: input.name } }, a.w.admin);
    expect(codeOf(taken)).toBe('BAD_USER_INPUT');
    expect(taken.errors![0].extensions.fields![0].field).toBe('name');
    const nulled = await t.gql(UPDATE, { input: { ...other, name: null } }, a.w.admin);
    expect(codeOf(nulled)).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(UPDATE, { input: { ...other, name: 'X' } }, a.w.chair.token))).toBe(
      'FORBIDDEN',
    );
  });

  it('applies a new quorum rule to open meetings while approved ones keep theirs', async () => {
    const approved = await a.make.draftMinutes();
    const approve = `mutation ($input: ApproveMinutesInput!) { approveMinutes(input: $input) { id } }`;
    expect((await t.gql(approve, { input: approved }, a.w.chair.token)).errors).toBeUndefined();
    const open = await a.make.heldMeeting();
    const quorum = async (id: string) =>
      (await t.gql(QUORUM, { id }, a.w.chair.token)).data.meeting.quorum;
    const approvedBefore = await quorum(approved.meetingId);
    const openBefore = await quorum(open.id);

    const tf = await read(a.w.taskForceId);
    const input = { id: tf.id, version: tf.version, quorumRule: 'AT_LEAST_TWO_THIRDS' };
    expect((await t.gql(UPDATE, { input }, a.w.admin)).errors).toBeUndefined();

    expect(await quorum(approved.meetingId)).toEqual(approvedBefore);
    const openAfter = await quorum(open.id);
    expect(openAfter.votingMembers).toBe(openBefore.votingMembers);
    expect(openAfter.required).toBe(Math.ceil((openBefore.votingMembers * 2) / 3));
  });

  it('moves a member to another role as an end and a new membership, keeping history', async () => {
    const seat = (await a.make.membership()) as { id: string; version: number };
    const change = (input: object, token: string) =>
      t.gql(
        `mutation ($input: ChangeMembershipRoleInput!) { changeMembershipRole(input: $input) { id role validFrom validTo person { id } } }`,
        { input },
        token,
      );
    const toDeputy = {
      membershipId: seat.id,
      version: seat.version,
      role: 'DEPUTY_CHAIR',
      from: '2026-06-20',
    };
    expect(codeOf(await change(toDeputy, a.w.secretary.token))).toBe('FORBIDDEN');
    const tooEarly = { ...toDeputy, role: 'OBSERVER', from: '2026-06-15' };
    const early = await change(tooEarly, a.w.secretary.token);
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
    expect(early.errors![0].extensions.fields![0].field).toBe('from');

    const res = await change(toDeputy, a.w.chair.token);
    expect(res.errors).toBeUndefined();
    const moved = res.data.changeMembershipRole;
    expect(moved).toMatchObject({ role: 'DEPUTY_CHAIR', validFrom: '2026-06-20', validTo: null });
    const roster = await t.gql(
      `query ($id: ID!) { taskForce(id: $id) { memberships { role validFrom validTo person { id } } } }`,
      { id: a.w.taskForceId },
      a.w.admin,
    );
    const history = roster.data.taskForce.memberships
      .filter((m: any) => m.person.id === moved.person.id)
      .map((m: any) => [m.role, m.validFrom, m.validTo]);
    expect(history).toEqual([
      ['MEMBER', '2026-06-15', '2026-06-19'],
      ['DEPUTY_CHAIR', '2026-06-20', null],
    ]);
  });

  it('keeps a dissolved task force readable and refuses it new records', async () => {
    const tf = await read(a.w.taskForceId);
    const meetingsBefore = (await t.gql(MEETINGS, { tf: tf.id }, a.w.member.token)).data.meetings
      .totalCount;
    const input = { id: tf.id, version: tf.version, dissolvingAct: 'Mero potvarkis Nr. M-99' };
    const res = await t.gql(DISSOLVE, { input }, a.w.admin);
    expect(res.errors).toBeUndefined();
    expect(res.data.dissolveTaskForce).toMatchObject({
      status: 'DISSOLVED',
      dissolvedOn: '2026-06-15',
      dissolvingAct: 'Mero potvarkis Nr. M-99',
    });

    const refused = [
      t.gql(
        SCHEDULE,
        {
          input: {
            taskForceId: tf.id,
            title: 'Po paleidimo',
            startsAt: '2026-07-01T07:00:00Z',
            endsAt: '2026-07-01T09:00:00Z',
          },
        },
        a.w.secretary.token,
      ),
      t.gql(
        ADD_MEMBER,
        { input: { taskForceId: tf.id, role: 'MEMBER', person: { fullName: 'Per Vėlai' } } },
        a.w.admin,
      ),
      t.gql(
        CREATE_ITEM,
        {
          input: {
            taskForceId: tf.id,
            title: 'Per vėlai',
            assigneeId: a.w.member.personId,
            dueDate: '2026-12-01',
            measureIds: [a.measureId],
          },
        },
        a.w.secretary.token,
      ),
      t.gql(
        RECORD_ACTIVITY,
        {
          input: {
            taskForceId: tf.id,
            kind: 'TRAINING_FOR_SPECIALISTS',
            title: 'Per vėlai',
            date: '2026-06-10',
            targetGroup: 'SPECIALISTS',
            participants: 5,
            measureIds: [a.measureId],
          },
        },
        a.w.secretary.token,
      ),
    ];
    for (const res of await Promise.all(refused)) expect(codeOf(res)).toBe('FAILED_PRECONDITION');

    const meetingsAfter = (await t.gql(MEETINGS, { tf: tf.id }, a.w.member.token)).data.meetings
      .totalCount;
    expect(meetingsAfter).toBe(meetingsBefore);
    const again = { id: tf.id, version: tf.version + 1 };
    expect(codeOf(await t.gql(DISSOLVE, { input: again }, a.w.admin))).toBe('FAILED_PRECONDITION');
  });
});
