import {
  Column,
  EntitySubscriberInterface,
  EventSubscriber,
  InsertEvent,
  QueryRunner,
  UpdateEvent,
} from 'typeorm';
import { foldForSearch } from './like-pattern';

type Values = Record<string, unknown>;

/** Entities searched by text, and the fields their search text is folded from. */
const SEARCHED = new Map<object, readonly string[]>();

/**
 * Makes an entity searchable by text (see like-pattern.ts): adds a `search_text` column,
 * never shown, holding its `fields` folded, which SearchTextSubscriber writes on every insert
 * and on every update that changes one of them.
 */
export function SearchedBy(...fields: string[]): ClassDecorator {
  return (target) => {
    SEARCHED.set(target, fields);
    Column({ name: 'search_text', type: 'text', default: '', select: false })(
      target.prototype as object,
      'searchText',
    );
  };
}

/** The search text of a row: each field folded, one per line, so a search cannot span two. */
export function searchTextOf(values: Values, fields: readonly string[]): string {
  return fields
    .map((field) => values[field])
    .filter((value): value is string => typeof value === 'string' && value !== '')
    .map(foldForSearch)
    .join('\n');
}

/** The search text of a searchable entity's values, for bulk writers that bypass TypeORM. */
export function searchTextFor(entity: object, values: object): string {
  const fields = SEARCHED.get(entity);
  if (!fields) throw new Error('Not a searchable entity (see SearchedBy)');
  return searchTextOf(values as Values, fields);
}

/** Writes `search_text` wherever rows are written: save, insert and query builders alike. */
@EventSubscriber()
export class SearchTextSubscriber implements EntitySubscriberInterface {
  beforeInsert(event: InsertEvent<Values>) {
    const fields = SEARCHED.get(event.metadata.target as object);
    if (fields && event.entity) event.entity.searchText = searchTextOf(event.entity, fields);
  }

  beforeUpdate(event: UpdateEvent<Values>) {
    const fields = SEARCHED.get(event.metadata.target as object);
    const entity = event.entity as Values | undefined;
    if (!fields || !entity) return;
    const before = (event.databaseEntity ?? {}) as Values;
    if (!fields.some((f) => entity[f] !== undefined && entity[f] !== before[f])) return;
    const values = { ...before, ...entity };
    const missing = fields.filter((f) => values[f] === undefined);
    if (missing.length) {
      // A partial update of some fields cannot fold the others: it would lose them.
      throw new Error(
        `${event.metadata.name}: update ${missing.join(', ')} too (or use save), to keep its search text whole`,
      );
    }
    entity.searchText = searchTextOf(values, fields);
  }
}

/** For migrations: folds the search text of every existing row of a table, in batches. */
export async function refillSearchText(
  runner: QueryRunner,
  table: string,
  columns: string[],
  postgres: boolean,
): Promise<void> {
  const select = columns.map((c) => `"${c}"`).join(', ');
  const rows: Values[] = await runner.query(`SELECT "id", ${select} FROM "${table}"`);
  const placeholder = (n: number) => (postgres ? `$${n}` : '?');
  for (const row of rows) {
    await runner.query(
      `UPDATE "${table}" SET "search_text" = ${placeholder(1)} WHERE "id" = ${placeholder(2)}`,
      [searchTextOf(row, columns), row.id],
    );
  }
}
