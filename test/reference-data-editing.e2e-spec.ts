/**
 * Issue 13, item 16: administrators add and correct institutions and municipalities. Names
 * and codes stay unique (BAD_USER_INPUT naming the field), stale versions are refused
 * (CONFLICT), each change is audited, and the seeder never brings back a row's old key.
 */
import { ReferenceDataSeeder } from '../src/reference-data/reference-data.seeder';
import { mutationDocument } from './support/graphql-helpers';
import { PLAN_DOCS } from './support/plan-builders';
import { codeOf, DEMO, GraphQLResponse, startTestApp, TestApp } from './support/test-app';

const UPDATE_INSTITUTION = mutationDocument(
  'updateInstitution',
  'UpdateInstitutionInput',
  'id version name nameEn type municipality { code }',
);
const UPDATE_MUNICIPALITY = mutationDocument(
  'updateMunicipality',
  'UpdateMunicipalityInput',
  'id version code name nameEn county isoCode',
);
const CREATE_INSTITUTION = mutationDocument(
  'createInstitution',
  'CreateInstitutionInput',
  'id version name type municipality { code }',
);
const MUNICIPALITY = `query ($search: String) { municipalities(search: $search, first: 100) { totalCount edges { node { id version code name nameEn county isoCode } } } }`;
const INSTITUTION = `query ($search: String) { institutions(search: $search, first: 100) { totalCount edges { node { id version name municipality { code } } } } }`;
const AUDIT = `query ($id: ID!) { auditEvents(entityId: $id) { edges { node { operation entityType before after } } } }`;
const COUNTS = `{ municipalities { totalCount } institutions { totalCount } nationalPlans { totalCount } }`;

const field = (res: GraphQLResponse) => res.errors?.[0]?.extensions.fields?.[0]?.field;

