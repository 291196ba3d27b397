import { Caller } from './authorization-matrix';
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
  after?: (caller: Caller, res: GraphQLResponse) => void;
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
