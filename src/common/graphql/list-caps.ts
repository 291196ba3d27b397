import {
  defaultFieldResolver,
  getNullableType,
  GraphQLFieldResolver,
  GraphQLObjectType,
  GraphQLSchema,
  isListType,
  isObjectType,
} from 'graphql';
import { LIST_BOUNDS, ListBound, PAGE_BOUND } from './list-bounds';

const CAPPED = Symbol('capped');

/** What the schema says of a list's bound, appended to the field's description. */
function statement(bound: ListBound): string {
  if ('page' in bound) {
    return `Paged by \`first\` (default ${PAGE_BOUND.default}, at most ${PAGE_BOUND.max}).`;
  }
  const perPlan = bound.perPlan ? `, and at most ${bound.perPlan} in one plan` : '';
  const cut = bound.cutWhenRead ? ' (any beyond are not listed)' : '';
  return `At most ${bound.max}${perPlan}${cut}.`;
}

/** Every list field of the schema as `Type.field`, connections' `edges` left out. */
export function listFields(schema: GraphQLSchema): string[] {
  const names: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isListType(getNullableType(field.type))) continue;
      if (type.name.endsWith('Connection') && field.name === 'edges') continue;
      names.push(`${type.name}.${field.name}`);
    }
  }
  return names;
}

/**
 * Applied to the schema as it is built (and to schema.gql): refuses to start with a list that
 * has no bound in LIST_BOUNDS, states each bound in its field's description, and cuts the
 * lists that grow with use at their bound when they are read.
 */
export function capLists(schema: GraphQLSchema): GraphQLSchema {
  const unbounded = listFields(schema).filter((name) => !LIST_BOUNDS[name]);
  if (unbounded.length) {
    throw new Error(`Lists without a bound in list-bounds.ts: ${unbounded.join(', ')}`);
  }
  for (const name of listFields(schema)) {
    const [typeName, fieldName] = name.split('.');
    const field = (schema.getType(typeName) as GraphQLObjectType).getFields()[fieldName];
    const bound = LIST_BOUNDS[name];
    const note = statement(bound);
    if (!field.description?.endsWith(note)) {
      field.description = field.description ? `${field.description} ${note}` : note;
    }
    if ('page' in bound || !bound.cutWhenRead) continue;
    const resolve = (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<
      unknown,
      unknown
    > & { [CAPPED]?: true };
    if (resolve[CAPPED]) continue;
    const cut = (list: unknown) =>
      Array.isArray(list) && list.length > bound.max ? list.slice(0, bound.max) : list;
    const capped = (...args: Parameters<GraphQLFieldResolver<unknown, unknown>>) => {
      const result = resolve(...args);
      return result instanceof Promise ? result.then(cut) : cut(result);
    };
    field.resolve = Object.assign(capped, { [CAPPED]: true as const });
  }
  return schema;
}
