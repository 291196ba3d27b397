import { ACTION_ITEMS, CREATE_ACTION_ITEM } from './support/action-item-documents';
import {
  activeMeasureIds,
  seedTaskForceWorld,
  TaskForceWorld,
  TEST_PASSWORD,
} from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Issue 13, item 10: every text search ignores case and accents, Lithuanian letters included,
 * on SQLite and PostgreSQL alike (like-pattern.ts): "šiaul", "Siauliu" and "ŠIAULIŲ" all find
 * "Šiaulių".
 */
const INSTITUTIONS = /* GraphQL */ `
  query ($search: String) {
    institutions(search: $search, first: 100) {
      totalCount
      edges {
        node {
          name
        }
      }
    }
  }
`;
const MUNICIPALITIES = /* GraphQL */ `
  query ($search: String) {
    municipalities(search: $search, first: 100) {
      edges {
        node {
          name
        }
      }
    }
  }
`;
const ACCOUNTS = /* GraphQL */ `
  query ($search: String) {
    accounts(search: $search, first: 100) {
      edges {
        node {
          email
        }
      }
    }
  }
`;
const CREATE_ACCOUNT = /* GraphQL */ `
  mutation ($input: CreateAccountInput!) {
    createAccount(input: $input) {
      id
    }
  }
`;
const UPDATE_ACTION_ITEM_TEXT = /* GraphQL */ `
  mutation ($input: UpdateActionItemInput!) {
    updateActionItem(input: $input) {
      id
      version
    }
  }
`;

const SPELLINGS = ['Šiaulių', 'šiaulių', 'ŠIAULIŲ', 'Siauliu', 'siauliu', 'šiaul', 'SIAUL'];

describe('Search ignoring case and accents', () => {
  let t: TestApp;
  let w: TaskForceWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await seedTaskForceWorld(t);
  });
  afterAll(() => t.close());

  const names = async (query: string, field: string, search: string, token = w.admin) => {
    const res = await t.gql(query, { search }, token);
    expect(res.errors).toBeUndefined();
    return res.data[field].edges.map((e: any) => Object.values(e.node)[0] as string).sort();
  };

  it('finds the same institutions and municipalities however Šiaulių is typed', async () => {
    const institutions = await names(INSTITUTIONS, 'institutions', 'Šiaulių');
    expect(institutions.length).toBeGreaterThan(1);
    expect(institutions.every((name: string) => /šiaul/i.test(name))).toBe(true);
    const municipalities = await names(MUNICIPALITIES, 'municipalities', 'Šiaulių');
    expect(municipalities.length).toBeGreaterThan(0);
    for (const search of SPELLINGS) {
      expect({ search, found: await names(INSTITUTIONS, 'institutions', search) }).toEqual({
        search,
        found: institutions,
      });
      expect({ search, found: await names(MUNICIPALITIES, 'municipalities', search) }).toEqual({
        search,
        found: municipalities,
      });
    }
    // Other letters too, and the English name: "Klaipėda" as "KLAIPEDA".
    expect(await names(MUNICIPALITIES, 'municipalities', 'KLAIPEDA')).toEqual(
      await names(MUNICIPALITIES, 'municipalities', 'Klaipėd'),
    );
    expect(await names(INSTITUTIONS, 'institutions', 'zzz-niekur')).toEqual([]);
  });

  it('finds accounts by their e-mail however it is typed', async () => {
    const email = 'rūta.šimkutė@test.lt';
    const created = await t.gql(
      CREATE_ACCOUNT,
      { input: { email, password: TEST_PASSWORD, fullName: 'Rūta Šimkutė' } },
      w.admin,
    );
    expect(created.errors).toBeUndefined();
    for (const search of ['šimkutė', 'SIMKUTE', 'Rūta.Šim', 'ruta.simkute@test']) {
      expect({ search, found: await names(ACCOUNTS, 'accounts', search) }).toEqual({
        search,
        found: [email],
      });
    }
  });

  it('finds action items by words of their title or description however they are typed', async () => {
    const [measure] = await activeMeasureIds(t, w.admin);
    const item = (
      await t.gql(
        CREATE_ACTION_ITEM,
        {
          input: {
            taskForceId: w.taskForceId,
            title: 'Paskaitos Šiaulių gimnazijose',
            description: 'Kartu su Žemaitijos mokyklomis.',
            assigneeId: w.member.personId,
            dueDate: '2026-12-01',
            measureIds: [measure],
          },
        },
        w.secretary.token,
      )
    ).data.createActionItem;
    const found = async (text: string) => {
      const res = await t.gql(
        ACTION_ITEMS,
        { taskForceId: w.taskForceId, first: 100, text },
        w.member.token,
      );
      expect(res.errors).toBeUndefined();
      return res.data.actionItems.edges.map((e: any) => e.node.id);
    };
    for (const text of [...SPELLINGS, 'ŠIAULIŲ GIMNAZIJOSE', 'zemaitijos', 'ŽEMAITIJOS']) {
      expect({ text, found: await found(text) }).toEqual({ text, found: [item.id] });
    }
    // Title and description are searched apart: no match across the two.
    expect(await found('gimnazijose kartu')).toEqual([]);

    // An edited title is searched by its new words only.
    const edited = await t.gql(
      UPDATE_ACTION_ITEM_TEXT,
      { input: { id: item.id, version: item.version, title: 'Paskaitos Panevėžio gimnazijose' } },
      w.secretary.token,
    );
    expect(edited.errors).toBeUndefined();
    expect(await found('panevezio')).toEqual([item.id]);
    expect(await found('siauliu')).toEqual([]);
    expect(await found('ŽEMAITIJOS')).toEqual([item.id]);
  });
});
