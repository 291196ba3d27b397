import { CREATE_ACTION_ITEM, POST_ACTION_UPDATE } from './support/action-item-documents';
import {
  MeasureRef,
  PINNED_NOW,
  planMeasures,
  seedTaskForceWorld,
  TaskForceWorld,
} from './support/factories';
import { codeOf, onPostgres, startTestApp, TestApp } from './support/test-app';

/**
 * Issue 12, item 13: figures have realistic maxima (an indicator contribution at most
 * 1,000,000,000, an activity's participants at most 1,000,000), and sums are Floats, which hold
 * any sum of such figures exactly, where GraphQL's 32-bit Int overflowed.
 */

const RECORD_ACTIVITY = /* GraphQL */ `
  mutation ($input: RecordPreventionActivityInput!) {
    recordPreventionActivity(input: $input) {
      id
    }
  }
`;
const ITEM_TOTALS = /* GraphQL */ `
  query ($id: ID!) {
    actionItem(id: $id) {
      indicatorTotals {
        indicatorId
        total
      }
    }
  }
`;
const PLAN_PROGRESS = /* GraphQL */ `
  query ($planId: ID!) {
    planProgress(planId: $planId) {
      summary {
        participants
        preventionActivities
      }
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
  }
`;
const STATUS_OVERVIEW = /* GraphQL */ `
  {
    statusOverview {
      rows {
        taskForce {
          id
        }
        preventionActivities
        preventionParticipants
      }
    }
  }
`;
const GENERATE = /* GraphQL */ `
  mutation ($input: GenerateAnnualReportInput!) {
    generateAnnualReport(input: $input) {
      figures {
        preventionParticipants
        activitiesByKind {
          label
          participants
        }
        indicators {
          total
        }
      }
    }
  }
`;

describe('Bounded figures and sums that cannot overflow', () => {
  let t: TestApp;
  let w: TaskForceWorld;
  let planId: string;
  let measure: MeasureRef;
  let itemId: string;

  beforeAll(async () => {
    t = await startTestApp({ fixedNow: PINNED_NOW });
    w = await seedTaskForceWorld(t);
    const plans = await planMeasures(t, w.secretary.token);
    planId = plans.activePlanId;
    measure = plans.active.find((m) =>
      m.indicators.some((i) => !['%', 'proc.'].includes(i.unit.trim().toLowerCase())),
    )!;
    const item = await t.gql(
      CREATE_ACTION_ITEM,
      {
        input: {
          taskForceId: w.taskForceId,
          title: 'Informacinė kampanija',
          assigneeId: w.member.personId,
          dueDate: '2026-09-01',
          measureIds: [measure.id],
        },
      },
      w.secretary.token,
    );
    itemId = item.data.createActionItem.id;
  });
  afterAll(() => t.close());

  const contribute = (value: number) =>
    t.gql(
      POST_ACTION_UPDATE,
      {
        input: {
          actionItemId: itemId,
          text: 'Pasiekta auditorija.',
          contributions: [{ indicatorId: indicator().id, value }],
        },
      },
      w.member.token,
    );
  const indicator = () =>
    measure.indicators.find((i) => !['%', 'proc.'].includes(i.unit.trim().toLowerCase()))!;

  const planTotal = async () => {
    const progress = await t.gql(PLAN_PROGRESS, { planId }, w.commission);
    expect(progress.errors).toBeUndefined();
    const row = progress.data.planProgress.goals
      .flatMap((g: any) => g.objectives.flatMap((o: any) => o.measures))
      .find((m: any) => m.measure.id === measure.id);
    return row.indicators.find((i: any) => i.indicator.id === indicator().id).total as number;
  };

  it('refuses an indicator figure over 1,000,000,000, and sums the largest ones exactly', async () => {
    // The demo data's own figures count towards the plan's total too.
    const before = await planTotal();
    for (const value of [1e308, 1_000_000_001]) {
      const res = await contribute(value);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions.fields?.[0].field).toBe('contributions.0.value');
    }
    for (let i = 0; i < 3; i++) expect((await contribute(1_000_000_000)).errors).toBeUndefined();

    const totals = await t.gql(ITEM_TOTALS, { id: itemId }, w.secretary.token);
    expect(totals.data.actionItem.indicatorTotals).toEqual([
      { indicatorId: indicator().id, total: 3_000_000_000 },
    ]);
    expect(await planTotal()).toBe(before + 3_000_000_000);
  });

  it('refuses more than 1,000,000 participants, and sums billions of them', async () => {
    const activity = (participants: number) =>
      t.gql(
        RECORD_ACTIVITY,
        {
          input: {
            taskForceId: w.taskForceId,
            kind: 'MASS_MEDIA_PUBLICATION',
            title: 'Laida per nacionalinę televiziją',
            date: '2026-05-04',
            targetGroup: 'GENERAL_PUBLIC',
            participants,
            measureIds: [measure.id],
          },
        },
        w.secretary.token,
      );
    expect(codeOf(await activity(1_000_001))).toBe('BAD_USER_INPUT');
    expect((await activity(1_000_000)).errors).toBeUndefined();

    // 4,096 such broadcasts (copied in SQL: recording them one by one would take minutes) reach
    // 4,096,000,000 people, more than a 32-bit Int holds.
    const newId = onPostgres ? 'gen_random_uuid()' : 'lower(hex(randomblob(16)))';
    for (let i = 0; i < 12; i++) {
      await t.sql(
        `INSERT INTO prevention_activity (id, version, task_force_id, kind, title, date, target_group, participants)
         SELECT ${newId}, 1, task_force_id, kind, title, date, target_group, participants
         FROM prevention_activity WHERE task_force_id = ?`,
        [w.taskForceId],
      );
    }
    await t.sql(
      `INSERT INTO prevention_activity_measure (activity_id, measure_id)
       SELECT a.id, ? FROM prevention_activity a WHERE a.task_force_id = ?
       AND NOT EXISTS (SELECT 1 FROM prevention_activity_measure l WHERE l.activity_id = a.id)`,
      [measure.id, w.taskForceId],
    );
    const people = 4096 * 1_000_000;

    const overview = await t.gql(STATUS_OVERVIEW, {}, w.commission);
    expect(overview.errors).toBeUndefined();
    const ours = overview.data.statusOverview.rows.find(
      (r: any) => r.taskForce.id === w.taskForceId,
    );
    expect(ours).toEqual({
      taskForce: { id: w.taskForceId },
      preventionActivities: 4096,
      preventionParticipants: people,
    });

    const progress = await t.gql(PLAN_PROGRESS, { planId }, w.commission);
    expect(progress.errors).toBeUndefined();
    expect(progress.data.planProgress.summary.participants).toBeGreaterThanOrEqual(people);

    const report = await t.gql(
      GENERATE,
      { input: { taskForceId: w.taskForceId, year: 2026 } },
      w.secretary.token,
    );
    expect(report.errors).toBeUndefined();
    expect(report.data.generateAnnualReport.figures).toMatchObject({
      preventionParticipants: people,
      activitiesByKind: [{ label: 'MASS_MEDIA_PUBLICATION', participants: people }],
      indicators: [{ total: 3_000_000_000 }],
    });
  });
});
