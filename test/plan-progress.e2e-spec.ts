import {
  CREATE_ACTION_ITEM,
  POST_ACTION_UPDATE,
  UPDATE_ACTION_ITEM,
} from './support/action-item-documents';
import {
  MeasureRef,
  PINNED_NOW,
  planMeasures,
  seedTaskForceWorld,
  TaskForceWorld,
} from './support/factories';
import { codeOf, startTestApp, TestApp } from './support/test-app';

const PROGRESS = /* GraphQL */ `
  fragment Summary on ProgressSummary {
    actionItemsOpen
    actionItemsInProgress
    actionItemsDone
    actionItemsCancelled
    taskForces
    municipalities
    preventionActivities
    participants
    indicatorProgress
  }
  query ($planId: ID!) {
    planProgress(planId: $planId) {
      plan {
        code
      }
      summary {
        ...Summary
      }
      goals {
        goal {
          id
        }
        summary {
          ...Summary
        }
        objectives {
          objective {
            id
          }
          summary {
            ...Summary
          }
          measures {
            measure {
              id
              code
            }
            summary {
              ...Summary
            }
            indicators {
              indicator {
                id
                targetValue
              }
              total
              target
              percent
            }
          }
        }
      }
    }
  }
`;
const RECORD_ACTIVITY = /* GraphQL */ `
  mutation ($input: RecordPreventionActivityInput!) {
    recordPreventionActivity(input: $input) {
      id
    }
  }
`;

