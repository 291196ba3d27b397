import {
  ACTION_ITEM,
  ACTION_ITEMS,
  CREATE_ACTION_ITEM,
  MY_ACTION_ITEMS,
  POST_ACTION_UPDATE,
  UPDATE_ACTION_ITEM,
} from './support/action-item-documents';
import {
  MeasureRef,
  PINNED_NOW,
  planMeasures,
  seedTaskForceWorld,
  TaskForceWorld,
  User,
} from './support/factories';
import { codeOf, startTestApp, TestApp } from './support/test-app';

describe('Action items', () => {
  let t: TestApp;
  let w: TaskForceWorld;
  let plan: Awaited<ReturnType<typeof planMeasures>>;
  /** A measure of the active plan with a whole-number indicator, and another one. */
  let counted: MeasureRef;
  let other: MeasureRef;

  beforeAll(async () => {
    t = await startTestApp({ fixedNow: PINNED_NOW });
    w = await seedTaskForceWorld(t);
    plan = await planMeasures(t, w.secretary.token);
    counted = plan.active.find((m) => m.indicators.some((i) => i.unit === 'asmenys'))!;
    other = plan.active.find((m) => m.id !== counted.id && m.indicators.length)!;
  });
  afterAll(() => {
    t.config.fixedNow = PINNED_NOW;
    return t.close();
  });

  const create = async (input: Record<string, unknown>, by: User = w.secretary) => {
    const res = await t.gql(
      CREATE_ACTION_ITEM,
      {
        input: {
          taskForceId: w.taskForceId,
          title: 'Surengti paskaitas mokyklose',
          assigneeId: w.member.personId,
          dueDate: '2026-07-01',
          measureIds: [counted.id],
          ...input,
        },
      },
      by.token,
    );
    return res;
  };
  const created = async (input: Record<string, unknown> = {}) => {
    const res = await create(input);
    expect(res.errors).toBeUndefined();
    return res.data.createActionItem;
  };

  it('takes a member through their whole list: status, progress and figures', async () => {
    const late = await created({ title: 'Parengti lankstinukus', dueDate: '2026-06-10' });
    const soon = await created({ title: 'Apmokyti mokytojus', dueDate: '2026-06-30' });
    expect(late).toMatchObject({
      status: 'OPEN',
      overdue: true,
      completedAt: null,
      lastUpdate: null,
    });
    expect(soon.overdue).toBe(false);

    const mine = await t.gql(MY_ACTION_ITEMS, { first: 10 }, w.member.token);
    const ids = mine.data.myActionItems.edges.map((e: any) => e.node.id);
    expect(ids.indexOf(late.id)).toBeLessThan(ids.indexOf(soon.id));
    expect(mine.data.myActionItems.edges[0].node.overdue).toBe(true);

    const started = await t.gql(
      UPDATE_ACTION_ITEM,
      { input: { id: soon.id, version: soon.version, status: 'IN_PROGRESS' } },
      w.member.token,
    );
    expect(started.data.updateActionItem).toMatchObject({
      status: 'IN_PROGRESS',
      lastUpdate: { statusFrom: 'OPEN', statusTo: 'IN_PROGRESS' },
    });

    const indicator = counted.indicators.find((i) => i.unit === 'asmenys')!;
    const first = await t.gql(
      POST_ACTION_UPDATE,
      {
        input: {
          actionItemId: soon.id,
          text: 'Apmokyti 25 specialistai.',
          contributions: [{ indicatorId: indicator.id, value: 25 }],
        },
      },
      w.member.token,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data.postActionUpdate).toMatchObject({
      author: { id: w.member.personId },
      contributions: [{ value: 25, indicator: { id: indicator.id, unit: 'asmenys' } }],
      statusFrom: null,
    });
    const done = await t.gql(
      POST_ACTION_UPDATE,
      {
        input: {
          actionItemId: soon.id,
          text: 'Dar 10, mokymai baigti.',
          status: 'DONE',
          contributions: [{ indicatorId: indicator.id, value: 10 }],
        },
      },
      w.member.token,
    );
    expect(done.data.postActionUpdate).toMatchObject({
      statusFrom: 'IN_PROGRESS',
      statusTo: 'DONE',
      actionItem: { status: 'DONE', completedAt: PINNED_NOW.toISOString() },
    });

    const item = (await t.gql(ACTION_ITEM, { id: soon.id }, w.member.token)).data.actionItem;
    expect(item.indicatorTotals).toEqual([
      { indicatorId: indicator.id, total: 35, contributions: 2 },
    ]);
    expect(item.updates.map((u: any) => u.text)).toEqual([
      'Status changed from OPEN to IN_PROGRESS.',
      'Apmokyti 25 specialistai.',
      'Dar 10, mokymai baigti.',
    ]);
    expect(item.lastUpdate.text).toBe('Dar 10, mokymai baigti.');
    expect(item.overdue).toBe(false);

    const open = await t.gql(MY_ACTION_ITEMS, { first: 10 }, w.member.token);
    expect(open.data.myActionItems.edges.map((e: any) => e.node.id)).not.toContain(soon.id);
    const all = await t.gql(MY_ACTION_ITEMS, { first: 10, includeClosed: true }, w.member.token);
    const allIds = all.data.myActionItems.edges.map((e: any) => e.node.id);
    expect(allIds[allIds.length - 1]).toBe(soon.id);
  });

  it('lets an assignee change only the status of their own items', async () => {
    const theirs = await created({ assigneeId: w.others[0] });
    const own = await created();
    const cases: [string, string, Record<string, unknown>][] = [
      [
        "status of another member's item",
        UPDATE_ACTION_ITEM,
        { id: theirs.id, version: theirs.version, status: 'IN_PROGRESS' },
      ],
      [
        'title of own item',
        UPDATE_ACTION_ITEM,
        { id: own.id, version: own.version, title: 'Kitas pavadinimas' },
      ],
      [
        'due date of own item',
        UPDATE_ACTION_ITEM,
        { id: own.id, version: own.version, dueDate: '2027-01-01', status: 'IN_PROGRESS' },
      ],
      [
        "progress on another member's item",
        POST_ACTION_UPDATE,
        { actionItemId: theirs.id, text: 'Padaryta.' },
      ],
    ];
    for (const [what, document, input] of cases) {
      const res = await t.gql(document, { input }, w.member.token);
      expect({ what, code: codeOf(res) }).toEqual({ what, code: 'FORBIDDEN' });
    }
    for (const user of [w.observer, w.outsider]) {
      const res = await t.gql(
        POST_ACTION_UPDATE,
        { input: { actionItemId: own.id, text: 'Ne mano.' } },
        user.token,
      );
      expect(codeOf(res)).toBe('FORBIDDEN');
    }
    for (const token of [w.admin, w.commission, w.ministry]) {
      expect(codeOf(await create({}, { token } as User))).toBe('FORBIDDEN');
    }
    expect(codeOf(await create({}, w.member))).toBe('FORBIDDEN');
    const unchanged = (await t.gql(ACTION_ITEM, { id: own.id }, w.member.token)).data.actionItem;
    expect(unchanged).toMatchObject({
      title: own.title,
      dueDate: own.dueDate,
      version: own.version,
    });

    const edited = await t.gql(
      UPDATE_ACTION_ITEM,
      {
        input: {
          id: own.id,
          version: own.version,
          title: 'Tikslesnis pavadinimas',
          dueDate: '2026-08-01',
        },
      },
      w.chair.token,
    );
    expect(edited.data.updateActionItem).toMatchObject({
      title: 'Tikslesnis pavadinimas',
      dueDate: '2026-08-01',
    });
    const stale = await t.gql(
      UPDATE_ACTION_ITEM,
      { input: { id: own.id, version: own.version, status: 'IN_PROGRESS' } },
      w.member.token,
    );
    expect(codeOf(stale)).toBe('CONFLICT');
  });

  it('reopens a closed item only by the chair or secretary, with a reason', async () => {
    const item = await created();
    const done = (
      await t.gql(
        UPDATE_ACTION_ITEM,
        { input: { id: item.id, version: item.version, status: 'DONE' } },
        w.member.token,
      )
    ).data.updateActionItem;
    expect(done.completedAt).toBe(PINNED_NOW.toISOString());
    const byAssignee = await t.gql(
      UPDATE_ACTION_ITEM,
      { input: { id: item.id, version: done.version, status: 'OPEN', reason: 'Ne viskas' } },
      w.member.token,
    );
    expect(codeOf(byAssignee)).toBe('FORBIDDEN');
    const noReason = await t.gql(
      UPDATE_ACTION_ITEM,
      { input: { id: item.id, version: done.version, status: 'OPEN' } },
      w.secretary.token,
    );
    expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
    expect(noReason.errors![0].extensions.fields![0].field).toBe('reason');
    const reopened = await t.gql(
      UPDATE_ACTION_ITEM,
      {
        input: {
          id: item.id,
          version: done.version,
          status: 'IN_PROGRESS',
          reason: 'Trūksta ataskaitos',
        },
      },
      w.secretary.token,
    );
    expect(reopened.data.updateActionItem).toMatchObject({
      status: 'IN_PROGRESS',
      completedAt: null,
      lastUpdate: { text: 'Trūksta ataskaitos', statusFrom: 'DONE', statusTo: 'IN_PROGRESS' },
    });
  });

  it('requires a measure of the plan active today, and a current member as assignee', async () => {
    const none = await create({ measureIds: [] });
    expect(codeOf(none)).toBe('BAD_USER_INPUT');
    expect(none.errors![0].extensions.fields![0]).toEqual({
      field: 'measureIds',
      rule: 'MEASURE_NOT_IN_ACTIVE_PLAN',
      message: 'must name at least one measure of the national plan active today',
    });
    const closed = await create({ measureIds: [counted.id, plan.closed[0].id] });
    expect(codeOf(closed)).toBe('BAD_USER_INPUT');
    expect(closed.errors![0].extensions.fields).toEqual([
      {
        field: 'measureIds',
        rule: 'MEASURE_NOT_IN_ACTIVE_PLAN',
        message: expect.stringMatching(/belongs to a plan that is not active on 2026-06-15/),
      },
    ]);
    const unknown = await create({ measureIds: ['00000000-0000-4000-8000-000000000000'] });
    expect(unknown.errors![0].extensions.fields![0]).toMatchObject({
      field: 'measureIds',
      rule: 'UNKNOWN_ID',
    });
    for (const assigneeId of [w.observer.personId, w.outsider.personId]) {
      const res = await create({ assigneeId });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions.fields![0]).toMatchObject({
        field: 'assigneeId',
        rule: 'NOT_A_CURRENT_MEMBER',
      });
    }
  });

  it('raises the version when only the linked measures change, so a stale copy conflicts', async () => {
    const item = await created();
    const relink = { id: item.id, version: item.version, measureIds: [other.id] };
    const res = await t.gql(UPDATE_ACTION_ITEM, { input: relink }, w.secretary.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.updateActionItem.version).toBe(item.version + 1);
    const stale = { id: item.id, version: item.version, title: 'Pasenusi kopija' };
    expect(codeOf(await t.gql(UPDATE_ACTION_ITEM, { input: stale }, w.secretary.token))).toBe(
      'CONFLICT',
    );
    const both = { id: item.id, version: item.version + 1, title: 'Abu', measureIds: [counted.id] };
    const again = await t.gql(UPDATE_ACTION_ITEM, { input: both }, w.secretary.token);
    expect(again.data.updateActionItem.version).toBe(item.version + 2);
  });

  it('checks indicator figures against the item measures and units', async () => {
    const item = await created();
    const whole = counted.indicators.find((i) => i.unit === 'asmenys')!;
    const foreign = other.indicators[0];
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [
        { indicatorId: foreign.id, value: 5 },
        'contributions.0.indicatorId',
        /does not belong to any of the item's measures/,
      ],
      [{ indicatorId: whole.id, value: 0 }, 'contributions.0.value', /must be a positive number/],
      [{ indicatorId: whole.id, value: -4 }, 'contributions.0.value', /must be a positive number/],
      [
        { indicatorId: whole.id, value: 2.5 },
        'contributions.0.value',
        /must be a whole number of asmenys/,
      ],
    ];
    for (const [contribution, field, message] of cases) {
      const res = await t.gql(
        POST_ACTION_UPDATE,
        { input: { actionItemId: item.id, text: 'Ataskaita.', contributions: [contribution] } },
        w.member.token,
      );
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions.fields![0]).toEqual({
        field,
        rule: field.endsWith('indicatorId') ? 'NOT_OF_THIS_TASK_FORCE' : 'INVALID_VALUE',
        message: expect.stringMatching(message),
      });
    }
    const after = (await t.gql(ACTION_ITEM, { id: item.id }, w.member.token)).data.actionItem;
    expect(after.updates).toEqual([]);
    expect(after.indicatorTotals).toEqual([]);
  });

  it.each([
    // winter: Vilnius midnight is 22:00 UTC
    ['2026-01-15', '2026-01-15T21:59:59Z', false],
    ['2026-01-15', '2026-01-15T22:00:00Z', true],
    // summer: Vilnius midnight is 21:00 UTC
    ['2026-07-15', '2026-07-15T20:59:59Z', false],
    ['2026-07-15', '2026-07-15T21:00:00Z', true],
  ])('due %s is overdue at %s: %s', async (dueDate, now, overdue) => {
    t.config.fixedNow = PINNED_NOW;
    const item = await created({ dueDate, title: `Terminas ${dueDate} ${now}` });
    t.config.fixedNow = new Date(now);
    try {
      const read = (await t.gql(ACTION_ITEM, { id: item.id }, w.member.token)).data.actionItem;
      expect(read.overdue).toBe(overdue);
      const listed = await t.gql(ACTION_ITEMS, { overdue: true, first: 100 }, w.member.token);
      expect(listed.data.actionItems.edges.some((e: any) => e.node.id === item.id)).toBe(overdue);
      const notListed = await t.gql(ACTION_ITEMS, { overdue: false, first: 100 }, w.member.token);
      expect(notListed.data.actionItems.edges.some((e: any) => e.node.id === item.id)).toBe(
        !overdue,
      );
    } finally {
      t.config.fixedNow = PINNED_NOW;
    }
  });
});
