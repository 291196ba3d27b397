import type { ApolloServerPlugin } from '@apollo/server';
import {
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLField,
  GraphQLNamedType,
  GraphQLSchema,
  GraphQLType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  valueFromAST,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { ErrorCode } from '../errors/domain-error';
import { LIST_BOUNDS, MAX_QUERY_COST, PAGE_BOUND } from './list-bounds';

/** The types a plan's `perPlan` bounds count within. */
const PLAN_ROOTS = new Set(['NationalPlan', 'PlanProgress']);

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/** Where the walk stands: how many rows a field here can appear on, and since the last plan. */
interface Position {
  rows: number;
  planRows: number | null;
  /** The `first` of the field whose selection this is (for `XConnection.edges`). */
  parentFirst: number;
}

/** The `first` a field is asked for, within 0…MAX_PAGE_SIZE (the default when it has none). */
function firstOf(field: GraphQLField<unknown, unknown>, node: FieldNode, walk: Walk): number {
  const definition = field.args.find((arg) => arg.name === 'first');
  if (!definition) return PAGE_BOUND.default;
  const argument = node.arguments?.find((arg) => arg.name.value === 'first');
  const given = argument && valueFromAST(argument.value, definition.type, walk.variables);
  const value = given ?? definition.defaultValue;
  // A value the field refuses (over the maximum, not a number) is refused when it runs, with
  // BAD_USER_INPUT naming it; here it counts at the maximum.
  if (typeof value !== 'number' || !Number.isFinite(value)) return PAGE_BOUND.max;
  return Math.min(Math.max(Math.trunc(value), 0), PAGE_BOUND.max);
}

/** How many rows a list field can return: its `first`, or its bound in LIST_BOUNDS. */
function listSize(
  typeName: string,
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  walk: Walk,
  at: Position,
): { size: number; perPlan?: number } {
  if (typeName.endsWith('Connection') && field.name === 'edges') return { size: at.parentFirst };
  const bound = LIST_BOUNDS[`${typeName}.${field.name}`];
  if (!bound) throw new Error(`No bound for the list ${typeName}.${field.name} (list-bounds.ts)`);
  if ('page' in bound) return { size: firstOf(field, node, walk) };
  return { size: bound.max, perPlan: bound.perPlan };
}

function selectionCost(
  set: SelectionSetNode,
  type: GraphQLNamedType,
  at: Position,
  walk: Walk,
): number {
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      cost += fieldCost(selection, type, at, walk);
      continue;
    }
    const condition =
      selection.kind === Kind.INLINE_FRAGMENT
        ? selection.typeCondition
        : walk.fragments[selection.name.value]?.typeCondition;
    const on = (condition && walk.schema.getType(condition.name.value)) || type;
    const fragmentSet =
      selection.kind === Kind.INLINE_FRAGMENT
        ? selection.selectionSet
        : walk.fragments[selection.name.value]?.selectionSet;
    if (fragmentSet) cost += selectionCost(fragmentSet, on, at, walk);
  }
  return cost;
}

function fieldCost(node: FieldNode, parent: GraphQLNamedType, at: Position, walk: Walk): number {
  const name = node.name.value;
  // Introspection describes the schema, so its size is the schema's: graphql-js's own
  // MaxIntrospectionDepthRule (among Apollo's validation rules) refuses nesting that re-enters.
  if (name.startsWith('__') || parent.name.startsWith('__')) return 0;
  const field =
    isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
  if (!node.selectionSet || !field) return at.rows;
  const type: GraphQLType = field.type;
  const next: Position = { ...at, parentFirst: firstOf(field, node, walk) };
  if (isListType(getNullableType(type))) {
    const { size, perPlan } = listSize(parent.name, field, node, walk, at);
    next.rows = at.rows * size;
    if (at.planRows !== null) {
      // Below a plan, rows = (rows where the plan was entered) × planRows.
      next.planRows = perPlan ? Math.min(at.planRows * size, perPlan) : at.planRows * size;
      next.rows = (at.rows / at.planRows) * next.planRows;
    }
  }
  const named = getNamedType(type);
  if (PLAN_ROOTS.has(named.name)) next.planRows = 1;
  return at.rows + selectionCost(node.selectionSet, named, next, walk);
}

/**
 * What an operation can cost before it runs: every field selected counts once per row it can
 * appear on, the product of the sizes of the lists around it (LIST_BOUNDS, or `first`).
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
): number {
  const root =
    operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  if (!root) return 0;
  // With the defaults of the operation's variables (invalid ones are refused when it runs).
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  const walk = { schema, fragments, variables: coerced.coerced ?? variables };
  return selectionCost(
    operation.selectionSet,
    root,
    { rows: 1, planRows: null, parentFirst: PAGE_BOUND.default },
    walk,
  );
}

/**
 * Refuses an operation costing more than MAX_QUERY_COST after validation and before any
 * resolver runs: QUERY_TOO_COSTLY (HTTP 400), with the cost in the message.
 */
export function queryCostLimit(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) {
              fragments[definition.name.value] = definition;
            }
          }
          const cost = operationCost(schema, operation, fragments, request.variables ?? {});
          if (cost > MAX_QUERY_COST) {
            throw new GraphQLError(
              `This query could return ${cost.toLocaleString('en')} values; the limit is ` +
                `${MAX_QUERY_COST.toLocaleString('en')}. Ask for fewer rows (a smaller \`first\`) ` +
                'or fewer nested lists.',
              { extensions: { code: ErrorCode.QUERY_TOO_COSTLY, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
