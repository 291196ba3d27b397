import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { GRAPHIQL_PAGE } from './graphiql.assets';

/** A browser opening /graphql gets GraphiQL; GraphQL clients pass through to Apollo. */
@Injectable()
export class GraphiqlPageMiddleware implements NestMiddleware {
  use(request: Request, response: Response, next: NextFunction) {
    const wantsPage =
      request.method === 'GET' &&
      !request.query.query &&
      request.accepts(['json', 'html']) === 'html';
    if (!wantsPage) return next();
    response.type('html').send(GRAPHIQL_PAGE);
  }
}
