import { Caller, operationOf } from './authorization-matrix';
import { Target } from './authorization-fixtures';
import { GraphQLResponse } from './test-app';

export type Variables = Record<string, unknown>;

/** How to call one row's operation. */
export interface Case {
  document: string;
  /**
   * The variables for one caller. `fresh` is true when the cell expects the call to succeed:
   * a state-changing operation then gets a target of its own, so an earlier allowed call
   * cannot have used it up. Refused cells share one valid target per row.
   */
  variables?: (caller: Caller, fresh: boolean) => Promise<Variables> | Variables;
  /** Runs after each call, e.g. to carry on with a token the call handed out. */
  after?: (caller: Caller, res: GraphQLResponse) => void | Promise<void>;
  /** What the answer means, where `outcomeOf` cannot tell (e.g. contents withheld). */
  outcome?: (res: GraphQLResponse) => string;
}

/** What the matrix spec lends the case builders of other files. */
export interface CaseTools {
  /** A fresh target for an allowed cell; one shared target for every refused cell of a row. */
  target<T>(row: string, fresh: boolean, create: () => Promise<T>): Promise<T>;
  /** `{ id, version, ...extra }` of a target, as the input. */
  versioned(row: string, create: () => Promise<Target>, extra?: Variables): Pick<Case, 'variables'>;
}

const REFUSALS = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'];

/**
 * What a response means for the matrix: `allowed` (no error and the field answered), a refusal
 * code with nothing in `data`, or a description of anything else so a mismatch reads well.
 */
export function outcomeOf(res: GraphQLResponse, field: string): string {
  const error = res.errors?.[0];
  if (!error) {
    return res.data?.[field] != null ? 'allowed' : `no error, but no ${field} (HTTP ${res.status})`;
  }
  const code = error.extensions?.code;
  if (REFUSALS.includes(code)) {
    const empty = res.data == null || Object.values(res.data).every((value) => value === null);
    return empty ? code : `${code}, but data was returned`;
  }
  return `${code}: ${error.message}`;
}

/** Field names of `type Query { … }` or `type Mutation { … }` in an SDL text. */
export function schemaOperations(sdl: string, type: 'Query' | 'Mutation'): string[] {
  const withoutDescriptions = sdl.replace(/"""[\s\S]*?"""/g, '').replace(/"[^"\n]*"/g, '');
  const block = new RegExp(`^type ${type} \\{\\n([\\s\\S]*?)^\\}`, 'm').exec(withoutDescriptions);
  if (!block) throw new Error(`schema.gql has no "type ${type} {" block`);
  return [...block[1].matchAll(/^ {2}(\w+)\s*[(:]/gm)].map((m) => m[1]).sort();
}

export const tableOperations = (matrix: object) =>
  [...new Set(Object.keys(matrix).map(operationOf))].sort();
