import { RefusalReason } from './error-reasons';
import { FieldRule } from './field-rules';

/** Stable codes clients can branch on; they travel as `extensions.code`. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  /** The record is in a state that does not allow this (e.g. its minutes are approved). */
  FAILED_PRECONDITION = 'FAILED_PRECONDITION',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  /** The HTTP request body is larger than the server accepts. */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** The query could return more values than one answer may hold (see list-bounds.ts). */
  QUERY_TOO_COSTLY = 'QUERY_TOO_COSTLY',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export interface FieldProblem {
  /** Path of the offending input field, e.g. `email` or `measures.0.code`. */
  field: string;
  /** Which rule it broke, for clients to word (field-rules.ts). */
  rule: FieldRule;
  message: string;
  /** The bound of TOO_SHORT / TOO_SMALL, or of TOO_LONG / TOO_LARGE / TOO_MANY. */
  min?: number;
  max?: number;
}

/** A failure the caller can act on; everything else is masked as INTERNAL_SERVER_ERROR. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldProblem[],
    /** Why a FAILED_PRECONDITION or CONFLICT was refused (`extensions.reason`). */
    readonly reason?: RefusalReason,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const unauthenticated = (message = 'You must be logged in to do this.') =>
  new DomainError(ErrorCode.UNAUTHENTICATED, message);

export const forbidden = (message = 'Your role does not allow this.') =>
  new DomainError(ErrorCode.FORBIDDEN, message);

export const notFound = (entity: string, id: string) =>
  new DomainError(ErrorCode.NOT_FOUND, `${entity} ${id} was not found.`);

/** `what` names the record as in a sentence: "the minutes", "the meeting". */
export const conflict = (what: string) =>
  new DomainError(
    ErrorCode.CONFLICT,
    `Someone else changed ${what} since you read it; reload and try again.`,
    undefined,
    'STALE_VERSION',
  );

export const badInput = (fields: FieldProblem[], message?: string) =>
  new DomainError(
    ErrorCode.BAD_USER_INPUT,
    message ?? `Invalid input: ${fields.map((f) => `${f.field} ${f.message}`).join('; ')}`,
    fields,
  );

export const failedPrecondition = (reason: RefusalReason, message: string) =>
  new DomainError(ErrorCode.FAILED_PRECONDITION, message, undefined, reason);
