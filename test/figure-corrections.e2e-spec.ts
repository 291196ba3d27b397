import { CREATE_ACTION_ITEM } from './support/action-item-documents';
import {
  MeasureRef,
  PINNED_NOW,
  planMeasures,
  seedTaskForceWorld,
  TaskForceWorld,
} from './support/factories';
import { codeOf, startTestApp, TestApp } from './support/test-app';

const REPORT = /* GraphQL */ `
  mutation Report($input: PostActionUpdateInput!) {
    postActionUpdate(input: $input) {
      id
      contributions {
        id
      }
    }
  }
`;

const CORRECT = /* GraphQL */ `
  mutation Correct($input: CorrectContributionInput!) {
    correctContribution(input: $input) {
      id
      text
      author {
        id
      }
      correctionOf {
        id
        value
        counted
        correctedBy {
          id
        }
      }
      actionItem {
        indicatorTotals {
          indicatorId
          total
          contributions
        }
      }
    }
  }
`;

const HISTORY = /* GraphQL */ `
  query History($id: ID!) {
    actionItem(id: $id) {
      updates {
        text
        contributions {
          value
          counted
          replaces {
            value
            counted
            correctedBy {
              text
              author {
                id
              }
            }
          }
        }
        correctionOf {
          value
        }
      }
    }
  }
`;

const TOTALS = /* GraphQL */ `
  query Totals($planId: ID!, $taskForceId: ID!) {
    planProgress(planId: $planId) {
      goals {
        objectives {
          measures {
            measure {
              id
            }
            indicators {
              indicator {
                id
              }
              total
            }
          }
        }
      }
    }
    nationalPlan(id: $planId) {
      goals {
        objectives {
          measures {
            id
            indicatorTotals {
              indicatorId
              total
            }
          }
        }
      }
    }
    taskForce(id: $taskForceId) {
      id
    }
  }
`;

const GENERATE = /* GraphQL */ `
  mutation Generate($input: GenerateAnnualReportInput!) {
    generateAnnualReport(input: $input) {
      figures {
        indicators {
          indicator
          total
        }
      }
    }
  }
`;

const AUDIT = /* GraphQL */ `
  query Audit($entityId: ID!) {
    auditEvents(entityType: "IndicatorContribution", entityId: $entityId) {
      edges {
        node {
          operation
          before
          after
        }
      }
    }
  }
`;

