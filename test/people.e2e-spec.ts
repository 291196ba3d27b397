/**
 * Issue 13, item 6: one person never exists twice for one e-mail, and a person already seated
 * on a task force can be given a login.
 */
import { PINNED_NOW, seedTaskForceWorld, TaskForceWorld, TEST_PASSWORD } from './support/factories';
import { codeOf, startTestApp, TestApp } from './support/test-app';

const ADD_MEMBER = /* GraphQL */ `
  mutation ($input: AddMemberInput!) {
    addMember(input: $input) {
      id
      person {
        id
      }
    }
  }
`;
const CREATE_ACCOUNT = /* GraphQL */ `
  mutation ($input: CreateAccountInput!) {
    createAccount(input: $input) {
      id
      email
      person {
        id
        fullName
        email
        memberships {
          role
        }
      }
    }
  }
`;

describe('People and their logins', () => {
  let t: TestApp;
  let w: TaskForceWorld;

  beforeAll(async () => {
    t = await startTestApp({ fixedNow: PINNED_NOW });
    w = await seedTaskForceWorld(t);
  }, 60_000);
  afterAll(() => t.close());

  const seat = async (person: Record<string, unknown>) => {
    const input = { taskForceId: w.taskForceId, role: 'MEMBER', person };
    const res = await t.gql(ADD_MEMBER, { input }, w.secretary.token);
    expect(res.errors).toBeUndefined();
    return res.data.addMember.person.id as string;
  };
  const fieldOf = (res: { errors?: { extensions: { fields?: { field: string }[] } }[] }) =>
    res.errors?.[0].extensions.fields?.[0].field;

  it('gives the login to the person already seated with that e-mail', async () => {
    const personId = await seat({ fullName: 'Rasa Sėdinti', email: 'rasa.sedinti@test.lt' });
    const input = { email: 'Rasa.Sedinti@test.lt', password: TEST_PASSWORD };
    const res = await t.gql(CREATE_ACCOUNT, { input }, w.admin);
    expect(res.errors).toBeUndefined();
    expect(res.data.createAccount.person).toMatchObject({
      id: personId,
      fullName: 'Rasa Sėdinti',
      memberships: [{ role: 'MEMBER' }],
    });
    const people = await t.sql('SELECT id FROM person WHERE email = ?', ['rasa.sedinti@test.lt']);
    expect(people).toHaveLength(1);
    await t.login('rasa.sedinti@test.lt', TEST_PASSWORD);
  });

  it('gives the login to a seated person named by personId, taking the e-mail', async () => {
    const personId = await seat({ fullName: 'Petras Bepaštis' });
    const input = { personId, email: 'petras.bepastis@test.lt', password: TEST_PASSWORD };
    const res = await t.gql(CREATE_ACCOUNT, { input }, w.admin);
    expect(res.errors).toBeUndefined();
    expect(res.data.createAccount.person).toMatchObject({
      id: personId,
      email: 'petras.bepastis@test.lt',
    });
    const again = { personId, email: 'kitas.adresas@test.lt', password: TEST_PASSWORD };
    const twice = await t.gql(CREATE_ACCOUNT, { input: again }, w.admin);
    expect(codeOf(twice)).toBe('BAD_USER_INPUT');
    expect(fieldOf(twice)).toBe('personId');
  });

  it('refuses a second person for an e-mail, and a login under another e-mail', async () => {
    const personId = await seat({ fullName: 'Jurga Vienintelė', email: 'jurga@test.lt' });
    const duplicate = await t.gql(
      ADD_MEMBER,
      {
        input: {
          taskForceId: w.taskForceId,
          role: 'MEMBER',
          person: { fullName: 'Jurga Antroji', email: 'JURGA@test.lt' },
        },
      },
      w.secretary.token,
    );
    expect(codeOf(duplicate)).toBe('BAD_USER_INPUT');
    expect(fieldOf(duplicate)).toBe('person.email');

    const other = { personId, email: 'jurga.kita@test.lt', password: TEST_PASSWORD };
    const res = await t.gql(CREATE_ACCOUNT, { input: other }, w.admin);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldOf(res)).toBe('email');
  });

  it('needs a name only for a new person, and a real person for personId', async () => {
    const nameless = { email: 'niekas@test.lt', password: TEST_PASSWORD };
    const res = await t.gql(CREATE_ACCOUNT, { input: nameless }, w.admin);
    expect(fieldOf(res)).toBe('fullName');
    const unknown = {
      personId: '00000000-0000-4000-8000-000000000000',
      email: 'niekas@test.lt',
      password: TEST_PASSWORD,
    };
    expect(fieldOf(await t.gql(CREATE_ACCOUNT, { input: unknown }, w.admin))).toBe('personId');
  });

  const UPDATE_PERSON = /* GraphQL */ `
    mutation ($input: UpdatePersonInput!) {
      updatePerson(input: $input) {
        id
        version
        fullName
        phone
        position
        email
      }
    }
  `;
  const personOf = async (token: string) =>
    (await t.gql('{ me { id version person { id version } } }', {}, token)).data.me;

  it('lets people correct their own details, and record keepers those of their members', async () => {
    const me = await personOf(w.member.token);
    const own = { id: me.person.id, version: me.person.version, phone: '+370 612 34567' };
    const res = await t.gql(UPDATE_PERSON, { input: own }, w.member.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.updatePerson.phone).toBe('+370 612 34567');

    const colleague = await personOf(w.deputy.token);
    const other = { id: colleague.person.id, version: colleague.person.version, position: 'X' };
    expect(codeOf(await t.gql(UPDATE_PERSON, { input: other }, w.member.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(UPDATE_PERSON, { input: other }, w.outsider.token))).toBe(
      'FORBIDDEN',
    );
    const byKeeper = await t.gql(
      UPDATE_PERSON,
      { input: { ...other, position: 'Vaiko teisių specialistė' } },
      w.secretary.token,
    );
    expect(byKeeper.data.updatePerson.position).toBe('Vaiko teisių specialistė');

    const login = { id: me.person.id, version: me.person.version + 1, email: 'naujas@test.lt' };
    const refused = await t.gql(UPDATE_PERSON, { input: login }, w.member.token);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(fieldOf(refused)).toBe('email');
    const nulled = { id: me.person.id, version: me.person.version + 1, fullName: null };
    expect(fieldOf(await t.gql(UPDATE_PERSON, { input: nulled }, w.member.token))).toBe('fullName');
  });

  it("lets administrators move a login to a new e-mail, the person's with it", async () => {
    const me = await personOf(w.observer.token);
    const CHANGE = `mutation ($input: ChangeAccountEmailInput!) { changeAccountEmail(input: $input) { email person { email } } }`;
    const taken = { accountId: me.id, version: me.version, email: w.member.email };
    expect(fieldOf(await t.gql(CHANGE, { input: taken }, w.admin))).toBe('email');
    const input = { accountId: me.id, version: me.version, email: 'stebetoja.nauja@test.lt' };
    expect(codeOf(await t.gql(CHANGE, { input }, w.chair.token))).toBe('FORBIDDEN');
    const res = await t.gql(CHANGE, { input }, w.admin);
    expect(res.data.changeAccountEmail).toEqual({
      email: 'stebetoja.nauja@test.lt',
      person: { email: 'stebetoja.nauja@test.lt' },
    });
    await t.login('stebetoja.nauja@test.lt', TEST_PASSWORD);
  });
});
