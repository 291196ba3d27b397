import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { unauthenticated } from '../common/errors/domain-error';
import { GraphQLContext } from '../common/graphql/graphql-context';
import { Viewer } from './viewer';

/**
 * The authenticated caller. Operations are guarded, but field resolvers are not: a field that
 * takes the viewer can be reached without one (under `login`'s result, or a public query), and
 * answers UNAUTHENTICATED there instead of running with `null`.
 */
export const CurrentViewer = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Viewer =>
    viewerIn(GqlExecutionContext.create(context).getContext<GraphQLContext>()),
);

/** The same for a field resolver that takes the GraphQL context itself (see NoArgs). */
export function viewerIn(ctx: GraphQLContext): Viewer {
  const viewer = ctx.req.viewer;
  if (!viewer) throw unauthenticated('Log in to read this.');
  return viewer;
}
