import type { Request, Response } from 'express';
import type { Viewer } from '../../auth/viewer';
import { RequestLoaders } from '../dataloader/request-loaders';

export interface RequestWithViewer extends Request {
  viewer?: Viewer | null;
}

export interface GraphQLContext {
  req: RequestWithViewer;
  res: Response;
  loaders: RequestLoaders;
}

/**
 * The arguments of a field resolver that takes none. Field resolvers of rows that come in lists
 * are written `(parent, _args: NoArgs, ctx: GraphQLContext)`, without parameter decorators:
 * @nestjs/graphql then binds the method to the field as it is, where a decorated one runs
 * Nest's parameter pipeline (pipes, promises) once per row and field — most of the CPU of a
 * page of 100 rows. They read the caller with `viewerIn(ctx)`.
 */
export type NoArgs = Record<string, never>;
