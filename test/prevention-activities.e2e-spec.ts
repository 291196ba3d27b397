import { CREATE_ACTION_ITEM, POST_ACTION_UPDATE } from './support/action-item-documents';
import {
  MeasureRef,
  PINNED_NOW,
  planMeasures,
  seedTaskForceWorld,
  TaskForceWorld,
} from './support/factories';
import { markHeld, scheduleMeeting } from './support/meeting-builders';
import { RECORD_DECISION } from './support/meeting-documents';
import { codeOf, startTestApp, TestApp } from './support/test-app';

const RECORD = /* GraphQL */ `
  mutation Record($input: RecordPreventionActivityInput!) {
    recordPreventionActivity(input: $input) {
      id
      kind
      title
      date
      place
      targetGroup
      participants
      partners {
        id
      }
      measures {
        id
      }
      originActionItem {
        id
      }
      taskForce {
        id
      }
    }
  }
`;

const ACTIVITIES = /* GraphQL */ `
  query Activities(
    $taskForceId: ID
    $kind: PreventionActivityKind
    $targetGroup: TargetGroup
    $from: LocalDate
    $to: LocalDate
    $measureId: ID
  ) {
    preventionActivities(
      taskForceId: $taskForceId
      kind: $kind
      targetGroup: $targetGroup
      from: $from
      to: $to
      measureId: $measureId
      first: 100
    ) {
      totalCount
      edges {
        node {
          id
          date
        }
      }
    }
  }
`;

const MEASURE_TRACE = /* GraphQL */ `
  query Trace($id: ID!) {
    nationalPlan(id: $id) {
      goals {
        objectives {
          measures {
            id
            decisions {
              id
            }
            actionItems {
              id
            }
            preventionActivities {
              id
            }
            indicatorTotals {
              indicatorId
              total
            }
          }
        }
      }
    }
  }
`;

const INSTITUTIONS = /* GraphQL */ `
  query {
    institutions(first: 3) {
      edges {
        node {
          id
        }
      }
    }
  }
`;

