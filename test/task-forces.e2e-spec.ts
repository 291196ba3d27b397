import {
  ADD_MEMBER,
  addMember,
  createTaskForce,
  createUser,
  PINNED_NOW,
  seedTaskForceWorld,
  TaskForceWorld,
} from './support/factories';
import { codeOf, startTestApp, TestApp } from './support/test-app';

const TASK_FORCE = /* GraphQL */ `
  query TaskForce($id: ID!, $on: LocalDate) {
    taskForce(id: $id) {
      id
      name
      status
      quorumRule
      establishedOn
      establishingAct
      municipality {
        id
        code
      }
      members(on: $on) {
        id
        role
        person {
          id
          fullName
        }
      }
      pastMembers {
        id
        role
        validTo
      }
      memberships {
        id
      }
    }
  }
`;

const TASK_FORCES = /* GraphQL */ `
  query TaskForces($municipalityId: ID) {
    taskForces(first: 100, municipalityId: $municipalityId) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`;

const END_MEMBERSHIP = /* GraphQL */ `
  mutation End($input: EndMembershipInput!) {
    endMembership(input: $input) {
      id
      version
      validTo
    }
  }
`;

const ME = /* GraphQL */ `
  query {
    me {
      person {
        memberships {
          role
          taskForce {
            id
          }
        }
      }
    }
  }
`;

const CREATE_TASK_FORCE = /* GraphQL */ `
  mutation Create($input: CreateTaskForceInput!) {
    createTaskForce(input: $input) {
      id
    }
  }
`;

