import { CREATE_ACTION_ITEM } from './support/action-item-documents';
import {
  MeasureRef,
  PINNED_NOW,
  planMeasures,
  seedTaskForceWorld,
  TaskForceWorld,
} from './support/factories';
import { codeOf, startTestApp, TestApp } from './support/test-app';

const ACTIVITY_FIELDS = /* GraphQL */ `
  fragment Activity on PreventionActivity {
    id
    version
    title
    participants
    place
    withdrawnAt
    withdrawalReason
    withdrawnBy {
      id
    }
    measures {
      id
    }
    partners {
      id
    }
    originActionItem {
      id
    }
  }
`;
const RECORD = `${ACTIVITY_FIELDS} mutation ($input: RecordPreventionActivityInput!) { recordPreventionActivity(input: $input) { ...Activity } }`;
const UPDATE = `${ACTIVITY_FIELDS} mutation ($input: UpdatePreventionActivityInput!) { updatePreventionActivity(input: $input) { ...Activity } }`;
const WITHDRAW = `${ACTIVITY_FIELDS} mutation ($input: WithdrawPreventionActivityInput!) { withdrawPreventionActivity(input: $input) { ...Activity } }`;
const LIST = `${ACTIVITY_FIELDS} query ($taskForceId: ID, $includeWithdrawn: Boolean) { preventionActivities(taskForceId: $taskForceId, includeWithdrawn: $includeWithdrawn, first: 100) { totalCount edges { node { ...Activity } } } }`;

const FIGURES = /* GraphQL */ `
  query ($planId: ID!) {
    statusOverview(from: "2026-01-01", to: "2026-06-15") {
      rows {
        taskForce {
          id
        }
        preventionActivities
        preventionParticipants
      }
    }
    planProgress(planId: $planId) {
      summary {
        preventionActivities
        participants
      }
    }
    nationalPlan(id: $planId) {
      goals {
        objectives {
          measures {
            id
            preventionActivities {
              id
            }
          }
        }
      }
    }
  }
`;
const GENERATE = /* GraphQL */ `
  mutation ($input: GenerateAnnualReportInput!) {
    generateAnnualReport(input: $input) {
      figures {
        preventionActivities
        preventionParticipants
      }
    }
  }
`;
const AUDIT = /* GraphQL */ `
  query ($entityId: ID!) {
    auditEvents(entityType: "PreventionActivity", entityId: $entityId) {
      edges {
        node {
          operation
          after
        }
      }
    }
  }
`;

