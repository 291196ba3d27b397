import { ValidationError } from 'class-validator';
import { badInput, FieldProblem } from './domain-error';

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Used by the global ValidationPipe so class-validator failures become BAD_USER_INPUT with fields. */
export function validationExceptionFactory(errors: ValidationError[]) {
  return badInput(flatten(errors));
}
