import { codeOf, startTestApp, TestApp } from './support/test-app';

const MUNICIPALITIES = /* GraphQL */ `
  query Municipalities($first: Int, $after: String, $search: String) {
    municipalities(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          code
          name
          nameEn
          county
          isoCode
        }
      }
    }
  }
`;

const INSTITUTIONS = /* GraphQL */ `
  query Institutions(
    $type: InstitutionType
    $municipalityId: ID
    $national: Boolean
    $first: Int
    $after: String
  ) {
    institutions(
      type: $type
      municipalityId: $municipalityId
      national: $national
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          type
          municipality {
            code
            nameEn
          }
        }
      }
    }
  }
`;

const EXPECTED = [
  ['13', 'Vilniaus miesto savivaldybė', 'Vilnius city'],
  ['19', 'Kauno miesto savivaldybė', 'Kaunas city'],
  ['21', 'Klaipėdos miesto savivaldybė', 'Klaipėda city'],
  ['29', 'Šiaulių miesto savivaldybė', 'Šiauliai city'],
  ['27', 'Panevėžio miesto savivaldybė', 'Panevėžys city'],
  ['11', 'Alytaus miesto savivaldybė', 'Alytus city'],
  ['18', 'Marijampolės savivaldybė', 'Marijampolė'],
  ['77', 'Tauragės rajono savivaldybė', 'Tauragė district'],
  ['78', 'Telšių rajono savivaldybė', 'Telšiai district'],
  ['82', 'Utenos rajono savivaldybė', 'Utena district'],
];

describe('reference data', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('holds the 10 county-centre municipalities with official codes and Lithuanian names', async () => {
    const res = await t.gql(MUNICIPALITIES, { first: 100 });
    expect(res.data.municipalities.totalCount).toBe(10);
    const rows = res.data.municipalities.edges.map((e: any) => [
      e.node.code,
      e.node.name,
      e.node.nameEn,
    ]);
    expect(rows).toEqual(expect.arrayContaining(EXPECTED));
    const vilnius = res.data.municipalities.edges.find((e: any) => e.node.code === '13').node;
    expect(vilnius).toMatchObject({ county: 'Vilniaus apskritis', isoCode: 'LT-57' });
  });

  it('pages through a connection with cursors, without repeats or gaps', async () => {
    const first = await t.gql(MUNICIPALITIES, { first: 4 });
    expect(first.data.municipalities.pageInfo.hasNextPage).toBe(true);
    const codes: string[] = first.data.municipalities.edges.map((e: any) => e.node.code);
    let after = first.data.municipalities.pageInfo.endCursor;
    for (;;) {
      const page = await t.gql(MUNICIPALITIES, { first: 4, after });
      codes.push(...page.data.municipalities.edges.map((e: any) => e.node.code));
      if (!page.data.municipalities.pageInfo.hasNextPage) break;
      after = page.data.municipalities.pageInfo.endCursor;
    }
    expect(codes).toEqual([...codes].sort());
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
  });

  it('refuses a page larger than 100 and a cursor it did not issue', async () => {
    const tooMany = await t.gql(MUNICIPALITIES, { first: 101 });
    expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors![0].extensions.fields![0].field).toBe('first');
    const badCursor = await t.gql(MUNICIPALITIES, { after: 'not-a-cursor' });
    expect(codeOf(badCursor)).toBe('BAD_USER_INPUT');
    expect(badCursor.errors![0].extensions.fields![0].field).toBe('after');
  });

  it('finds a municipality by a Lithuanian name with diacritics', async () => {
    const res = await t.gql(MUNICIPALITIES, { search: 'Šiaul' });
    expect(res.data.municipalities.edges.map((e: any) => e.node.code)).toEqual(['29']);
  });

  it('has national institutions and each kind of local body in every municipality', async () => {
    const national = await t.gql(INSTITUTIONS, { national: true, first: 100 });
    const names = national.data.institutions.edges.map((e: any) => e.node.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Lietuvos Respublikos vidaus reikalų ministerija',
        'Lietuvos Caritas',
      ]),
    );
    expect(national.data.institutions.edges.every((e: any) => e.node.municipality === null)).toBe(
      true,
    );

    const municipalities = (await t.gql('{ municipalities { edges { node { id code } } } }')).data
      .municipalities.edges;
    for (const { node } of municipalities) {
      const local = await t.gql(INSTITUTIONS, { municipalityId: node.id, first: 100 });
      const types = new Set(local.data.institutions.edges.map((e: any) => e.node.type));
      for (const type of [
        'POLICE',
        'CHILD_RIGHTS_PROTECTION',
        'MUNICIPAL_ADMINISTRATION',
        'SOCIAL_SERVICES',
        'EDUCATION',
        'HEALTH',
        'EMPLOYMENT_SERVICE',
      ]) {
        expect(types).toContain(type);
      }
      expect(
        local.data.institutions.edges.every((e: any) => e.node.municipality.code === node.code),
      ).toBe(true);
    }
  });

  it('filters institutions by type across pages', async () => {
    const res = await t.gql(INSTITUTIONS, { type: 'POLICE', first: 5 });
    expect(res.data.institutions.totalCount).toBe(12); // 10 county commissariats + 2 national bodies
    expect(res.data.institutions.pageInfo.hasNextPage).toBe(true);
    const next = await t.gql(INSTITUTIONS, {
      type: 'POLICE',
      first: 100,
      after: res.data.institutions.pageInfo.endCursor,
    });
    expect(next.data.institutions.edges).toHaveLength(7);
    expect(next.data.institutions.edges.every((e: any) => e.node.type === 'POLICE')).toBe(true);
  });

  it('refuses an unknown institution type before anything runs', async () => {
    const res = await t.gql(INSTITUTIONS, { type: 'BANK' });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });
});