describe('Institutions and municipalities kept by administrators', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login(DEMO.admin);
  }, 60_000);
  afterAll(() => t.close());

  const municipality = async (search: string) =>
    (await t.gql(MUNICIPALITY, { search })).data.municipalities.edges[0].node;
  const institution = async (search: string) =>
    (await t.gql(INSTITUTION, { search })).data.institutions.edges[0].node;

  it('adds a municipality with a Lithuanian name and an institution in it, both audited', async () => {
    const input = {
      code: '25',
      name: 'Neringos savivaldybė',
      nameEn: 'Neringa',
      county: 'Klaipėdos apskritis',
      isoCode: 'LT-28',
    };
    const created = await t.gql(PLAN_DOCS.createMunicipality, { input }, admin);
    expect(created.errors).toBeUndefined();
    expect(await municipality('Neringos')).toMatchObject({ ...input, version: 1 });

    const res = await t.gql(
      CREATE_INSTITUTION,
      {
        input: {
          name: 'Neringos socialinių paslaugų centras',
          type: 'SOCIAL_SERVICES',
          municipalityId: created.data.createMunicipality.id,
        },
      },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.createInstitution).toMatchObject({
      type: 'SOCIAL_SERVICES',
      municipality: { code: '25' },
    });
    const trail = await t.gql(AUDIT, { id: res.data.createInstitution.id }, admin);
    expect(trail.data.auditEvents.edges.map((e: any) => e.node.operation)).toEqual([
      'createInstitution',
    ]);
  });

  it('refuses a code, name, English name or ISO code another municipality has, naming the field', async () => {
    const vilnius = {
      code: '13',
      name: 'Vilniaus miesto savivaldybė',
      nameEn: 'Vilnius city',
      isoCode: 'LT-57',
    };
    const fresh = {
      code: '46',
      name: 'Palangos miesto savivaldybė',
      nameEn: 'Palanga city',
      county: 'Klaipėdos apskritis',
      isoCode: 'LT-35',
    };
    for (const [key, value] of Object.entries(vilnius)) {
      const res = await t.gql(
        PLAN_DOCS.createMunicipality,
        { input: { ...fresh, [key]: value } },
        admin,
      );
      expect([key, codeOf(res), field(res)]).toEqual([key, 'BAD_USER_INPUT', key]);
    }
    const malformed = await t.gql(
      PLAN_DOCS.createMunicipality,
      { input: { ...fresh, code: 'A1', isoCode: 'LV-01' } },
      admin,
    );
    expect(codeOf(malformed)).toBe('BAD_USER_INPUT');
    expect(malformed.errors![0].extensions.fields!.map((f) => f.field).sort()).toEqual([
      'code',
      'isoCode',
    ]);
  });

  it('refuses an institution name in use, an unknown municipality and a stale version', async () => {
    const taken = await t.gql(
      CREATE_INSTITUTION,
      { input: { name: 'Lietuvos Caritas', type: 'NGO' } },
      admin,
    );
    expect([codeOf(taken), field(taken)]).toEqual(['BAD_USER_INPUT', 'name']);
    const nowhere = await t.gql(
      CREATE_INSTITUTION,
      {
        input: {
          name: 'Niekur',
          type: 'NGO',
          municipalityId: '00000000-0000-4000-8000-000000000000',
        },
      },
      admin,
    );
    expect([codeOf(nowhere), field(nowhere)]).toEqual(['BAD_USER_INPUT', 'municipalityId']);

    const caritas = await institution('Lietuvos Caritas');
    const other = await institution('Lietuvos Respublikos vidaus reikalų ministerija');
    const rename = { id: other.id, version: other.version, name: 'Lietuvos Caritas' };
    const clash = await t.gql(UPDATE_INSTITUTION, { input: rename }, admin);
    expect([codeOf(clash), field(clash)]).toEqual(['BAD_USER_INPUT', 'name']);
    const stale = { id: caritas.id, version: caritas.version + 1, nameEn: 'Caritas' };
    expect(codeOf(await t.gql(UPDATE_INSTITUTION, { input: stale }, admin))).toBe('CONFLICT');
    const nulled = { id: caritas.id, version: caritas.version, type: null };
    expect(codeOf(await t.gql(UPDATE_INSTITUTION, { input: nulled }, admin))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('keeps renamed and recoded institutions, municipalities and plans through a restart of the seeder, without bringing the old ones back', async () => {
    const before = (await t.gql(COUNTS)).data;
    const caritas = await institution('Lietuvos Caritas');
    const renamed = await t.gql(
      UPDATE_INSTITUTION,
      { input: { id: caritas.id, version: caritas.version, name: 'Caritas Lituaniae' } },
      admin,
    );
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data.updateInstitution).toMatchObject({ version: caritas.version + 1 });

    const utena = await municipality('Utenos');
    const recoded = await t.gql(
      UPDATE_MUNICIPALITY,
      { input: { id: utena.id, version: utena.version, code: '182', nameEn: 'Utena' } },
      admin,
    );
    expect(recoded.errors).toBeUndefined();
    expect(recoded.data.updateMunicipality).toMatchObject({ code: '182', nameEn: 'Utena' });

    const ministry = await t.login(DEMO.ministry);
    const plans = await t.gql(
      `{ nationalPlans(status: ACTIVE) { edges { node { id version } } } }`,
    );
    const plan = plans.data.nationalPlans.edges[0].node;
    const recodedPlan = await t.gql(
      PLAN_DOCS.updatePlan,
      { input: { ...plan, code: 'KPZ-2024-P' } },
      ministry,
    );
    expect(recodedPlan.errors).toBeUndefined();

    await t.app.get(ReferenceDataSeeder).seed();

    expect((await t.gql(COUNTS)).data).toEqual(before);
    expect((await t.gql(INSTITUTION, { search: 'Lietuvos Caritas' })).data.institutions).toEqual({
      totalCount: 0,
      edges: [],
    });
    expect(await municipality('Utenos')).toMatchObject({ code: '182', nameEn: 'Utena' });
    const trail = await t.gql(AUDIT, { id: utena.id }, admin);
    const event = trail.data.auditEvents.edges[0].node;
    expect(event.operation).toBe('updateMunicipality');
    expect(JSON.parse(event.before)).toMatchObject({ code: '82' });
    expect(JSON.parse(event.after)).toMatchObject({ code: '182' });
  });

  it('refuses the Ministry', async () => {
    const ministry = await t.login(DEMO.ministry);
    const res = await t.gql(
      CREATE_INSTITUTION,
      { input: { name: 'Ministerijos įstaiga', type: 'OTHER' } },
      ministry,
    );
    expect(codeOf(res)).toBe('FORBIDDEN');
  });
});
