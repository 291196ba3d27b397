import DataLoader from 'dataloader';
import { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { entitiesByKeys, entitiesOf, rawRowsByKeys } from '../../database/entity-rows';

type BatchFn<K, V> = (keys: readonly K[]) => Promise<V[]>;
type Order<T> = Partial<Record<keyof T & string, 'ASC' | 'DESC'>>;

/**
 * The DataLoaders of one GraphQL request, created on first use. Kept on the GraphQL context
 * so batching and caching never outlive the request.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  constructor(readonly manager: EntityManager) {}

  /** A named loader with a custom batch function (for joins and aggregates). */
  get<K, V>(name: string, batch: BatchFn<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  /** One row by id, batched with the other ids asked for in the same tick. */
  byId<T extends ObjectLiteral & { id: string }>(
    entity: EntityTarget<T>,
    id: string,
  ): Promise<T | null> {
    const name = `${this.nameOf(entity)}#id`;
    return this.get<string, T | null>(name, (ids) => loadByIds(this.manager, entity, ids)).load(id);
  }

  /** The children of one parent, batched with the other parents asked for in the same tick. */
  children<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    foreignKey: keyof T & string,
    parentId: string,
    order: Order<T>,
  ): Promise<T[]> {
    return this.get<string, T[]>(this.childrenName(entity, foreignKey), (ids) =>
      loadChildren(this.manager, entity, foreignKey, ids, order),
    ).load(parentId);
  }

  /**
   * A few fields of the children, as plain rows with the values the database returns (no
   * entities built): for rules that read little of many rows, like the quorum of a page of
   * meetings. Suits text, enum and date columns (dates come back as their 'YYYY-MM-DD' text).
   * When the same request also loads the whole children (the batch runs after every field of
   * the level has asked), their rows serve instead of a second statement.
   */
  childFields<T extends ObjectLiteral, F extends keyof T & string>(
    entity: EntityTarget<T>,
    foreignKey: keyof T & string,
    parentId: string,
    fields: readonly F[],
  ): Promise<Pick<T, F>[]> {
    const whole = this.childrenName(entity, foreignKey);
    return this.get<string, Pick<T, F>[]>(`${whole}:${fields.join(',')}`, async (ids) => {
      const loaded = this.loaders.get(whole) as DataLoader<string, T[]> | undefined;
      if (!loaded) return loadChildFields(this.manager, entity, foreignKey, ids, fields);
      const groups = await Promise.all(ids.map((id) => loaded.load(id)));
      return groups.map((rows) => rows.map((row) => pick(row, fields)));
    }).load(parentId);
  }

  /** The rows linked to one owner through a join table, batched with the other owners. */
  linked<T extends ObjectLiteral & { id: string }>(
    target: EntityTarget<T>,
    link: JoinTableLink,
    ownerId: string,
    orderBy: keyof T & string,
  ): Promise<T[]> {
    const name = `${this.nameOf(target)}@${link.table}`;
    return this.get<string, T[]>(name, (ids) =>
      loadLinked(this.manager, target, link, ids, orderBy),
    ).load(ownerId);
  }

  /** The loader of `children`, which `childFields` reuses when the request has one. */
  private childrenName<T extends ObjectLiteral>(entity: EntityTarget<T>, foreignKey: string) {
    return `${this.nameOf(entity)}#${foreignKey}`;
  }

  private nameOf<T extends ObjectLiteral>(entity: EntityTarget<T>): string {
    return this.manager.getRepository(entity).metadata.name;
  }
}

