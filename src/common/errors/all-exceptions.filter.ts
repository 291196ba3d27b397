import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import { GqlContextType } from '@nestjs/graphql';
import type { Response } from 'express';
import { HTTP_STATUS_OF, toDomainError, toGraphQLError } from './to-graphql-error';

/** The one place that turns exceptions into client-facing errors, for GraphQL and plain HTTP. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<GqlContextType>() === 'graphql') {
      return toGraphQLError(exception);
    }
    const error = toDomainError(exception);
    const response = host.switchToHttp().getResponse<Response>();
    response.status(HTTP_STATUS_OF[error.code]).json({ code: error.code, message: error.message });
  }
}