describe('Plan progress', () => {
  let t: TestApp;
  let w: TaskForceWorld;
  let plan: Awaited<ReturnType<typeof planMeasures>>;
  let a: MeasureRef;
  let b: MeasureRef;

  const item = async (
    taskForceId: string,
    token: string,
    assigneeId: string,
    measureIds: string[],
    status?: string,
  ) => {
    const created = (
      await t.gql(
        CREATE_ACTION_ITEM,
        {
          input: { taskForceId, title: 'Užduotis', assigneeId, dueDate: '2026-09-01', measureIds },
        },
        token,
      )
    ).data.createActionItem;
    if (status)
      await t.gql(
        UPDATE_ACTION_ITEM,
        { input: { id: created.id, version: created.version, status } },
        token,
      );
    return created;
  };

  beforeAll(async () => {
    t = await startTestApp({ fixedNow: PINNED_NOW, demoData: true });
    w = await seedTaskForceWorld(t);
    plan = await planMeasures(t, w.admin);
    // Two measures of one objective, the first with a counted indicator.
    const tree = (await t.gql(PROGRESS, { planId: plan.activePlanId }, w.ministry)).data
      .planProgress;
    const counted = (id: string) =>
      plan.active.find((m) => m.id === id)!.indicators.some((i) => i.unit === 'asmenys');
    const objective = tree.goals
      .flatMap((g: any) => g.objectives)
      .find(
        (o: any) => o.measures.length > 1 && o.measures.some((m: any) => counted(m.measure.id)),
      );
    const ids: string[] = objective.measures.map((m: any) => m.measure.id);
    a = plan.active.find((m) => m.id === ids.find(counted))!;
    b = plan.active.find((m) => m.id === ids.find((id) => id !== a.id))!;
  });
  afterAll(() => t.close());

  const measureOf = (progress: any, id: string) =>
    progress.goals
      .flatMap((g: any) => g.objectives.flatMap((o: any) => o.measures))
      .find((m: any) => m.measure.id === id);

  it('adds up items, engagement, activities and indicators per measure and rolls them up', async () => {
    const before = (await t.gql(PROGRESS, { planId: plan.activePlanId }, w.ministry)).data
      .planProgress;
    const baseA = measureOf(before, a.id);

    const both = await item(w.taskForceId, w.secretary.token, w.member.personId, [a.id, b.id]);
    await item(w.taskForceId, w.secretary.token, w.member.personId, [a.id], 'DONE');
    await item(w.taskForceId, w.secretary.token, w.member.personId, [a.id], 'CANCELLED');
    await item(w.otherTaskForceId, w.outsider.token, w.outsider.personId, [a.id], 'IN_PROGRESS');
    const indicator = a.indicators.find((i) => i.unit === 'asmenys')!;
    await t.gql(
      POST_ACTION_UPDATE,
      {
        input: {
          actionItemId: both.id,
          text: 'Apmokyta.',
          contributions: [{ indicatorId: indicator.id, value: 30 }],
        },
      },
      w.member.token,
    );
    await t.gql(
      RECORD_ACTIVITY,
      {
        input: {
          taskForceId: w.otherTaskForceId,
          kind: 'TRAINING_FOR_SPECIALISTS',
          title: 'Mokymai',
          date: '2026-05-01',
          targetGroup: 'SPECIALISTS',
          participants: 25,
          measureIds: [a.id, b.id],
        },
      },
      w.outsider.token,
    );

    const after = (await t.gql(PROGRESS, { planId: plan.activePlanId }, w.ministry)).data
      .planProgress;
    const progressA = measureOf(after, a.id);
    const delta = (field: string) => progressA.summary[field] - baseA.summary[field];
    expect({
      open: delta('actionItemsOpen'),
      inProgress: delta('actionItemsInProgress'),
      done: delta('actionItemsDone'),
      cancelled: delta('actionItemsCancelled'),
      activities: delta('preventionActivities'),
      participants: delta('participants'),
    }).toEqual({ open: 1, inProgress: 1, done: 1, cancelled: 1, activities: 1, participants: 25 });
    expect(progressA.summary.taskForces).toBeGreaterThanOrEqual(2);

    const row = progressA.indicators.find((i: any) => i.indicator.id === indicator.id);
    const baseRow = baseA.indicators.find((i: any) => i.indicator.id === indicator.id);
    expect(row.total - baseRow.total).toBe(30);
    expect(row.target).toBe(row.indicator.targetValue);
    expect(row.percent).toBeCloseTo((row.total / row.target) * 100, 1);

    // Rolled up: an item and an activity linked to two measures of one objective count once.
    const objective = after.goals
      .flatMap((g: any) => g.objectives)
      .find((o: any) => o.measures.some((m: any) => m.measure.id === a.id));
    const sameObjective = objective.measures.some((m: any) => m.measure.id === b.id);
    const baseObjective = before.goals
      .flatMap((g: any) => g.objectives)
      .find((o: any) => o.objective.id === objective.objective.id);
    if (sameObjective) {
      expect(objective.summary.actionItemsOpen - baseObjective.summary.actionItemsOpen).toBe(1);
      expect(
        objective.summary.preventionActivities - baseObjective.summary.preventionActivities,
      ).toBe(1);
    }
    const sum = (list: any[], field: string) => list.reduce((n, x) => n + x.summary[field], 0);
    expect(after.summary.actionItemsDone).toBeLessThanOrEqual(sum(after.goals, 'actionItemsDone'));
    expect(after.summary.taskForces).toBeGreaterThanOrEqual(2);
    const capped = objective.measures
      .flatMap((m: any) => m.indicators)
      .map((i: any) => Math.min(100, i.percent));
    const mean = capped.reduce((x: number, y: number) => x + y, 0) / capped.length;
    expect(objective.summary.indicatorProgress).toBeCloseTo(mean, 0);
  });

  it('is for the national roles', async () => {
    for (const token of [w.admin, w.commission, w.ministry]) {
      expect(codeOf(await t.gql(PROGRESS, { planId: plan.activePlanId }, token))).toBeUndefined();
    }
    for (const token of [w.chair.token, w.member.token]) {
      expect(codeOf(await t.gql(PROGRESS, { planId: plan.activePlanId }, token))).toBe('FORBIDDEN');
    }
    const unknown = await t.gql(
      PROGRESS,
      { planId: '00000000-0000-4000-8000-000000000000' },
      w.ministry,
    );
    expect(codeOf(unknown)).toBe('NOT_FOUND');
  });
});