describe('Corrections of indicator figures', () => {
  let t: TestApp;
  let w: TaskForceWorld;
  let planId: string;
  let measure: MeasureRef;
  let indicatorId: string;

  beforeAll(async () => {
    t = await startTestApp({ fixedNow: PINNED_NOW });
    w = await seedTaskForceWorld(t);
    const plan = await planMeasures(t, w.admin);
    planId = plan.activePlanId;
    measure = plan.active.find((m) => m.indicators.some((i) => i.unit === 'asmenys'))!;
    indicatorId = measure.indicators.find((i) => i.unit === 'asmenys')!.id;
  });
  afterAll(() => t.close());

  /** An item of the member's with one figure the member reported; the figure's id. */
  const reportedFigure = async (value: number, token = w.member.token) => {
    const item = (
      await t.gql(
        CREATE_ACTION_ITEM,
        {
          input: {
            taskForceId: w.taskForceId,
            title: 'Mokymai specialistams',
            assigneeId: w.member.personId,
            dueDate: '2026-09-01',
            measureIds: [measure.id],
          },
        },
        w.secretary.token,
      )
    ).data.createActionItem;
    const contributions = [{ indicatorId, value }];
    const update = await t.gql(
      REPORT,
      { input: { actionItemId: item.id, text: 'Apmokyta.', contributions } },
      token,
    );
    return {
      itemId: item.id as string,
      figureId: update.data.postActionUpdate.contributions[0].id,
    };
  };

  const correct = (input: Record<string, unknown>, token: string) =>
    t.gql(CORRECT, { input: { reason: 'Klaida įvedant skaičių.', ...input } }, token);

  /** Plan progress, the measure's trace and a fresh 2026 report, for the one indicator. */
  const everyTotal = async () => {
    const res = await t.gql(TOTALS, { planId, taskForceId: w.taskForceId }, w.ministry);
    const progress = res.data.planProgress.goals
      .flatMap((g: any) => g.objectives.flatMap((o: any) => o.measures))
      .find((m: any) => m.measure.id === measure.id)
      .indicators.find((i: any) => i.indicator.id === indicatorId).total;
    const trace = res.data.nationalPlan.goals
      .flatMap((g: any) => g.objectives.flatMap((o: any) => o.measures))
      .find((m: any) => m.id === measure.id)
      .indicatorTotals.find((i: any) => i.indicatorId === indicatorId)?.total;
    const report = await t.gql(
      GENERATE,
      { input: { taskForceId: w.taskForceId, year: 2026 } },
      w.secretary.token,
    );
    const figures = report.data.generateAnnualReport.figures.indicators;
    return {
      progress,
      trace: trace ?? 0,
      report: figures.reduce((sum: number, row: any) => sum + row.total, 0),
    };
  };

  /** How much each total grew since `base`. */
  const growth = async (base: Awaited<ReturnType<typeof everyTotal>>) => {
    const now = await everyTotal();
    return {
      progress: now.progress - base.progress,
      trace: now.trace - base.trace,
      report: now.report - base.report,
    };
  };

  it('replaces a mistyped figure in every total and keeps the original in the history', async () => {
    const base = await everyTotal();
    const { itemId, figureId } = await reportedFigure(250);
    expect(await growth(base)).toEqual({ progress: 250, trace: 250, report: 250 });

    const res = await correct(
      { contributionId: figureId, value: 25, reason: 'Apmokyta 25, ne 250.' },
      w.member.token,
    );
    expect(res.errors).toBeUndefined();
    const correction = res.data.correctContribution;
    expect(correction).toMatchObject({
      text: 'Apmokyta 25, ne 250.',
      author: { id: w.member.personId },
      correctionOf: {
        id: figureId,
        value: 250,
        counted: false,
        correctedBy: { id: correction.id },
      },
      actionItem: { indicatorTotals: [{ indicatorId, total: 25, contributions: 1 }] },
    });
    expect(await growth(base)).toEqual({ progress: 25, trace: 25, report: 25 });

    const updates = (await t.gql(HISTORY, { id: itemId }, w.observer.token)).data.actionItem
      .updates;
    expect(updates).toEqual([
      {
        text: 'Apmokyta.',
        contributions: [
          {
            value: 25,
            counted: true,
            replaces: {
              value: 250,
              counted: false,
              correctedBy: { text: 'Apmokyta 25, ne 250.', author: { id: w.member.personId } },
            },
          },
        ],
        correctionOf: null,
      },
      { text: 'Apmokyta 25, ne 250.', contributions: [], correctionOf: { value: 250 } },
    ]);

    const audit = (await t.gql(AUDIT, { entityId: figureId }, w.ministry)).data.auditEvents.edges;
    const event = audit.find((e: any) => e.node.operation === 'correctContribution').node;
    expect(JSON.parse(event.before)).toMatchObject({ value: 250, correctedByUpdateId: null });
    expect(JSON.parse(event.after)).toMatchObject({
      value: 250,
      correctedByUpdateId: correction.id,
      replacementValue: 25,
    });
  });

  it('withdraws a figure (value null or 0) and corrects a correction', async () => {
    const before = await everyTotal();
    const first = await reportedFigure(40);
    const second = await reportedFigure(7);
    const withdrawn = await correct(
      { contributionId: first.figureId, value: null },
      w.secretary.token,
    );
    expect(withdrawn.data.correctContribution.actionItem.indicatorTotals).toEqual([]);
    await correct({ contributionId: second.figureId, value: 0 }, w.member.token);
    expect(await everyTotal()).toEqual(before);

    const third = await reportedFigure(12);
    const once = await correct({ contributionId: third.figureId, value: 21 }, w.member.token);
    const replacement = (await t.gql(HISTORY, { id: third.itemId }, w.member.token)).data.actionItem
      .updates[0].contributions[0];
    expect(replacement).toMatchObject({ value: 21, replaces: { value: 12 } });
    const again = await correct({ contributionId: third.figureId, value: 13 }, w.member.token);
    expect(codeOf(again)).toBe('FAILED_PRECONDITION');
    expect(again.errors![0].message).toMatch(/already been corrected/);
    expect(once.errors).toBeUndefined();
  });

  it('refuses bad values and a blank reason, naming the field', async () => {
    const { figureId } = await reportedFigure(30);
    const cases: [Record<string, unknown>, string][] = [
      [{ value: -5 }, 'value'],
      [{ value: 30 }, 'value'],
      [{ value: 2.5 }, 'value'],
      [{ value: 20, reason: '   ' }, 'reason'],
    ];
    for (const [input, field] of cases) {
      const res = await correct({ contributionId: figureId, ...input }, w.member.token);
      expect([codeOf(res), res.errors![0].extensions.fields?.[0].field]).toEqual([
        'BAD_USER_INPUT',
        field,
      ]);
    }
    const missing = await correct(
      { contributionId: '00000000-0000-4000-8000-000000000000', value: 3 },
      w.secretary.token,
    );
    expect(codeOf(missing)).toBe('NOT_FOUND');
  });

  it('lets only the reporter and the record keepers correct a figure', async () => {
    const { figureId } = await reportedFigure(30, w.secretary.token);
    for (const token of [w.member.token, w.observer.token, w.outsider.token, w.ministry]) {
      expect(codeOf(await correct({ contributionId: figureId, value: 3 }, token))).toBe(
        'FORBIDDEN',
      );
    }
    const res = await correct({ contributionId: figureId, value: 3 }, w.chair.token);
    expect(res.errors).toBeUndefined();
  });
});
