/** One field the API refused, as `extensions.fields[]` names it. */
export interface FieldProblem {
  field: string;
  rule: string;
  min?: number;
  max?: number;
  message?: string;
}

/** A refusal or failure from the API, with its stable code (see the README's error codes). */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly reason: string | null = null,
    readonly fields: FieldProblem[] = [],
  ) {
    super(code);
  }
}

/** Reads the first error of a GraphQL answer into an ApiError. */
export function apiErrorOf(error: { extensions?: Record<string, unknown> } | undefined): ApiError {
  const ext = error?.extensions ?? {};
  const fields = Array.isArray(ext.fields) ? (ext.fields as FieldProblem[]) : [];
  return new ApiError(
    typeof ext.code === 'string' ? ext.code : 'INTERNAL_SERVER_ERROR',
    typeof ext.reason === 'string' ? ext.reason : null,
    fields,
  );
}
