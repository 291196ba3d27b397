import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { getEntities } from '../../database/entity-rows';
import { badInput } from '../errors/domain-error';
import { ConnectionShape, PageArgs } from './connection.type';

/** One sort column: a property of the query's main alias (not the id)… */
export interface PropertySortKey {
  property: string;
  direction: 'ASC' | 'DESC';
}

/** …or an SQL expression over it, with the same value computed from a loaded row. */
export interface ExpressionSortKey<T = any> {
  expression: string;
  direction: 'ASC' | 'DESC';
  valueOf(row: T): CursorValue;
}

export type SortKey<T = any> = PropertySortKey | ExpressionSortKey<T>;

type CursorValue = string | number | Date;

/** Instants travel as `{ "d": iso }` so they come back as Dates that the driver formats. */
function encodeCursor(values: CursorValue[]): string {
  const encoded = values.map((value) =>
    value instanceof Date ? { d: value.toISOString() } : value,
  );
  return Buffer.from(JSON.stringify(encoded)).toString('base64url');
}

function decodeValue(value: unknown): CursorValue | undefined {
  if (typeof value === 'string' || typeof value === 'number') return value;
  const iso = (value as { d?: unknown } | null)?.d;
  if (typeof iso === 'string' && !Number.isNaN(Date.parse(iso))) return new Date(iso);
  return undefined;
}

function decodeCursor(cursor: string, length: number): CursorValue[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === length) {
      const decoded = values.map(decodeValue);
      if (decoded.every((value) => value !== undefined)) return decoded as CursorValue[];
    }
  } catch {
    // fall through to the error below
  }
  throw badInput([
    { field: 'after', rule: 'INVALID_CURSOR', message: 'is not a cursor returned by this list' },
  ]);
}

const sqlOf = (alias: string, key: SortKey) =>
  'property' in key ? `${alias}.${key.property}` : key.expression;

const valueOf = <T extends ObjectLiteral>(row: T, key: SortKey<T>): CursorValue =>
  'property' in key ? (row[key.property] as CursorValue) : key.valueOf(row);

/**
 * Keyset pagination over one or more sort keys with the id as the last tie-breaker, so pages
 * stay stable while rows are added. Runs one statement for the page, and one more for
 * `totalCount` only when the client asks for it.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  page: PageArgs,
  sort: SortKey<T> | SortKey<T>[],
): Promise<ConnectionShape<T>> {
  const alias = query.alias;
  const keys = Array.isArray(sort) ? sort : [sort];
  const idKey: SortKey<T> = { property: 'id', direction: keys[keys.length - 1].direction };
  const all = [...keys, idKey];
  const counter = query.clone();

  if (page.after) {
    const values = decodeCursor(page.after, all.length);
    const params = Object.fromEntries(values.map((value, i) => [`cursor${i}`, value]));
    // (k1 > v1) OR (k1 = v1 AND k2 > v2) OR … with each key's own direction.
    const branches = all.map((key, i) => {
      const equal = all.slice(0, i).map((prior, j) => `${sqlOf(alias, prior)} = :cursor${j}`);
      const op = key.direction === 'ASC' ? '>' : '<';
      return [...equal, `${sqlOf(alias, key)} ${op} :cursor${i}`].join(' AND ');
    });
    query.andWhere(`(${branches.map((b) => `(${b})`).join(' OR ')})`, params);
  }
  query.orderBy();
  for (const key of all) query.addOrderBy(sqlOf(alias, key), key.direction);
  const rows = await getEntities(query.limit(page.first + 1));

  const hasNextPage = rows.length > page.first;
  const cursorOf = (node: T) => encodeCursor(all.map((key) => valueOf(node, key)));
  // Getters: GraphQL reads them, and so runs the count or encodes a cursor, only when the
  // client selects them (lists seldom ask for each edge's cursor).
  const edges = rows.slice(0, page.first).map((node) => ({
    node,
    get cursor() {
      return cursorOf(node);
    },
  }));
  const last = edges.at(-1)?.node;
  return {
    edges,
    get totalCount() {
      return counter.getCount();
    },
    pageInfo: {
      hasNextPage,
      get endCursor() {
        return last ? cursorOf(last) : null;
      },
    },
  };
}
