/**
 * Builders of national plans through the Ministry's operations, and of institutions and
 * municipalities through the administrators': for the plan-maintenance specs and the
 * authorization matrix. Each call makes a new record, named so none collides with another.
 */
import { must, mutationDocument } from './graphql-helpers';
import { TestApp } from './test-app';

export interface Made {
  id: string;
  version: number;
  code?: string;
}

/** An item of a plan's tree, with its plan and the plan's first year. */
export interface Item extends Made {
  planId: string;
  year: number;
}

const selection = 'id version code';
export const PLAN_DOCS = {
  createPlan: mutationDocument('createNationalPlan', 'CreateNationalPlanInput', selection),
  updatePlan: mutationDocument('updateNationalPlan', 'UpdateNationalPlanInput', 'id version'),
  changeStatus: mutationDocument(
    'changeNationalPlanStatus',
    'ChangeNationalPlanStatusInput',
    'id version status',
  ),
  addGoal: mutationDocument('addPlanGoal', 'AddPlanGoalInput', selection),
  updateGoal: mutationDocument('updatePlanGoal', 'UpdatePlanGoalInput', selection),
  addObjective: mutationDocument('addPlanObjective', 'AddPlanObjectiveInput', selection),
  updateObjective: mutationDocument('updatePlanObjective', 'UpdatePlanObjectiveInput', selection),
  addMeasure: mutationDocument('addPlanMeasure', 'AddPlanMeasureInput', selection),
  updateMeasure: mutationDocument(
    'updatePlanMeasure',
    'UpdatePlanMeasureInput',
    'id version code deadline responsibleInstitutions { id }',
  ),
  addIndicator: mutationDocument('addPlanIndicator', 'AddPlanIndicatorInput', 'id version'),
  updateIndicator: mutationDocument(
    'updatePlanIndicator',
    'UpdatePlanIndicatorInput',
    'id version unit targetValue',
  ),
  closeItem: mutationDocument('closePlanItem', 'ClosePlanItemInput', 'id'),
  deleteItem: mutationDocument('deletePlanItem', 'DeletePlanItemInput', 'id'),
  createInstitution: mutationDocument('createInstitution', 'CreateInstitutionInput'),
  createMunicipality: mutationDocument('createMunicipality', 'CreateMunicipalityInput'),
} as const;

const INSTITUTION = `query { institutions(first: 1, national: true) { edges { node { id } } } }`;

/** Counters shared by every builder of one test process, so codes and names never repeat. */
let serial = 0;
/** Single-year periods after the seeded ACTIVE plan (2024–2026), one per activatable plan. */
let freeYear = 2030;

/**
 * `ministry` and `admin` are read at each call: a caller that changes its password carries on
 * with a new token.
 */
export function planBuilders(t: TestApp, ministry: () => string, admin: () => string) {
  let institutionId: Promise<string> | undefined;
  const call = async (document: string, field: string, input: object, token = ministry()) =>
    must(await t.gql(document, { input }, token), field);

  const make = {
    /** A national institution of the seed, to be responsible for measures. */
    institutionId(): Promise<string> {
      institutionId ??= t.gql(INSTITUTION).then((r) => must(r, 'institutions').edges[0].node.id);
      return institutionId;
    },

    /** A DRAFT plan over `startYear`–`endYear` (a year of its own by default). */
    async plan(period: { startYear?: number; endYear?: number | null } = {}) {
      const startYear = period.startYear ?? freeYear++;
      const endYear = period.endYear === undefined ? startYear : period.endYear;
      const title = `Bandomasis planas ${++serial}`;
      const input = { code: `BND-${serial}`, title, startYear, endYear };
      const made: Made = await call(PLAN_DOCS.createPlan, 'createNationalPlan', input);
      return { ...made, planId: made.id, year: startYear };
    },

    async goal(plan?: Item, code = '1'): Promise<Item> {
      plan ??= await make.plan();
      const input = { planId: plan.planId, code, title: `Tikslas ${++serial}` };
      return { ...plan, ...(await call(PLAN_DOCS.addGoal, 'addPlanGoal', input)) };
    },

    async objective(goal?: Item, number = 1): Promise<Item> {
      goal ??= await make.goal();
      const code = `${goal.code}.${number}`;
      const input = { goalId: goal.id, code, title: `Uždavinys ${++serial}` };
      return { ...goal, ...(await call(PLAN_DOCS.addObjective, 'addPlanObjective', input)) };
    },

    async measure(objective?: Item, number = 1): Promise<Item> {
      objective ??= await make.objective();
      const input = {
        objectiveId: objective.id,
        code: `${objective.code}.${number}`,
        title: `Priemonė ${++serial}`,
        responsibleInstitutionIds: [await make.institutionId()],
      };
      return { ...objective, ...(await call(PLAN_DOCS.addMeasure, 'addPlanMeasure', input)) };
    },

    /** An indicator in persons of a new measure (or of `measure`), due in its plan's first year. */
    async indicator(measure?: Item): Promise<Item> {
      measure ??= await make.measure();
      const input = {
        measureId: measure.id,
        name: `Apmokyti specialistai ${++serial}`,
        unit: 'asmenys',
        targetValue: 100,
        targetYear: measure.year,
      };
      const made: Made = await call(PLAN_DOCS.addIndicator, 'addPlanIndicator', input);
      return { ...measure, ...made, code: undefined };
    },

    async institution(): Promise<Made> {
      const input = { name: `Bandomoji įstaiga ${++serial}`, type: 'NGO' };
      return call(PLAN_DOCS.createInstitution, 'createInstitution', input, admin());
    },

    async municipality(): Promise<Made> {
      const n = ++serial;
      const input = {
        code: `9${String(n).padStart(3, '0')}`,
        name: `Bandomoji ${n} savivaldybė`,
        nameEn: `Test ${n} municipality`,
        county: 'Bandomoji apskritis',
      };
      return call(PLAN_DOCS.createMunicipality, 'createMunicipality', input, admin());
    },
  };
  return make;
}

export type PlanBuilders = ReturnType<typeof planBuilders>;

/** One plan with its whole tree, as the Ministry edits it. */
export const PLAN_TREE = /* GraphQL */ `
  query ($id: ID!) {
    nationalPlan(id: $id) {
      id
      version
      code
      status
      startYear
      endYear
      goals {
        id
        version
        code
        title
        closedOn
        objectives {
          id
          version
          code
          closedOn
          measures {
            id
            version
            code
            title
            deadline
            illustrative
            closedOn
            responsibleInstitutions {
              id
            }
            indicators {
              id
              version
              name
              unit
              targetValue
              closedOn
            }
          }
        }
      }
    }
  }
`;

/** The seeded plan ACTIVE today (KPZ-2024), with its tree. */
export const ACTIVE_PLAN = `query { nationalPlans(status: ACTIVE, first: 1) { edges { node { id } } } }`;
