/**
 * The fields an update input actually carries. Input classes declare every optional field, so
 * an omitted one is present as `undefined` and must not overwrite the stored value.
 */
export function definedChanges<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}
