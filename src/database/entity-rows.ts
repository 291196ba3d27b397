import {
  Driver,
  EntityManager,
  EntityMetadata,
  EntityTarget,
  ObjectLiteral,
  SelectQueryBuilder,
} from 'typeorm';
import { DriverUtils } from 'typeorm/driver/DriverUtils';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { rawInstant } from './raw-instant';

interface ColumnReader {
  key: string;
  property: string;
  convert: ((value: unknown) => unknown) | null;
}

const INSTANT_TYPES = new Set<unknown>([Date, 'datetime', 'timestamp']);

/**
 * How a raw value becomes the property, as TypeORM's driver would turn it: on SQLite only
 * instants (UTC text) and booleans (0/1) change, on PostgreSQL nothing does (node-postgres has
 * parsed them, see postgres-time.ts); any other column is handed to the driver itself.
 */
function converterOf(column: ColumnMetadata, driver: Driver): ColumnReader['convert'] {
  const plain = ['varchar', 'text', 'uuid', 'date', 'integer', 'int', 'double precision'];
  if (column.transformer) return (value) => driver.prepareHydratedValue(value, column);
  const instant = INSTANT_TYPES.has(column.type);
  if (driver.options.type === 'postgres') {
    if (instant || column.type === 'boolean' || plain.includes(String(column.type))) return null;
  } else {
    if (plain.includes(String(column.type))) return null;
    if (column.type === 'boolean') return (value) => !!value;
    if (instant) return (value) => rawInstant(value as string);
  }
  return (value) => driver.prepareHydratedValue(value, column);
}

const readerCache = new WeakMap<EntityMetadata, Map<string, ColumnReader[]>>();

function readersOf(metadata: EntityMetadata, alias: string, driver: Driver): ColumnReader[] {
  let byAlias = readerCache.get(metadata);
  if (!byAlias) readerCache.set(metadata, (byAlias = new Map()));
  let readers = byAlias.get(alias);
  if (!readers) {
    readers = metadata.columns
      .filter((column) => !column.isVirtual)
      .map((column) => ({
        key: DriverUtils.buildAlias(driver, undefined, alias, column.databaseName),
        property: column.propertyName,
        convert: converterOf(column, driver),
      }));
    byAlias.set(alias, readers);
  }
  return readers;
}

/**
 * The entities of raw rows read by a query on `alias` (all its columns selected, as getMany
 * selects them). For the flat rows of lists: TypeORM's general hydration (relations, embedded
 * columns, a driver call per value) was most of TypeORM's tenth of a list page's CPU, and
 * garbage besides. The entities have their class's prototype; relations stay unset, as with getMany.
 */
export function entitiesOf<T extends ObjectLiteral>(
  metadata: EntityMetadata,
  alias: string,
  driver: Driver,
  rows: Record<string, unknown>[],
): T[] {
  const readers = readersOf(metadata, alias, driver);
  const prototype = (metadata.target as { prototype: object }).prototype;
  return rows.map((row) => {
    const entity = Object.create(prototype) as Record<string, unknown>;
    for (const { key, property, convert } of readers) {
      const value = row[key];
      if (value === undefined) continue;
      entity[property] = value === null || !convert ? value : convert(value);
    }
    return entity as T;
  });
}

/** `query.getMany()` for a query without joined selections, through entitiesOf. */
export async function getEntities<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
): Promise<T[]> {
  const { metadata, name } = query.expressionMap.mainAlias!;
  return entitiesOf<T>(metadata, name, query.connection.driver, await query.getRawMany());
}

/** At most this many statement texts are kept (one per loader shape and number of keys). */
const MAX_STATEMENTS = 500;
const statements = new Map<string, string>();

/**
 * The raw rows of a query whose only parameters are `keys` (its `IN` list). Its SQL is built
 * by TypeORM once per `shape` and number of keys, then reused: a list page's loaders run the
 * same few statements on every request, and building them anew was a few percent of its CPU.
 */
export async function rawRowsByKeys(
  manager: EntityManager,
  shape: string,
  keys: readonly unknown[],
  build: () => { getQueryAndParameters(): [string, unknown[]] },
): Promise<Record<string, unknown>[]> {
  const name = `${manager.connection.driver.options.type}|${shape}|${keys.length}`;
  let sql = statements.get(name);
  if (sql === undefined) {
    const [text, parameters] = build().getQueryAndParameters();
    const onlyKeys = parameters.length === keys.length && parameters.every((p, i) => p === keys[i]);
    if (!onlyKeys) return manager.query(text, parameters);
    if (statements.size >= MAX_STATEMENTS) statements.clear();
    statements.set(name, (sql = text));
  }
  return manager.query(sql, [...keys]);
}

/** Entities read by `keys` through rawRowsByKeys, the query built on the alias `e`. */
export async function entitiesByKeys<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  shape: string,
  keys: readonly unknown[],
  build: (query: SelectQueryBuilder<T>) => SelectQueryBuilder<T>,
): Promise<T[]> {
  const repository = manager.getRepository(entity);
  const { metadata } = repository;
  const rows = await rawRowsByKeys(manager, `${metadata.name}|${shape}`, keys, () =>
    build(repository.createQueryBuilder('e')),
  );
  return entitiesOf<T>(metadata, 'e', manager.connection.driver, rows);
}
