import { PLAN_MEASURES } from './action-item-documents';
import { DEMO, GraphQLResponse, TestApp } from './test-app';

/** A password that passes the account rules; every factory account uses it. */
export const TEST_PASSWORD = 'correct-horse-battery-staple';

/** Where the clock of the meetings tests stands: a summer day in Vilnius. */
export const PINNED_NOW = new Date('2026-06-15T09:00:00Z');

const CREATE_ACCOUNT = /* GraphQL */ `
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      id
      person {
        id
      }
    }
  }
`;

const CREATE_TASK_FORCE = /* GraphQL */ `
  mutation CreateTaskForce($input: CreateTaskForceInput!) {
    createTaskForce(input: $input) {
      id
    }
  }
`;

export const ADD_MEMBER = /* GraphQL */ `
  mutation AddMember($input: AddMemberInput!) {
    addMember(input: $input) {
      id
      version
      role
      validFrom
      validTo
      person {
        id
        version
        fullName
      }
    }
  }
`;

const MUNICIPALITIES = /* GraphQL */ `
  query {
    municipalities(first: 100) {
      edges {
        node {
          id
          code
        }
      }
    }
  }
`;

const ACTIVE_MEASURES = /* GraphQL */ `
  query {
    nationalPlans(status: ACTIVE, first: 1) {
      edges {
        node {
          goals {
            objectives {
              measures {
                id
                code
              }
            }
          }
        }
      }
    }
  }
`;

function expectData(res: GraphQLResponse, what: string): any {
  if (!res.data) throw new Error(`${what} failed: ${JSON.stringify(res.errors)}`);
  return res.data;
}

let serial = 0;

/** Creates an account (and its person) as an administrator; returns ids and a token. */
export async function createUser(t: TestApp, admin: string, name: string) {
  const local = name
    .normalize('NFD')
    .replace(/[^A-Za-z ]/g, '')
    .trim()
    .toLowerCase()
    .replace(/ +/g, '.');
  const email = `${local}.${++serial}@test.lt`;
  const res = await t.gql(
    CREATE_ACCOUNT,
    { input: { email, password: TEST_PASSWORD, fullName: name } },
    admin,
  );
  const account = expectData(res, 'createAccount').createAccount;
  return {
    accountId: account.id as string,
    personId: account.person.id as string,
    email,
    token: await t.login(email, TEST_PASSWORD),
  };
}

export async function createTaskForce(
  t: TestApp,
  admin: string,
  name: string,
  municipalityCode = '13',
) {
  const municipalities = expectData(await t.gql(MUNICIPALITIES, {}, admin), 'municipalities');
  const municipality = municipalities.municipalities.edges
    .map((e: { node: { id: string; code: string } }) => e.node)
    .find((m: { code: string }) => m.code === municipalityCode);
  const res = await t.gql(
    CREATE_TASK_FORCE,
    {
      input: {
        municipalityId: municipality.id,
        name: `${name} ${++serial}`,
        establishedOn: '2020-01-15',
        establishingAct: 'Mero 2020-01-15 potvarkis Nr. M-15',
      },
    },
    admin,
  );
  return expectData(res, 'createTaskForce').createTaskForce.id as string;
}

export async function addMember(
  t: TestApp,
  token: string,
  input: { taskForceId: string; personId?: string; role: string; validFrom?: string } & Record<
    string,
    unknown
  >,
) {
  const res = await t.gql(ADD_MEMBER, { input: { validFrom: '2026-01-01', ...input } }, token);
  return expectData(res, 'addMember').addMember;
}

/** Ids of measures of the active national plan, in plan order. */
export async function activeMeasureIds(t: TestApp, token: string): Promise<string[]> {
  const res = expectData(await t.gql(ACTIVE_MEASURES, {}, token), 'nationalPlans');
  return res.nationalPlans.edges[0].node.goals.flatMap((g: any) =>
    g.objectives.flatMap((o: any) => o.measures.map((m: any) => m.id)),
  );
}

export type User = Awaited<ReturnType<typeof createUser>>;

export interface TaskForceWorld {
  taskForceId: string;
  otherTaskForceId: string;
  chair: User;
  deputy: User;
  secretary: User;
  member: User;
  observer: User;
  /** Secretary of the other task force. */
  outsider: User;
  /** Person ids of the five members without accounts. */
  others: string[];
  admin: string;
  commission: string;
  ministry: string;
}

/**
 * One task force with a chair, deputy, secretary, member, observer (all with accounts) and
 * five more members: nine voting members, so a quorum under the default rule is five. A second
 * task force has its own secretary, the outsider.
 */
export async function seedTaskForceWorld(t: TestApp): Promise<TaskForceWorld> {
  const admin = await t.login(DEMO.admin);
  const taskForceId = await createTaskForce(t, admin, 'Testo darbo grupė');
  const otherTaskForceId = await createTaskForce(t, admin, 'Kita darbo grupė', '19');
  const [chair, deputy, secretary, member, observer, outsider] = await Promise.all(
    [
      'Ona Pirmininkė',
      'Jonas Pavaduotojas',
      'Rūta Sekretorė',
      'Tomas Narys',
      'Eglė Stebėtoja',
      'Kęstutis Svetimas',
    ].map((name) => createUser(t, admin, name)),
  );
  const roles: [User, string][] = [
    [chair, 'CHAIR'],
    [deputy, 'DEPUTY_CHAIR'],
    [secretary, 'SECRETARY'],
    [member, 'MEMBER'],
    [observer, 'OBSERVER'],
  ];
  for (const [user, role] of roles) {
    await addMember(t, admin, { taskForceId, personId: user.personId, role });
  }
  await addMember(t, admin, {
    taskForceId: otherTaskForceId,
    personId: outsider.personId,
    role: 'SECRETARY',
  });
  const others: string[] = [];
  for (const name of [
    'Asta Policija',
    'Darius Prokuratūra',
    'Vaida Vaikų Teisės',
    'Mindaugas Mokykla',
    'Laura NVO',
  ]) {
    const membership = await addMember(t, admin, {
      taskForceId,
      role: 'MEMBER',
      person: { fullName: name, position: 'Specialistas' },
    });
    others.push(membership.person.id);
  }
  return {
    taskForceId,
    otherTaskForceId,
    chair,
    deputy,
    secretary,
    member,
    observer,
    outsider,
    others,
    admin,
    commission: await t.login(DEMO.commission),
    ministry: await t.login(DEMO.ministry),
  };
}

export interface MeasureRef {
  id: string;
  code: string;
  indicators: { id: string; unit: string }[];
}

/** The measures of the active plan and of one closed plan, with their indicators. */
export async function planMeasures(t: TestApp, token: string) {
  const res = expectData(await t.gql(PLAN_MEASURES, {}, token), 'nationalPlans');
  const plans = res.nationalPlans.edges.map((e: any) => e.node);
  const measuresOf = (plan: any): MeasureRef[] =>
    plan.goals.flatMap((g: any) => g.objectives.flatMap((o: any) => o.measures));
  const active = plans.find((p: any) => p.status === 'ACTIVE');
  const closed = plans.find((p: any) => p.status === 'CLOSED' && measuresOf(p).length);
  return {
    activePlanId: active.id as string,
    active: measuresOf(active),
    closedPlanId: closed.id as string,
    closed: measuresOf(closed),
  };
}
