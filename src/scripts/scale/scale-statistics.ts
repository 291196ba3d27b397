import type { QueryRunner } from 'typeorm';
import { doneLateSql, overdueSql } from '../../action-items/action-item-timeliness';

export interface ScaleStatistics {
  byStatus: Record<string, number>;
  open: number;
  overdue: number;
  /** Overdue items as a share of the open ones (the brief asks for 15–25 %). */
  overdueShare: number;
  doneLate: number;
  withOriginDecision: number;
  /** Items linked to at least one measure of the active plan. */
  onActivePlan: number;
  busyMemberOpen: number;
  busyMemberTotal: number;
}

/** Figures read back from the database, to check the load against the brief. */
export async function loadStatistics(
  runner: QueryRunner,
  today: string,
  busyPersonId: string,
  activePlanId: string,
): Promise<ScaleStatistics> {
  const one = async (sql: string, params: unknown[] = []) =>
    Number((await runner.query(sql, params))[0].n);
  const rows: { status: string; n: number }[] = await runner.query(
    'SELECT status, COUNT(*) AS n FROM action_item GROUP BY status ORDER BY status',
  );
  const byStatus = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  const open = (byStatus.OPEN ?? 0) + (byStatus.IN_PROGRESS ?? 0);
  const overdue = await one(
    `SELECT COUNT(*) AS n FROM action_item WHERE ${overdueSql('action_item', '?')}`,
    [today],
  );
  return {
    byStatus,
    open,
    overdue,
    overdueShare: Math.round((overdue / Math.max(1, open)) * 1000) / 1000,
    doneLate: await one(
      `SELECT COUNT(*) AS n FROM action_item WHERE status = 'DONE' AND ${doneLateSql('action_item')}`,
    ),
    withOriginDecision: await one(
      'SELECT COUNT(*) AS n FROM action_item WHERE origin_decision_id IS NOT NULL',
    ),
    onActivePlan: await one(
      `SELECT COUNT(DISTINCT l.action_item_id) AS n FROM action_item_measure l
       JOIN plan_measure m ON m.id = l.measure_id WHERE m.plan_id = ?`,
      [activePlanId],
    ),
    busyMemberOpen: await one(
      `SELECT COUNT(*) AS n FROM action_item
       WHERE assignee_id = ? AND status IN ('OPEN', 'IN_PROGRESS')`,
      [busyPersonId],
    ),
    busyMemberTotal: await one('SELECT COUNT(*) AS n FROM action_item WHERE assignee_id = ?', [
      busyPersonId,
    ]),
  };
}