describe('Task forces and their members', () => {
  let t: TestApp;
  let w: TaskForceWorld;

  beforeAll(async () => {
    t = await startTestApp({ fixedNow: PINNED_NOW });
    w = await seedTaskForceWorld(t);
  });
  afterAll(() => t.close());

  it('shows a task force with its current members', async () => {
    const res = await t.gql(TASK_FORCE, { id: w.taskForceId }, w.member.token);
    expect(res.data.taskForce).toMatchObject({
      status: 'ACTIVE',
      quorumRule: 'MORE_THAN_HALF',
      establishedOn: '2020-01-15',
      municipality: { code: '13' },
    });
    expect(res.data.taskForce.members).toHaveLength(10);
    expect(res.data.taskForce.pastMembers).toEqual([]);
  });

  it('tells each viewer the rights they hold over the task force, for the controls to show', async () => {
    const RIGHTS = 'query($id: ID!) { taskForce(id: $id) { viewerRights } }';
    const rightsOf = async (token: string) =>
      (await t.gql(RIGHTS, { id: w.taskForceId }, token)).data.taskForce.viewerRights;
    const secretary = await rightsOf(w.secretary.token);
    expect(secretary).toEqual(expect.arrayContaining(['read', 'readConfidential', 'keepRecords']));
    expect(secretary).not.toContain('approveMinutes');
    expect(await rightsOf(w.chair.token)).toEqual(
      expect.arrayContaining(['keepRecords', 'approveMinutes']),
    );
    expect(await rightsOf(w.observer.token)).toEqual(['read']);
    const commission = await rightsOf(w.commission);
    expect(commission).toContain('readConfidential');
    expect(commission).not.toContain('keepRecords');
  });

  it('creates task forces for administrators only', async () => {
    const input = {
      municipalityId: '00000000-0000-4000-8000-000000000000',
      name: 'Nauja grupė',
      establishedOn: '2026-01-01',
    };
    for (const token of [w.chair.token, w.commission, w.ministry]) {
      expect(codeOf(await t.gql(CREATE_TASK_FORCE, { input }, token))).toBe('FORBIDDEN');
    }
    const unknown = await t.gql(CREATE_TASK_FORCE, { input }, w.admin);
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors![0].extensions.fields![0].field).toBe('municipalityId');
  });

  it('keeps the history when a membership ends: who was a member on any date', async () => {
    const joined = await addMember(t, w.secretary.token, {
      taskForceId: w.taskForceId,
      role: 'MEMBER',
      validFrom: '2026-02-01',
      person: { fullName: 'Petras Laikinas', position: 'Inspektorius' },
    });
    const ended = await t.gql(
      END_MEMBERSHIP,
      { input: { membershipId: joined.id, validTo: '2026-04-30', version: joined.version } },
      w.secretary.token,
    );
    expect(ended.data.endMembership.validTo).toBe('2026-04-30');
    const stale = await t.gql(
      END_MEMBERSHIP,
      { input: { membershipId: joined.id, validTo: '2026-04-01', version: joined.version } },
      w.secretary.token,
    );
    expect(codeOf(stale)).toBe('CONFLICT');

    const inMarch = await t.gql(
      TASK_FORCE,
      { id: w.taskForceId, on: '2026-03-15' },
      w.member.token,
    );
    expect(inMarch.data.taskForce.members.map((m: any) => m.person.fullName)).toContain(
      'Petras Laikinas',
    );
    const today = await t.gql(TASK_FORCE, { id: w.taskForceId }, w.member.token);
    expect(today.data.taskForce.members.map((m: any) => m.person.fullName)).not.toContain(
      'Petras Laikinas',
    );
    expect(today.data.taskForce.pastMembers).toEqual([
      { id: joined.id, role: 'MEMBER', validTo: '2026-04-30' },
    ]);
    expect(today.data.taskForce.memberships).toHaveLength(11);
    const january = await t.gql(
      TASK_FORCE,
      { id: w.taskForceId, on: '2025-12-31' },
      w.member.token,
    );
    expect(january.data.taskForce.members).toEqual([]);
  });

  it('lets a person belong to several task forces with different roles', async () => {
    await addMember(t, w.admin, {
      taskForceId: w.otherTaskForceId,
      personId: w.member.personId,
      role: 'OBSERVER',
    });
    const me = await t.gql(ME, {}, w.member.token);
    const roles = me.data.me.person.memberships.map((m: any) => [m.taskForce.id, m.role]);
    expect(roles).toEqual(
      expect.arrayContaining([
        [w.taskForceId, 'MEMBER'],
        [w.otherTaskForceId, 'OBSERVER'],
      ]),
    );
    const seen = await t.gql(TASK_FORCES, {}, w.member.token);
    expect(seen.data.taskForces.edges.map((e: any) => e.node.id).sort()).toEqual(
      [w.taskForceId, w.otherTaskForceId].sort(),
    );
  });

  it('refuses overlapping memberships and a second chair', async () => {
    const twice = await t.gql(
      ADD_MEMBER,
      {
        input: {
          taskForceId: w.taskForceId,
          personId: w.member.personId,
          role: 'SECRETARY',
          validFrom: '2026-03-01',
        },
      },
      w.admin,
    );
    expect(codeOf(twice)).toBe('BAD_USER_INPUT');
    expect(twice.errors![0].extensions.fields![0].field).toBe('validFrom');
    const chair = await t.gql(
      ADD_MEMBER,
      {
        input: {
          taskForceId: w.taskForceId,
          role: 'CHAIR',
          person: { fullName: 'Antras Pirmininkas' },
        },
      },
      w.admin,
    );
    expect(codeOf(chair)).toBe('BAD_USER_INPUT');
    expect(chair.errors![0].extensions.fields![0].field).toBe('role');
  });

  it('lets administrators and record keepers keep the roster, nobody else', async () => {
    const input = {
      taskForceId: w.taskForceId,
      role: 'MEMBER',
      person: { fullName: 'Naujas Narys' },
    };
    for (const token of [w.member.token, w.observer.token, w.outsider.token, w.commission]) {
      expect(codeOf(await t.gql(ADD_MEMBER, { input }, token))).toBe('FORBIDDEN');
    }
    expect(codeOf(await t.gql(ADD_MEMBER, { input }, w.chair.token))).toBeUndefined();
  });

  it('shows task forces to their members and to national roles only', async () => {
    const outsiderView = await t.gql(TASK_FORCE, { id: w.taskForceId }, w.outsider.token);
    expect(codeOf(outsiderView)).toBe('FORBIDDEN');
    const outsiderList = await t.gql(TASK_FORCES, {}, w.outsider.token);
    expect(outsiderList.data.taskForces.edges.map((e: any) => e.node.id)).toEqual([
      w.otherTaskForceId,
    ]);
    for (const token of [w.admin, w.commission, w.ministry]) {
      const list = await t.gql(TASK_FORCES, {}, token);
      const ids = list.data.taskForces.edges.map((e: any) => e.node.id);
      expect(ids).toEqual(expect.arrayContaining([w.taskForceId, w.otherTaskForceId]));
    }
    const nobody = await createUser(t, w.admin, 'Niekam Nepriklauso');
    const none = await t.gql(TASK_FORCES, {}, nobody.token);
    expect(none.data.taskForces.totalCount).toBe(0);
  });

  it('names every task force once', async () => {
    const id = await createTaskForce(t, w.admin, 'Dvynė');
    const name = (await t.gql(TASK_FORCE, { id }, w.admin)).data.taskForce.name;
    const again = await t.gql(
      CREATE_TASK_FORCE,
      {
        input: {
          municipalityId: (await t.gql(TASK_FORCE, { id: w.taskForceId }, w.admin)).data.taskForce
            .municipality.id,
          name,
          establishedOn: '2026-01-01',
        },
      },
      w.admin,
    );
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
    expect(again.errors![0].extensions.fields).toEqual([
      { field: 'name', rule: 'ALREADY_USED', message: 'is already used by another task force' },
    ]);
  });
});
