import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { GraphQLContext } from '../common/graphql/graphql-context';
import { Viewer } from './viewer';

/** The authenticated caller; the guard has already refused anonymous calls where needed. */
export const CurrentViewer = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Viewer | null =>
    GqlExecutionContext.create(context).getContext<GraphQLContext>().req.viewer ?? null,
);