describe('Corrections of prevention activities', () => {
  let t: TestApp;
  let w: TaskForceWorld;
  let planId: string;
  let measures: MeasureRef[];

  beforeAll(async () => {
    t = await startTestApp({ fixedNow: PINNED_NOW });
    w = await seedTaskForceWorld(t);
    const plan = await planMeasures(t, w.admin);
    planId = plan.activePlanId;
    measures = plan.active;
  });
  afterAll(() => t.close());

  const record = async (extra: Record<string, unknown> = {}, token = w.secretary.token) => {
    const input = {
      taskForceId: w.taskForceId,
      kind: 'LECTURE_FOR_RISK_GROUP',
      title: 'Paskaita moksleiviams',
      date: '2026-05-10',
      targetGroup: 'SCHOOLS',
      participants: 40,
      measureIds: [measures[0].id],
      ...extra,
    };
    const res = await t.gql(RECORD, { input }, token);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.recordPreventionActivity;
  };

  /** Activities and participants in the overview, plan progress, the trace and the report. */
  const figures = async () => {
    const res = (await t.gql(FIGURES, { planId }, w.ministry)).data;
    const row = res.statusOverview.rows.find((r: any) => r.taskForce.id === w.taskForceId);
    const report = await t.gql(
      GENERATE,
      { input: { taskForceId: w.taskForceId, year: 2026 } },
      w.secretary.token,
    );
    const traced = res.nationalPlan.goals
      .flatMap((g: any) => g.objectives.flatMap((o: any) => o.measures))
      .flatMap((m: any) => m.preventionActivities.map((a: any) => a.id));
    return {
      overview: [row.preventionActivities, row.preventionParticipants],
      progress: [
        res.planProgress.summary.preventionActivities,
        res.planProgress.summary.participants,
      ],
      report: Object.values(report.data.generateAnnualReport.figures) as number[],
      traced: new Set(traced).size,
    };
  };

  it('corrects an activity, and every figure follows', async () => {
    const base = await figures();
    const activity = await record();
    const res = await t.gql(
      UPDATE,
      {
        input: {
          id: activity.id,
          version: activity.version,
          title: 'Paskaita gimnazistams',
          participants: 14,
          place: null,
          measureIds: [measures[1].id],
        },
      },
      w.secretary.token,
    );
    expect(res.errors).toBeUndefined();
    const updated = res.data.updatePreventionActivity;
    expect(updated).toMatchObject({
      version: activity.version + 1,
      title: 'Paskaita gimnazistams',
      participants: 14,
      place: null,
      measures: [{ id: measures[1].id }],
      withdrawnAt: null,
    });
    const after = await figures();
    expect(after.overview).toEqual([base.overview[0] + 1, base.overview[1] + 14]);
    expect(after.progress).toEqual([base.progress[0] + 1, base.progress[1] + 14]);
    expect(after.report).toEqual([base.report[0] + 1, base.report[1] + 14]);

    // Only the partners changed: the version still rises, so an older copy is stale.
    const partnered = await t.gql(
      UPDATE,
      { input: { id: activity.id, version: updated.version, partnerInstitutionIds: [] } },
      w.secretary.token,
    );
    expect(partnered.data.updatePreventionActivity.version).toBe(updated.version + 1);
    const stale = await t.gql(
      UPDATE,
      { input: { id: activity.id, version: updated.version, participants: 15 } },
      w.secretary.token,
    );
    expect(codeOf(stale)).toBe('CONFLICT');
  });

  it('withdraws an activity: listed only on request, audited, counted nowhere', async () => {
    const base = await figures();
    const activity = await record({ participants: 60 });
    const res = await t.gql(
      WITHDRAW,
      { input: { id: activity.id, version: activity.version, reason: 'Įrašyta per klaidą.' } },
      w.chair.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.withdrawPreventionActivity).toMatchObject({
      withdrawalReason: 'Įrašyta per klaidą.',
      withdrawnBy: { id: w.chair.personId },
    });
    expect(res.data.withdrawPreventionActivity.withdrawnAt).toEqual(expect.any(String));
    expect(await figures()).toEqual(base);

    const listed = async (includeWithdrawn?: boolean) =>
      (
        await t.gql(LIST, { taskForceId: w.taskForceId, includeWithdrawn }, w.observer.token)
      ).data.preventionActivities.edges.map((e: any) => e.node.id);
    expect(await listed()).not.toContain(activity.id);
    expect(await listed(true)).toContain(activity.id);

    const withdrawn = res.data.withdrawPreventionActivity;
    const again = await t.gql(
      WITHDRAW,
      { input: { id: activity.id, version: withdrawn.version, reason: 'Dar kartą.' } },
      w.chair.token,
    );
    expect(codeOf(again)).toBe('FAILED_PRECONDITION');
    const change = await t.gql(
      UPDATE,
      { input: { id: activity.id, version: withdrawn.version, participants: 5 } },
      w.chair.token,
    );
    expect(codeOf(change)).toBe('FAILED_PRECONDITION');
    expect(change.errors![0].message).toMatch(/withdrawn on 2026-06-15/);

    const audit = (await t.gql(AUDIT, { entityId: activity.id }, w.ministry)).data.auditEvents;
    const operations = audit.edges.map((e: any) => e.node.operation);
    expect(operations).toEqual(
      expect.arrayContaining(['recordPreventionActivity', 'withdrawPreventionActivity']),
    );
    const event = audit.edges.find((e: any) => e.node.operation === 'withdrawPreventionActivity');
    expect(JSON.parse(event.node.after)).toMatchObject({
      participants: 60,
      withdrawalReason: 'Įrašyta per klaidą.',
    });
  });

  it('lets the assignee correct an activity of their own item, and no one else beyond the record keepers', async () => {
    const item = async (assigneeId: string) =>
      (
        await t.gql(
          CREATE_ACTION_ITEM,
          {
            input: {
              taskForceId: w.taskForceId,
              title: 'Surengti paskaitą',
              assigneeId,
              dueDate: '2026-09-01',
              measureIds: [measures[0].id],
            },
          },
          w.secretary.token,
        )
      ).data.createActionItem.id;
    const own = await item(w.member.personId);
    const others = await item(w.others[0]);
    const mine = await record({ originActionItemId: own }, w.member.token);
    const keepers = await record();

    const update = (activity: any, token: string, extra: Record<string, unknown> = {}) =>
      t.gql(
        UPDATE,
        { input: { id: activity.id, version: activity.version, participants: 41, ...extra } },
        token,
      );
    expect(codeOf(await update(keepers, w.member.token))).toBe('FORBIDDEN');
    expect(codeOf(await update(mine, w.member.token, { originActionItemId: others }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await update(mine, w.member.token, { originActionItemId: null }))).toBe(
      'FORBIDDEN',
    );
    for (const token of [w.observer.token, w.outsider.token, w.ministry]) {
      expect(codeOf(await update(mine, token))).toBe('FORBIDDEN');
    }
    const corrected = await update(mine, w.member.token);
    expect(corrected.data.updatePreventionActivity.participants).toBe(41);
    const withdrawn = await t.gql(
      WITHDRAW,
      {
        input: {
          id: mine.id,
          version: corrected.data.updatePreventionActivity.version,
          reason: 'Renginys neįvyko.',
        },
      },
      w.member.token,
    );
    expect(withdrawn.errors).toBeUndefined();
  });

  it('refuses bad input naming the field', async () => {
    const activity = await record();
    const cases: [Record<string, unknown>, string][] = [
      [{ participants: -1 }, 'participants'],
      // Activities are recorded once they have happened; moving one into the future too.
      [{ date: '2026-12-31' }, 'date'],
      [{ title: null }, 'title'],
      [{ measureIds: ['00000000-0000-4000-8000-000000000000'] }, 'measureIds'],
      [{ originActionItemId: '00000000-0000-4000-8000-000000000000' }, 'originActionItemId'],
    ];
    for (const [input, field] of cases) {
      const res = await t.gql(
        UPDATE,
        { input: { id: activity.id, version: activity.version, ...input } },
        w.secretary.token,
      );
      expect([codeOf(res), res.errors![0].extensions.fields?.[0].field]).toEqual([
        'BAD_USER_INPUT',
        field,
      ]);
    }
    const blank = await t.gql(
      WITHDRAW,
      { input: { id: activity.id, version: activity.version, reason: '  ' } },
      w.secretary.token,
    );
    expect([codeOf(blank), blank.errors![0].extensions.fields?.[0].field]).toEqual([
      'BAD_USER_INPUT',
      'reason',
    ]);
  });
});
