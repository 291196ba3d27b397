import { ValidationError } from 'class-validator';
import { badInput, FieldProblem } from './domain-error';
import { FieldRule } from './field-rules';

/** class-validator's constraint names (ours included) and the rule each one checks. */
const RULE_OF_CONSTRAINT: Record<string, FieldRule> = {
  isNotEmpty: 'REQUIRED',
  isDefined: 'NOT_NULL',
  maxLength: 'TOO_LONG',
  minLength: 'TOO_SHORT',
  min: 'TOO_SMALL',
  max: 'TOO_LARGE',
  arrayMaxSize: 'TOO_MANY',
  arrayUnique: 'DUPLICATE',
  isInt: 'NOT_WHOLE_NUMBER',
  isNumber: 'NOT_A_NUMBER',
  isString: 'NOT_TEXT',
  isEnum: 'NOT_ALLOWED_VALUE',
  isUuid: 'INVALID_ID',
  isLocalDate: 'INVALID_DATE',
  isDate: 'INVALID_DATE',
  isEmail: 'INVALID_EMAIL',
  isPhoneNumber: 'INVALID_PHONE',
  noPersonalCode: 'PERSONAL_CODE',
  matches: 'INVALID_FORMAT',
};

/** The rules whose message carries a bound, and which side of it. */
const BOUND_OF: Partial<Record<FieldRule, 'min' | 'max'>> = {
  TOO_LONG: 'max',
  TOO_SHORT: 'min',
  TOO_SMALL: 'min',
  TOO_LARGE: 'max',
  TOO_MANY: 'max',
};

/** class-validator's wording where it speaks of code rather than of the value. */
const MESSAGE_OF_CONSTRAINT: Record<string, string> = {
  isDate: 'must be a date and time with its UTC offset, e.g. 2026-03-05T10:00:00+02:00',
};

function problemOf(field: string, property: string, constraint: string, text: string) {
  const rule = RULE_OF_CONSTRAINT[constraint] ?? 'INVALID_VALUE';
  // class-validator starts its messages with the property: the field is named already.
  const message =
    MESSAGE_OF_CONSTRAINT[constraint] ??
    (text.startsWith(`${property} `) ? text.slice(property.length + 1) : text);
  const problem: FieldProblem = { field, rule, message };
  const side = BOUND_OF[rule];
  const bound = side && /-?\d+(\.\d+)?/.exec(message)?.[0];
  if (side && bound) problem[side] = Number(bound);
  return problem;
}

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, text]) =>
      problemOf(field, error.property, constraint, text),
    );
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Used by the global ValidationPipe so class-validator failures become BAD_USER_INPUT with fields. */
export function validationExceptionFactory(errors: ValidationError[]) {
  return badInput(flatten(errors));
}
