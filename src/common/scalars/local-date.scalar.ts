import { GraphQLScalarType, Kind, ValueNode } from 'graphql';
import { ScalarInputError } from './scalar-input-error';

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as YYYY-MM-DD. */
export function isLocalDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function parse(value: unknown, node?: ValueNode): string {
  if (!isLocalDate(value)) {
    const got = JSON.stringify(value) ?? String(value);
    throw new ScalarInputError(
      'LocalDate',
      `must be a calendar date as YYYY-MM-DD, got ${got}`,
      node,
    );
  }
  return value;
}

export const LocalDateScalar = new GraphQLScalarType({
  name: 'LocalDate',
  description: 'A calendar date without time or zone, as YYYY-MM-DD (ISO 8601).',
  serialize: (value) => {
    if (!isLocalDate(value)) throw new Error(`LocalDate cannot answer ${String(value)}`);
    return value;
  },
  parseValue: (value) => parse(value),
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined, ast),
});
