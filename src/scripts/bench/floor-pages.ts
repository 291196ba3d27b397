import { isOverdue } from '../../action-items/action-item-timeliness';
import { ActionItemStatus } from '../../action-items/action-item.enums';
import { vilniusDate } from '../../common/time/vilnius-time';
import { rawInstant } from '../../database/raw-instant';
import { meetingNumber } from '../../meetings/meeting.entity';
import { MinutesStatus } from '../../meetings/meeting.enums';
import { quorumFromRecords } from '../../meetings/quorum';
import { QuorumRule } from '../../task-forces/task-force.enums';

export type Row = Record<string, unknown>;

/** One statement's answer, named by the table it reads and the alias TypeORM gave it. */
export interface StatementRows {
  table: string;
  alias: string;
  count: boolean;
  rows: Row[];
}

/** Names a captured statement: its first table, the alias of it, whether it is a count. */
export function describeStatement(sql: string): Omit<StatementRows, 'rows'> {
  const from = /\bFROM "(\w+)" "(\w+)"/.exec(sql);
  return { table: from?.[1] ?? '', alias: from?.[2] ?? '', count: /^SELECT COUNT\(/.test(sql) };
}

/**
 * The data floor's JSON, built by hand from the rows of the statements the page ran: the same
 * answer the GraphQL server gives (the benchmark checks it is equal), without the framework.
 */
class Answer {
  constructor(private readonly results: StatementRows[]) {}

  /** The rows of the (non-count) statement on `table`, with a column reader for its alias. */
  rows(table: string, alias?: string): { rows: Row[]; col: (row: Row, column: string) => unknown } {
    const found = this.results.find(
      (r) => r.table === table && !r.count && (!alias || r.alias === alias),
    );
    if (!found) return { rows: [], col: () => undefined };
    return { rows: found.rows, col: (row, column) => row[`${found.alias}_${column}`] };
  }

  count(table: string): number {
    const found = this.results.find((r) => r.table === table && r.count);
    return Number(found?.rows[0]?.cnt ?? 0);
  }

  /** A relation by id: `{ id, <field>: column }` for the GraphQL selection `{ id <field> }`. */
  byId(table: string, field: string, column: string): Map<unknown, Row> {
    const { rows, col } = this.rows(table);
    return new Map(
      rows.map((row) => [col(row, 'id'), { id: col(row, 'id'), [field]: col(row, column) }]),
    );
  }
}

/** An instant as the DateTime scalar writes it: SQLite gives UTC text, PostgreSQL a Date. */
const instant = (value: unknown) => rawInstant(value as string | Date).toISOString();
const cursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

type Builder = (answer: Answer, variables: Row) => Row;

/** `id title dueDate status overdue` of an action item row, as both item lists ask. */
function itemFields(items: ReturnType<Answer['rows']>, row: Row, today: string) {
  const status = items.col(row, 'status') as ActionItemStatus;
  const dueDate = String(items.col(row, 'due_date'));
  const [id, title] = [items.col(row, 'id'), items.col(row, 'title')];
  return { id, title, dueDate, status, overdue: isOverdue({ status, dueDate }, today) };
}

export const FLOOR_PAGES: Record<string, Builder> = {
  myActionItems: (a, variables) => {
    const items = a.rows('action_item');
    const taskForces = a.byId('task_force', 'name', 'name');
    const updates = a.rows('action_update');
    const last = new Map(updates.rows.map((u) => [updates.col(u, 'action_item_id'), u]));
    const today = vilniusDate(new Date());
    const edges = items.rows.slice(0, Number(variables.first)).map((row) => {
      const update = last.get(items.col(row, 'id'));
      return {
        node: {
          ...itemFields(items, row, today),
          taskForce: taskForces.get(items.col(row, 'task_force_id')),
          lastUpdate: update
            ? {
                id: updates.col(update, 'id'),
                createdAt: instant(updates.col(update, 'created_at')),
              }
            : null,
        },
      };
    });
    return { myActionItems: { totalCount: a.count('action_item'), edges } };
  },

  actionItems: (a, variables) => {
    const items = a.rows('action_item');
    const people = a.byId('person', 'fullName', 'full_name');
    const today = vilniusDate(new Date());
    const page = items.rows.slice(0, Number(variables.first));
    const edges = page.map((row) => ({
      node: {
        ...itemFields(items, row, today),
        assignee: people.get(items.col(row, 'assignee_id')),
      },
    }));
    const end = page.at(-1);
    return {
      actionItems: {
        totalCount: a.count('action_item'),
        pageInfo: {
          hasNextPage: items.rows.length > page.length,
          endCursor: end ? cursor([items.col(end, 'due_date'), items.col(end, 'id')]) : null,
        },
        edges,
      },
    };
  },

  meetings: (a, variables) => {
    const meetings = a.rows('meeting');
    const taskForces = a.rows('task_force');
    const rules = new Map(taskForces.rows.map((t) => [taskForces.col(t, 'id'), t]));
    // The quorum's few fields, read as plain rows under the alias "e" (RequestLoaders.childFields).
    const group = (table: string) => {
      const groups = new Map<unknown, Row[]>();
      for (const row of a.rows(table, 'e').rows) {
        const list =
          groups.get(row.parent_key) ?? groups.set(row.parent_key, []).get(row.parent_key)!;
        list.push(row);
      }
      return (id: unknown) => groups.get(id) ?? [];
    };
    const memberships = group('membership');
    const attendance = group('attendance');
    const minutes = group('minutes');
    const edges = meetings.rows.slice(0, Number(variables.first)).map((row) => {
      const id = meetings.col(row, 'id');
      const taskForce = rules.get(meetings.col(row, 'task_force_id'))!;
      const startsAt = instant(meetings.col(row, 'starts_at'));
      const [facts] = minutes(id);
      const rule = taskForces.col(taskForce, 'quorum_rule') as QuorumRule;
      const quorum = facts?.approvedQuorum
        ? (JSON.parse(String(facts.approvedQuorum)) as Row)
        : quorumFromRecords(
            rule,
            vilniusDate(new Date(startsAt)),
            memberships(taskForces.col(taskForce, 'id')) as never,
            attendance(id) as never,
          );
      return {
        node: {
          id,
          number: meetingNumber({
            year: Number(meetings.col(row, 'year')),
            sequence: Number(meetings.col(row, 'sequence')),
          }),
          title: meetings.col(row, 'title'),
          startsAt,
          endsAt: instant(meetings.col(row, 'ends_at')),
          status: meetings.col(row, 'status'),
          minutesStatus: facts?.status ?? MinutesStatus.NONE,
          taskForce: {
            id: taskForces.col(taskForce, 'id'),
            name: taskForces.col(taskForce, 'name'),
          },
          quorum: {
            reached: quorum.reached,
            attending: quorum.attending,
            votingMembers: quorum.votingMembers,
          },
        },
      };
    });
    return { meetings: { edges } };
  },

  followUpRequests: (a, variables) => {
    const requests = a.rows('follow_up_request');
    const taskForces = a.byId('task_force', 'name', 'name');
    const people = a.byId('person', 'fullName', 'full_name');
    const edges = requests.rows.slice(0, Number(variables.first)).map((row) => ({
      node: {
        id: requests.col(row, 'id'),
        title: requests.col(row, 'title'),
        status: requests.col(row, 'status'),
        dueDate: requests.col(row, 'due_date'),
        askedByRole: requests.col(row, 'asked_by_role'),
        taskForce: taskForces.get(requests.col(row, 'task_force_id')),
        askedBy: people.get(requests.col(row, 'asked_by_id')),
      },
    }));
    return { followUpRequests: { totalCount: a.count('follow_up_request'), edges } };
  },

  preventionActivities: (a, variables) => {
    const activities = a.rows('prevention_activity');
    const taskForces = a.byId('task_force', 'name', 'name');
    const measures = a.rows('plan_measure');
    const codes = new Map<unknown, { code: unknown }[]>();
    for (const m of measures.rows) {
      const owner = m.link_owner_id;
      (codes.get(owner) ?? codes.set(owner, []).get(owner)!).push({
        code: measures.col(m, 'code'),
      });
    }
    const edges = activities.rows.slice(0, Number(variables.first)).map((row) => ({
      node: {
        id: activities.col(row, 'id'),
        date: activities.col(row, 'date'),
        title: activities.col(row, 'title'),
        kind: activities.col(row, 'kind'),
        targetGroup: activities.col(row, 'target_group'),
        participants: activities.col(row, 'participants'),
        taskForce: taskForces.get(activities.col(row, 'task_force_id')),
        measures: codes.get(activities.col(row, 'id')) ?? [],
      },
    }));
    return { preventionActivities: { totalCount: a.count('prevention_activity'), edges } };
  },
};

/** The page's whole answer, `{ data }`, as its GraphQL twin sends it. */
export function buildFloorAnswer(page: string, results: StatementRows[], variables: Row) {
  return { data: FLOOR_PAGES[page](new Answer(results), variables) };
}
