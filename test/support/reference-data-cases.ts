/**
 * The authorization matrix's cases for the reference data: institutions and municipalities
 * (administrators) and the national plans (the Ministry). Each allowed cell gets a record of
 * its own, made through the same operations by `a.plans`.
 */
import { AuthorizationWorld } from './authorization-fixtures';
import { MutationKey } from './authorization-matrix';
import { mutationDocument } from './graphql-helpers';
import { Case, CaseTools, Variables } from './matrix-case';
import { PLAN_DOCS } from './plan-builders';

type ReferenceKey = Extract<
  MutationKey,
  | `${'create' | 'update'}${'Institution' | 'Municipality' | 'NationalPlan'}`
  | `${'add' | 'update'}Plan${'Goal' | 'Objective' | 'Measure' | 'Indicator'}`
  | 'changeNationalPlanStatus'
  | 'closePlanItem'
  | 'deletePlanItem'
>;

export function referenceDataCases(
  a: AuthorizationWorld,
  { target, versioned }: CaseTools,
): Record<ReferenceKey, Case> {
  const plans = a.plans;
  let serial = 0;
  const input = (values: Variables) => ({ input: values });
  /** A new item under a parent of its own for each allowed call, a shared one for the rest. */
  const under = <T>(row: string, make: () => Promise<T>, values: (parent: T) => Variables) => ({
    variables: async (_caller: unknown, fresh: boolean) =>
      input(values(await target(row, fresh, make))),
  });
  const document = (name: string, inputType: string) => mutationDocument(name, inputType, 'id');

  return {
    createInstitution: {
      document: PLAN_DOCS.createInstitution,
      variables: () => input({ name: `Matricos įstaiga ${++serial}`, type: 'NGO' }),
    },
    updateInstitution: {
      document: document('updateInstitution', 'UpdateInstitutionInput'),
      ...versioned('update-institution', () => plans.institution(), { nameEn: 'Renamed' }),
    },
    createMunicipality: {
      document: PLAN_DOCS.createMunicipality,
      variables: () =>
        input({
          code: `8${String(++serial).padStart(3, '0')}`,
          name: `Matricos ${serial} savivaldybė`,
          nameEn: `Matrix ${serial} municipality`,
          county: 'Matricos apskritis',
        }),
    },
    updateMunicipality: {
      document: document('updateMunicipality', 'UpdateMunicipalityInput'),
      ...versioned('update-municipality', () => plans.municipality(), { county: 'Kita apskritis' }),
    },
    createNationalPlan: {
      document: PLAN_DOCS.createPlan,
      variables: () =>
        input({ code: `MTX-${++serial}`, title: 'Matricos planas', startYear: 2099 }),
    },
    updateNationalPlan: {
      document: PLAN_DOCS.updatePlan,
      ...versioned('update-plan', () => plans.plan(), { titleEn: 'Matrix plan' }),
    },
    changeNationalPlanStatus: {
      document: PLAN_DOCS.changeStatus,
      // A plan of its own year, with a measure: the version of a plan stays while items come.
      ...versioned(
        'plan-status',
        async () => ({ id: (await plans.measure()).planId, version: 1 }),
        {
          status: 'ACTIVE',
        },
      ),
    },
    addPlanGoal: {
      document: PLAN_DOCS.addGoal,
      ...under(
        'add-goal',
        () => plans.plan(),
        (plan) => ({ planId: plan.id, code: '1', title: 'Tikslas' }),
      ),
    },
    updatePlanGoal: {
      document: PLAN_DOCS.updateGoal,
      ...versioned('update-goal', () => plans.goal(), { title: 'Patikslintas tikslas' }),
    },
    addPlanObjective: {
      document: PLAN_DOCS.addObjective,
      ...under(
        'add-objective',
        () => plans.goal(),
        (goal) => ({
          goalId: goal.id,
          code: `${goal.code}.1`,
          title: 'Uždavinys',
        }),
      ),
    },
    updatePlanObjective: {
      document: PLAN_DOCS.updateObjective,
      ...versioned('update-objective', () => plans.objective(), { title: 'Patikslintas' }),
    },
    addPlanMeasure: {
      document: PLAN_DOCS.addMeasure,
      ...under(
        'add-measure',
        async () => ({ objective: await plans.objective(), owner: await plans.institutionId() }),
        ({ objective, owner }) => ({
          objectiveId: objective.id,
          code: `${objective.code}.1`,
          title: 'Priemonė',
          responsibleInstitutionIds: [owner],
        }),
      ),
    },
    updatePlanMeasure: {
      document: PLAN_DOCS.updateMeasure,
      ...versioned('update-measure', () => plans.measure(), { deadline: null }),
    },
    addPlanIndicator: {
      document: PLAN_DOCS.addIndicator,
      ...under(
        'add-indicator',
        () => plans.measure(),
        (measure) => ({
          measureId: measure.id,
          name: 'Renginiai',
          unit: 'renginiai',
          targetValue: 3,
          targetYear: measure.year,
        }),
      ),
    },
    updatePlanIndicator: {
      document: PLAN_DOCS.updateIndicator,
      ...versioned('update-indicator', () => plans.indicator(), { targetValue: 120 }),
    },
    closePlanItem: {
      document: PLAN_DOCS.closeItem,
      ...versioned('close-item', () => plans.measure(), { level: 'MEASURE' }),
    },
    deletePlanItem: {
      document: PLAN_DOCS.deleteItem,
      ...versioned('delete-item', () => plans.measure(), { level: 'MEASURE' }),
    },
  };
}
