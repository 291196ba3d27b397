import { DataSource } from 'typeorm';

/**
 * Runs hand-written SQL with named parameters (`:name`, `:...list`) on either engine: the
 * driver expands lists, numbers placeholders for PostgreSQL and formats instants as it
 * stores them.
 */
export function namedQuery<T = Record<string, unknown>>(
  dataSource: DataSource,
  sql: string,
  params: Record<string, unknown>,
): Promise<T[]> {
  const [query, parameters] = dataSource.driver.escapeQueryWithParameters(sql, params, {});
  return dataSource.query(query, parameters);
}