describe('Prevention activities and traceability', () => {
  let t: TestApp;
  let w: TaskForceWorld;
  let plan: Awaited<ReturnType<typeof planMeasures>>;
  let a: MeasureRef;
  let b: MeasureRef;
  let partners: string[];
  const ids: Record<string, string> = {};

  const record = (input: Record<string, unknown>, token = w.secretary.token) =>
    t.gql(
      RECORD,
      {
        input: {
          taskForceId: w.taskForceId,
          kind: 'LECTURE_FOR_RISK_GROUP',
          title: 'Paskaita apie saugų darbą užsienyje',
          date: '2026-03-10',
          place: 'Vilniaus Žirmūnų gimnazija',
          targetGroup: 'SCHOOLS',
          participants: 60,
          ...input,
        },
      },
      token,
    );
  const expectIds = async (
    filter: Record<string, unknown>,
    keys: string[],
    token = w.member.token,
  ) => {
    const res = await t.gql(ACTIVITIES, { taskForceId: w.taskForceId, ...filter }, token);
    expect(res.errors).toBeUndefined();
    const found = res.data.preventionActivities.edges.map((e: any) => e.node.id).sort();
    expect({ filter, found }).toEqual({ filter, found: keys.map((k) => ids[k]).sort() });
  };
  const measureOf = (tree: any, id: string) =>
    tree.goals
      .flatMap((g: any) => g.objectives.flatMap((o: any) => o.measures))
      .find((m: any) => m.id === id);

  beforeAll(async () => {
    t = await startTestApp({ fixedNow: PINNED_NOW });
    w = await seedTaskForceWorld(t);
    plan = await planMeasures(t, w.secretary.token);
    a = plan.active.find((m) => m.indicators.some((i) => i.unit === 'asmenys'))!;
    b = plan.active.find((m) => m.id !== a.id)!;
    partners = (await t.gql(INSTITUTIONS, {}, w.member.token)).data.institutions.edges.map(
      (e: any) => e.node.id,
    );

    const keeper = { taskForceId: w.taskForceId, token: w.secretary.token };
    const meeting = await markHeld(
      t,
      keeper,
      await scheduleMeeting(t, keeper, '2026-02-03T08:00:00Z'),
    );
    ids.decision = (
      await t.gql(
        RECORD_DECISION,
        {
          input: {
            meetingId: meeting.id,
            kind: 'RESOLUTION',
            text: 'Rengti paskaitas.',
            measureIds: [a.id],
          },
        },
        w.secretary.token,
      )
    ).data.recordDecision.id;
    ids.item = (
      await t.gql(
        CREATE_ACTION_ITEM,
        {
          input: {
            taskForceId: w.taskForceId,
            title: 'Paskaitos gimnazijose',
            assigneeId: w.member.personId,
            dueDate: '2026-09-01',
            measureIds: [a.id],
            originDecisionId: ids.decision,
          },
        },
        w.secretary.token,
      )
    ).data.createActionItem.id;
    const indicator = a.indicators.find((i) => i.unit === 'asmenys')!;
    await t.gql(
      POST_ACTION_UPDATE,
      {
        input: {
          actionItemId: ids.item,
          text: 'Pirmosios paskaitos.',
          contributions: [{ indicatorId: indicator.id, value: 40 }],
        },
      },
      w.member.token,
    );
    ids.indicator = indicator.id;
  });
  afterAll(() => t.close());

  it('records activities for the task force, with partners, measures and origin', async () => {
    const lecture = await record({
      partnerInstitutionIds: partners.slice(0, 2),
      measureIds: [a.id],
      originActionItemId: ids.item,
    });
    expect(lecture.errors).toBeUndefined();
    expect(lecture.data.recordPreventionActivity).toMatchObject({
      kind: 'LECTURE_FOR_RISK_GROUP',
      participants: 60,
      originActionItem: { id: ids.item },
      measures: [{ id: a.id }],
    });
    expect(lecture.data.recordPreventionActivity.partners.map((p: any) => p.id).sort()).toEqual(
      partners.slice(0, 2).sort(),
    );
    ids.lecture = lecture.data.recordPreventionActivity.id;
    ids.training = (
      await record({
        kind: 'TRAINING_FOR_SPECIALISTS',
        title: 'Mokymai socialiniams darbuotojams',
        targetGroup: 'SPECIALISTS',
        date: '2026-05-20',
        participants: 25,
        measureIds: [b.id],
      })
    ).data.recordPreventionActivity.id;
    ids.campaign = (
      await record(
        {
          kind: 'INFORMATION_CAMPAIGN',
          title: 'Kampanija „Nebūk prekė“',
          targetGroup: 'GENERAL_PUBLIC',
          date: '2026-06-01',
          participants: 1200,
        },
        w.chair.token,
      )
    ).data.recordPreventionActivity.id;
  });

  it('lets the assignee record an activity of their own item, and nobody else outside the record keepers', async () => {
    const own = await record({ originActionItemId: ids.item, date: '2026-04-01' }, w.member.token);
    expect(own.errors).toBeUndefined();
    ids.own = own.data.recordPreventionActivity.id;
    for (const token of [
      w.member.token,
      w.observer.token,
      w.outsider.token,
      w.admin,
      w.commission,
    ]) {
      expect(codeOf(await record({}, token))).toBe('FORBIDDEN');
    }
    const foreign = await record(
      { taskForceId: w.otherTaskForceId, originActionItemId: ids.item },
      w.outsider.token,
    );
    expect(codeOf(foreign)).toBe('BAD_USER_INPUT');
    const negative = await record({ participants: -1 });
    expect(negative.errors![0].extensions.fields![0].field).toBe('participants');
  });

  it('refuses an activity dated after today, and counts nothing of it (issue 13, item 4)', async () => {
    const before = (await t.gql(ACTIVITIES, { taskForceId: w.taskForceId }, w.member.token)).data
      .preventionActivities.totalCount;
    // The clock stands at 15 June 2026, Vilnius.
    const tomorrow = await record({ date: '2026-06-16', measureIds: [a.id] });
    expect(codeOf(tomorrow)).toBe('BAD_USER_INPUT');
    expect(tomorrow.errors![0].extensions.fields!.map((f) => f.field)).toEqual(['date']);
    expect(tomorrow.errors![0].extensions.fields![0].message).toMatch(/after today/);
    const after = await t.gql(ACTIVITIES, { taskForceId: w.taskForceId }, w.member.token);
    expect(after.data.preventionActivities.totalCount).toBe(before);

    const today = await record({
      date: '2026-06-15',
      kind: 'ROUND_TABLE',
      title: 'Šiandienos apskritasis stalas',
      targetGroup: 'SPECIALISTS',
    });
    expect(today.errors).toBeUndefined();
    ids.today = today.data.recordPreventionActivity.id;
  });

  it('filters by kind, target group, period and measure', async () => {
    await expectIds({}, ['lecture', 'training', 'campaign', 'own', 'today']);
    await expectIds({ kind: 'TRAINING_FOR_SPECIALISTS' }, ['training']);
    await expectIds({ targetGroup: 'SCHOOLS' }, ['lecture', 'own']);
    await expectIds({ from: '2026-04-01', to: '2026-05-20' }, ['training', 'own']);
    await expectIds({ measureId: a.id }, ['lecture']);
    await expectIds({ measureId: b.id }, ['training']);
    await expectIds({}, [], w.outsider.token);
  });

  it('traces a measure to its decisions, items, activities and figures, for those who may read them', async () => {
    const asMember = (await t.gql(MEASURE_TRACE, { id: plan.activePlanId }, w.member.token)).data
      .nationalPlan;
    expect(measureOf(asMember, a.id)).toMatchObject({
      decisions: [{ id: ids.decision }],
      actionItems: [{ id: ids.item }],
      preventionActivities: [{ id: ids.lecture }],
      indicatorTotals: [{ indicatorId: ids.indicator, total: 40 }],
    });
    const asCommission = (await t.gql(MEASURE_TRACE, { id: plan.activePlanId }, w.commission)).data
      .nationalPlan;
    expect(measureOf(asCommission, a.id).actionItems.map((i: any) => i.id)).toContain(ids.item);
    const asOutsider = (await t.gql(MEASURE_TRACE, { id: plan.activePlanId }, w.outsider.token))
      .data.nationalPlan;
    expect(measureOf(asOutsider, a.id)).toMatchObject({
      decisions: [],
      actionItems: [],
      preventionActivities: [],
      indicatorTotals: [],
    });
    const anonymous = await t.gql(MEASURE_TRACE, { id: plan.activePlanId });
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
  });

  it('traces an action item back to its decision, meeting and measures', async () => {
    const res = await t.gql(
      `query($id: ID!) { actionItem(id: $id) { originDecision { id text } originMeeting { number } measures { id } } }`,
      { id: ids.item },
      w.observer.token,
    );
    expect(res.data.actionItem).toMatchObject({
      originDecision: { id: ids.decision, text: 'Rengti paskaitas.' },
      originMeeting: { number: '2026/1' },
      measures: [{ id: a.id }],
    });
  });
});
