import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from '../errors/domain-error';
import { ConnectionShape, PageArgs } from './connection.type';

export interface SortKey {
  /** Property name of a column on the query's main alias (not the id). */
  property: string;
  direction: 'ASC' | 'DESC';
}

type CursorValue = string | number | Date;

/** Instants travel as `{ "d": iso }` so they come back as Dates that the driver formats. */
function encodeCursor([value, id]: [CursorValue, string]): string {
  const encoded = value instanceof Date ? { d: value.toISOString() } : value;
  return Buffer.from(JSON.stringify([encoded, id])).toString('base64url');
}

function decodeValue(value: unknown): CursorValue | undefined {
  if (typeof value === 'string' || typeof value === 'number') return value;
  const iso = (value as { d?: unknown } | null)?.d;
  if (typeof iso === 'string' && !Number.isNaN(Date.parse(iso))) return new Date(iso);
  return undefined;
}

function decodeCursor(cursor: string): [CursorValue, string] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === 2 && typeof values[1] === 'string') {
      const value = decodeValue(values[0]);
      if (value !== undefined) return [value, values[1]];
    }
  } catch {
    // fall through to the error below
  }
  throw badInput([{ field: 'after', message: 'is not a cursor returned by this list' }]);
}

/**
 * Keyset pagination over one sort column with the id as tie-breaker, so pages stay stable
 * while rows are added. Runs two statements: the count and the page.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  page: PageArgs,
  sort: SortKey,
): Promise<ConnectionShape<T>> {
  const alias = query.alias;
  const column = `${alias}.${sort.property}`;
  const totalCount = await query.clone().getCount();

  if (page.after) {
    const [value, id] = decodeCursor(page.after);
    const op = sort.direction === 'ASC' ? '>' : '<';
    query.andWhere(
      `(${column} ${op} :cursorValue OR (${column} = :cursorValue AND ${alias}.id ${op} :cursorId))`,
      {
        cursorValue: value,
        cursorId: id,
      },
    );
  }
  const rows = await query
    .orderBy(column, sort.direction)
    .addOrderBy(`${alias}.id`, sort.direction)
    .limit(page.first + 1)
    .getMany();

  const hasNextPage = rows.length > page.first;
  const edges = rows.slice(0, page.first).map((node) => ({
    node,
    cursor: encodeCursor([node[sort.property] as CursorValue, node.id]),
  }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
  };
}
