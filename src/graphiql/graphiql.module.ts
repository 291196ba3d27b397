import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { GraphiqlPageMiddleware } from './graphiql-page.middleware';
import { GraphiqlController } from './graphiql.controller';

/** Imported only when GRAPHIQL is not false. */
@Module({ controllers: [GraphiqlController] })
export class GraphiqlModule implements NestModule {
  configure(consumer: MiddlewareConsumer) {
    consumer
      .apply(GraphiqlPageMiddleware)
      .forRoutes({ path: 'graphql', method: RequestMethod.GET });
  }
}
