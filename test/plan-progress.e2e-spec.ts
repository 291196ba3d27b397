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

describe('Plan progress rounding (issue 13, item 9)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ fixedNow: PINNED_NOW, demoData: true });
  });
  afterAll(() => t.close());

  const oneDecimal = (x: number) => Math.round(x * 10) / 10;
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const capped = (total: number, target: number) => Math.min(100, (total / target) * 100);

  it('rolls up the exact percentages and rounds once, at the end', async () => {
    const w = await seedTaskForceWorld(t);
    const plan = await planMeasures(t, w.admin);
    const before = (await t.gql(PROGRESS, { planId: plan.activePlanId }, w.ministry)).data
      .planProgress;
    // An objective and an addition to its first indicator where rounding each indicator
    // first gives another mean than rounding once (like 3.667% and 9%: 6.4 against 6.3).
    let found: { objective: any; indicators: any[]; add: number } | undefined;
    for (const objective of before.goals.flatMap((g: any) => g.objectives)) {
      const indicators = objective.measures.flatMap((m: any) =>
        m.indicators.map((i: any) => ({ ...i, measureId: m.measure.id })),
      );
      if (indicators.length < 2) continue;
      for (let add = 1; add <= 200 && !found; add++) {
        const totals = indicators.map((i: any, n: number) => i.total + (n ? 0 : add));
        const exact = mean(totals.map((x: number, n: number) => capped(x, indicators[n].target)));
        const early = mean(
          totals.map((x: number, n: number) =>
            Math.min(100, oneDecimal((x / indicators[n].target) * 100)),
          ),
        );
        if (oneDecimal(exact) !== oneDecimal(early)) found = { objective, indicators, add };
      }
      if (found) break;
    }
    const { objective, indicators, add } = found!;
    const first = indicators[0];
    const item = await t.gql(
      CREATE_ACTION_ITEM,
      {
        input: {
          taskForceId: w.taskForceId,
          title: 'Pagalba aukoms',
          assigneeId: w.member.personId,
          dueDate: '2026-09-01',
          measureIds: [first.measureId],
        },
      },
      w.secretary.token,
    );
    const posted = await t.gql(
      POST_ACTION_UPDATE,
      {
        input: {
          actionItemId: item.data.createActionItem.id,
          text: 'Suteikta pagalba.',
          contributions: [{ indicatorId: first.indicator.id, value: add }],
        },
      },
      w.member.token,
    );
    expect(posted.errors).toBeUndefined();

    const after = (await t.gql(PROGRESS, { planId: plan.activePlanId }, w.ministry)).data
      .planProgress;
    const rolled = after.goals
      .flatMap((g: any) => g.objectives)
      .find((o: any) => o.objective.id === objective.objective.id);
    const rows = rolled.measures.flatMap((m: any) => m.indicators);
    expect(rows[0].total).toBe(first.total + add);
    const exact = mean(rows.map((i: any) => capped(i.total, i.target)));
    expect(rolled.summary.indicatorProgress).toBe(oneDecimal(exact));
    // Each indicator is still shown rounded to one decimal.
    for (const row of rows) expect(row.percent).toBe(oneDecimal((row.total / row.target) * 100));
  });
});
