import { HttpException, HttpStatus, Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainError, ErrorCode } from './domain-error';
import { scalarRefusal } from './input-field-path';

const logger = new Logger('Errors');

export const HTTP_STATUS_OF: Record<ErrorCode, number> = {
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.CONFLICT]: HttpStatus.CONFLICT,
  [ErrorCode.FAILED_PRECONDITION]: HttpStatus.PRECONDITION_FAILED,
  [ErrorCode.TOO_MANY_REQUESTS]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.PAYLOAD_TOO_LARGE]: HttpStatus.PAYLOAD_TOO_LARGE,
  [ErrorCode.QUERY_TOO_COSTLY]: HttpStatus.BAD_REQUEST,
  [ErrorCode.INTERNAL_SERVER_ERROR]: HttpStatus.INTERNAL_SERVER_ERROR,
};

/**
 * The reverse, for Nest's HttpExceptions; a 500 is never trusted as ours and stays masked, and
 * a 400 is BAD_USER_INPUT (QUERY_TOO_COSTLY comes only from the cost limit).
 */
const NOT_FROM_STATUS = new Set([ErrorCode.INTERNAL_SERVER_ERROR, ErrorCode.QUERY_TOO_COSTLY]);
const CODE_OF_STATUS = new Map<number, ErrorCode>(
  Object.entries(HTTP_STATUS_OF)
    .filter(([code]) => !NOT_FROM_STATUS.has(code as ErrorCode))
    .map(([code, status]) => [status, code as ErrorCode]),
);

/** Codes GraphQL itself produces before a resolver runs; their messages are safe to show. */
const GRAPHQL_OWN_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

const KNOWN_CODES = new Set<string>([...Object.values(ErrorCode), ...GRAPHQL_OWN_CODES]);

export const MASKED_MESSAGE = 'Internal server error';

/** Maps anything thrown inside the app to a DomainError, masking what is not one of ours. */
export function toDomainError(exception: unknown): DomainError {
  if (exception instanceof DomainError) return exception;
  if (exception instanceof HttpException) {
    const code = CODE_OF_STATUS.get(exception.getStatus());
    if (code) return new DomainError(code, exception.message);
  }
  // body-parser's refusals (http-errors with `expose`): a too large or malformed body.
  const httpError = exception as { status?: number; expose?: boolean; type?: string };
  if (httpError?.expose && httpError.type === 'entity.too.large') {
    return new DomainError(ErrorCode.PAYLOAD_TOO_LARGE, 'The request body is too large.');
  }
  if (httpError?.expose && httpError.status === 400) {
    return new DomainError(ErrorCode.BAD_USER_INPUT, 'The request body is not valid JSON.');
  }
  logger.error(
    exception instanceof Error ? (exception.stack ?? exception.message) : String(exception),
  );
  return new DomainError(ErrorCode.INTERNAL_SERVER_ERROR, MASKED_MESSAGE);
}

export function toGraphQLError(exception: unknown): GraphQLError {
  if (exception instanceof GraphQLError && KNOWN_CODES.has(String(exception.extensions?.code))) {
    return exception;
  }
  const error = toDomainError(exception);
  return new GraphQLError(error.message, { extensions: extensionsOf(error) });
}

/** What a client reads of a domain error: its code, the fields at fault, the reason. */
function extensionsOf(error: DomainError): Record<string, unknown> {
  const extensions: Record<string, unknown> = { code: error.code };
  if (error.fields) extensions.fields = error.fields;
  if (error.reason) extensions.reason = error.reason;
  return extensions;
}

/**
 * Apollo's last word on every error: keeps our codes and GraphQL's own validation codes,
 * masks everything else, and never lets a stack trace out.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error?: unknown,
): GraphQLFormattedError {
  // A scalar refused an input value before any resolver ran: name the field it was given for.
  const refused = scalarRefusal(error);
  if (refused) {
    return {
      message: refused.message,
      path: formatted.path,
      extensions: { code: refused.code, fields: refused.fields },
    };
  }
  // Field resolvers run without Nest's exception filters: map what they threw here.
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  if (original && !(original instanceof GraphQLError)) {
    const domain = toDomainError(original);
    return { message: domain.message, path: formatted.path, extensions: extensionsOf(domain) };
  }
  const code = String(formatted.extensions?.code ?? '');
  if (!KNOWN_CODES.has(code) || code === ErrorCode.INTERNAL_SERVER_ERROR) {
    return {
      message: MASKED_MESSAGE,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  }
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, extensions };
}