/** Loads rows by id in one `IN` query; results follow the key order, null where missing. */
export async function loadByIds<T extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  ids: readonly string[],
): Promise<(T | null)[]> {
  const rows = await entitiesByKeys(manager, entity, 'id', ids, (query) =>
    query.where('e.id IN (:...ids)', { ids }),
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Loads the children of many parents in one `IN` query, grouped in key order. */
export async function loadChildren<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  foreignKey: keyof T & string,
  parentIds: readonly string[],
  order: Order<T>,
): Promise<T[][]> {
  const shape = `children:${foreignKey}:${JSON.stringify(order)}`;
  const rows = await entitiesByKeys(manager, entity, shape, parentIds, (query) => {
    query.where(`e.${foreignKey} IN (:...parentIds)`, { parentIds });
    for (const [property, direction] of Object.entries(order)) {
      query.addOrderBy(`e.${property}`, direction as 'ASC' | 'DESC');
    }
    return query;
  });
  const groups = new Map<string, T[]>(parentIds.map((id) => [id, []]));
  for (const row of rows) groups.get(row[foreignKey] as string)?.push(row);
  return parentIds.map((id) => groups.get(id) ?? []);
}

const pick = <T, F extends keyof T>(row: T, fields: readonly F[]) =>
  Object.fromEntries(fields.map((field) => [field, row[field]])) as Pick<T, F>;

/** Some fields of the children of many parents in one `IN` query, grouped in key order. */
export async function loadChildFields<T extends ObjectLiteral, F extends keyof T & string>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  foreignKey: keyof T & string,
  parentIds: readonly string[],
  fields: readonly F[],
): Promise<Pick<T, F>[][]> {
  const repository = manager.getRepository(entity);
  const shape = `${repository.metadata.name}|fields:${foreignKey}:${fields.join(',')}`;
  const rows = await rawRowsByKeys(manager, shape, parentIds, () => {
    const query = repository
      .createQueryBuilder('e')
      .select(`e.${foreignKey}`, 'parent_key')
      .where(`e.${foreignKey} IN (:...parentIds)`, { parentIds });
    for (const field of fields) query.addSelect(`e.${field}`, field);
    return query;
  });
  const groups = new Map<string, Pick<T, F>[]>(parentIds.map((id) => [id, []]));
  // Each row keeps its parent_key: copying thousands of rows without it costs more than it saves.
  for (const row of rows) {
    groups.get(row.parent_key as string)?.push(row as unknown as Pick<T, F>);
  }
  return parentIds.map((id) => groups.get(id) ?? []);
}

/** How one owner links to many targets through a join table. */
export interface JoinTableLink {
  table: string;
  ownerColumn: string;
  targetColumn: string;
}

/** The same join table read the other way round (from the measure to what links to it). */
export const reverseLink = (link: JoinTableLink): JoinTableLink => ({
  table: link.table,
  ownerColumn: link.targetColumn,
  targetColumn: link.ownerColumn,
});

/**
 * Loads the targets linked to many owners through a join table, in one query, grouped in key
 * order and sorted by `orderBy` (a property of the target). `restrict` narrows the targets,
 * e.g. to what the caller may see; `limit` keeps the first ones of each owner, in SQL.
 */
export async function loadLinked<T extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  target: EntityTarget<T>,
  link: JoinTableLink,
  ownerIds: readonly string[],
  orderBy: keyof T & string,
  restrict?: (query: SelectQueryBuilder<T>) => void,
  limit?: number,
): Promise<T[][]> {
  const owner = `link.${link.ownerColumn}`;
  const repository = manager.getRepository(target);
  const build = () => {
    const query = repository
      .createQueryBuilder('target')
      .innerJoin(link.table, 'link', `link.${link.targetColumn} = target.id`)
      .addSelect(owner, 'link_owner_id')
      .where(`${owner} IN (:...ownerIds)`, { ownerIds })
      .orderBy(`target.${orderBy}`, 'ASC')
      .addOrderBy('target.id', 'ASC');
    restrict?.(query);
    if (limit !== undefined) {
      // The same rows ranked per owner; only the first `limit` of each stay (one statement).
      const ranked = query
        .clone()
        .select(owner, 'rank_owner')
        .addSelect('target.id', 'rank_target')
        .addSelect(
          `ROW_NUMBER() OVER (PARTITION BY ${owner} ORDER BY target.${orderBy} ASC, target.id ASC)`,
          'rank_n',
        )
        .orderBy();
      query.andWhere(
        `(${owner}, target.id) IN (SELECT ranked.rank_owner, ranked.rank_target FROM (${ranked.getQuery()}) ranked WHERE ranked.rank_n <= :rankLimit)`,
        { rankLimit: limit },
      );
    }
    return query;
  };
  const { metadata } = repository;
  // Narrowed or ranked, the statement has parameters of its own: built each time then.
  const raw =
    restrict || limit !== undefined
      ? await build().getRawMany<Record<string, unknown>>()
      : await rawRowsByKeys(
          manager,
          `${metadata.name}|linked:${link.table}:${orderBy}`,
          ownerIds,
          build,
        );
  const entities = entitiesOf<T>(metadata, 'target', manager.connection.driver, raw);
  const groups = new Map<string, T[]>(ownerIds.map((id) => [id, []]));
  raw.forEach((row, i) => groups.get(row.link_owner_id as string)?.push(entities[i]));
  return ownerIds.map((id) => groups.get(id) ?? []);
}
