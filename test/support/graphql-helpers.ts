import { GraphQLResponse } from './test-app';

/** The value of `field` in an answer, or an error that names what failed and why. */
export function must<T = any>(res: GraphQLResponse, field: string): T {
  const value = res.data?.[field];
  if (value === undefined || value === null) {
    throw new Error(`${field} failed while building fixtures: ${JSON.stringify(res.errors)}`);
  }
  return value as T;
}

/** A one-field mutation document that takes `input` and selects `selection`. */
export const mutationDocument = (
  name: string,
  inputType: string,
  selection = 'id version',
  optionalInput = false,
) =>
  `mutation ${name[0].toUpperCase()}${name.slice(1)}($input: ${inputType}${optionalInput ? '' : '!'}) { ${name}(input: $input) { ${selection} } }`;
