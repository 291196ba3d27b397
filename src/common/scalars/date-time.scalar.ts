import { GraphQLScalarType, Kind, ValueNode } from 'graphql';
import { vilniusOffsetMinutes } from '../time/vilnius-time';
import { ScalarInputError } from './scalar-input-error';

const PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/;

const EXAMPLE = '2027-03-05T10:00:00+02:00';

const pad = (n: number) => String(n).padStart(2, '0');

/** "+02:00" for a Vilnius wall time, to show the writer what to add (near a switch: either). */
function vilniusOffsetOf(wallAsUtc: number): string {
  const minutes = vilniusOffsetMinutes(new Date(wallAsUtc - 2 * 3600_000));
  return `+${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/**
 * The rule for every DateTime input: an ISO 8601 date and time WITH its UTC offset ("Z" or
 * "+02:00"). A time without one is refused, not guessed: read as UTC it is two or three hours
 * off for someone who meant Vilnius time, and read as Vilnius time it is ambiguous or missing
 * around the clock changes. The refusal shows the value with the Vilnius offset of that day.
 */
export function parseInstant(value: unknown, node?: ValueNode): Date {
  const refuse = (problem: string) => new ScalarInputError('DateTime', problem, node);
  const match = typeof value === 'string' ? PATTERN.exec(value) : null;
  if (!match) {
    throw refuse(`must be an ISO 8601 date and time with a UTC offset, e.g. ${EXAMPLE}`);
  }
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((v) => Number(v ?? 0));
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  const real =
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60;
  if (!real) throw refuse(`is not a real date and time: ${String(value)}`);
  const offset = match[8];
  if (!offset) {
    const text = `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${pad(second)}`;
    throw refuse(
      `must have a UTC offset; for ${text} Vilnius time write ${text}${vilniusOffsetOf(wall)}, ` +
        `or end it with Z for UTC`,
    );
  }
  const [sign, offsetHours, offsetMinutes] =
    offset === 'Z'
      ? [1, 0, 0]
      : [offset[0] === '-' ? -1 : 1, +offset.slice(1, 3), +offset.slice(4)];
  if (offsetHours > 18 || offsetMinutes > 59) throw refuse(`has no such UTC offset: ${offset}`);
  const fraction = match[7] ? Math.floor(Number(match[7]) * 1000) : 0;
  return new Date(wall + fraction - sign * (offsetHours * 60 + offsetMinutes) * 60_000);
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description:
    'An instant. Answers are in UTC, e.g. 2027-03-05T08:00:00.000Z. Inputs are ISO 8601 with ' +
    'their UTC offset, e.g. 2027-03-05T10:00:00+02:00 or 2027-03-05T08:00:00Z; a time ' +
    'without an offset is refused (BAD_USER_INPUT naming the field), never guessed.',
  serialize: (value) => {
    if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
      throw new Error(`DateTime cannot answer ${String(value)}`);
    }
    return value.toISOString();
  },
  parseValue: (value) => parseInstant(value),
  parseLiteral: (ast) => parseInstant(ast.kind === Kind.STRING ? ast.value : undefined, ast),
});
