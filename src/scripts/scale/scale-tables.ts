import type { BulkInsert, BulkLoader } from './scale-bulk-insert';

/** Every editable record's own columns (BaseEntity): id, timestamps and version. */
const BASE = ['id', 'created_at', 'updated_at', 'version'];

/**
 * The columns the generator fills, per table, as the migrations name them; a writer takes
 * its values in this order.
 */
export const COLUMNS = {
  municipality: [...BASE, 'code', 'name', 'name_en', 'county', 'iso_code', 'search_text'],
  institution: [...BASE, 'name', 'name_en', 'type', 'municipality_id', 'search_text'],
  task_force: [
    ...BASE,
    'municipality_id',
    'name',
    'established_on',
    'establishing_act',
    'status',
    'quorum_rule',
  ],
  person: [...BASE, 'full_name', 'email', 'phone', 'position', 'institution_id'],
  membership: [...BASE, 'task_force_id', 'person_id', 'role', 'valid_from', 'valid_to'],
  account: [
    ...BASE,
    'email',
    'password_hash',
    'system_role',
    'active',
    'token_version',
    'last_login_at',
    'person_id',
    'search_text',
  ],
  meeting: [
    ...BASE,
    'task_force_id',
    'year',
    'sequence',
    'title',
    'starts_at',
    'ends_at',
    'location',
    'format',
    'status',
    'confidential',
    'cancellation_reason',
  ],
  agenda_item: [...BASE, 'meeting_id', 'position', 'title', 'presenter', 'discussion_summary'],
  agenda_item_measure: ['agenda_item_id', 'measure_id'],
  attendance: [...BASE, 'meeting_id', 'person_id', 'status'],
  meeting_guest: [...BASE, 'meeting_id', 'full_name', 'institution'],
  decision: [
    ...BASE,
    'meeting_id',
    'task_force_id',
    'agenda_item_id',
    'sequence',
    'kind',
    'text',
    'votes_for',
    'votes_against',
    'votes_abstained',
    'amends_id',
  ],
  decision_measure: ['decision_id', 'measure_id'],
  minutes: [...BASE, 'meeting_id', 'text', 'status', 'approved_at', 'approved_by_id'],
  action_item: [
    ...BASE,
    'task_force_id',
    'origin_decision_id',
    'title',
    'description',
    'assignee_id',
    'responsible_institution_id',
    'due_date',
    'status',
    'completed_at',
    'completed_on',
    'search_text',
  ],
  action_item_measure: ['action_item_id', 'measure_id'],
  action_update: [
    ...BASE,
    'action_item_id',
    'sequence',
    'author_id',
    'text',
    'status_from',
    'status_to',
  ],
  indicator_contribution: [
    ...BASE,
    'action_update_id',
    'action_item_id',
    'task_force_id',
    'measure_id',
    'indicator_id',
    'value',
  ],
  prevention_activity: [
    ...BASE,
    'task_force_id',
    'kind',
    'title',
    'date',
    'place',
    'target_group',
    'participants',
    'description',
    'origin_action_item_id',
  ],
  prevention_activity_partner: ['activity_id', 'institution_id'],
  prevention_activity_measure: ['activity_id', 'measure_id'],
  follow_up_request: [
    ...BASE,
    'task_force_id',
    'subject_type',
    'subject_id',
    'title',
    'due_date',
    'status',
    'asked_by_role',
    'asked_by_id',
    'closed_at',
  ],
  follow_up_message: [...BASE, 'request_id', 'sequence', 'kind', 'text', 'author_id'],
} as const;

export type ScaleTable = keyof typeof COLUMNS;

/** The bulk writer of a table, with its columns from COLUMNS. */
export const writerFor = (loader: BulkLoader, table: ScaleTable): BulkInsert =>
  loader.table(table, COLUMNS[table]);
