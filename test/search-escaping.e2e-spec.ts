import { randomUUID } from 'node:crypto';
import { searchTextFor } from '../src/database/search-text';
import { Institution } from '../src/institutions/institution.entity';
import { TEST_PASSWORD } from './support/factories';
import { DEMO, startTestApp, TestApp } from './support/test-app';

/**
 * Issue 12, item 20: `%` and `_` in a search are the characters themselves, not LIKE wildcards,
 * on SQLite and PostgreSQL alike (like-pattern.ts).
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
      totalCount
    }
  }
`;
const ACCOUNTS = /* GraphQL */ `
  query ($search: String) {
    accounts(search: $search, first: 100) {
      totalCount
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

describe('Search with % and _', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login(DEMO.admin);
  });
  afterAll(() => t.close());

  it('finds no institution or municipality for "%" or "_" unless a name holds one', async () => {
    for (const search of ['%', '_', '\\', '%%', 'Vilni_s']) {
      const institutions = await t.gql(INSTITUTIONS, { search }, admin);
      expect({ search, count: institutions.data.institutions.totalCount }).toEqual({
        search,
        count: 0,
      });
      const municipalities = await t.gql(MUNICIPALITIES, { search }, admin);
      expect({ search, count: municipalities.data.municipalities.totalCount }).toEqual({
        search,
        count: 0,
      });
    }
    // Ordinary searches still match anywhere in the name.
    expect(
      (await t.gql(MUNICIPALITIES, { search: 'Vilni' }, admin)).data.municipalities.totalCount,
    ).toBeGreaterThan(0);

    // No operation adds institutions; the row is written directly, with its search text.
    const name = 'Jaunimo centras „100% saugus“';
    await t.sql(
      'INSERT INTO institution (id, name, type, version, search_text) VALUES (?, ?, ?, 1, ?)',
      [randomUUID(), name, 'NGO', searchTextFor(Institution, { name })],
    );
    const percent = await t.gql(INSTITUTIONS, { search: '%' }, admin);
    expect(percent.data.institutions.edges.map((e: any) => e.node.name)).toEqual([
      'Jaunimo centras „100% saugus“',
    ]);
  });

  it('finds the accounts whose e-mail holds "_", not every account', async () => {
    const email = 'ona_paieska@test.lt';
    const created = await t.gql(
      CREATE_ACCOUNT,
      { input: { email, password: TEST_PASSWORD, fullName: 'Ona Paieška' } },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const underscore = await t.gql(ACCOUNTS, { search: '_' }, admin);
    expect(underscore.data.accounts.edges.map((e: any) => e.node.email)).toEqual([email]);
    expect((await t.gql(ACCOUNTS, { search: '%' }, admin)).data.accounts.totalCount).toBe(0);
    expect(
      (await t.gql(ACCOUNTS, { search: 'demo.lt' }, admin)).data.accounts.totalCount,
    ).toBeGreaterThan(0);
  });
});
