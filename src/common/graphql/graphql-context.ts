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
 * The arguments of a field resolver that takes none. Such resolvers are written
 * `(parent, _args: NoArgs, ctx: GraphQLContext)`, without parameter decorators: @nestjs/graphql
 * then binds the method to the field as it is, where a decorated one runs Nest's parameter
 * pipeline (pipes, promises) once per row and field, a good part of a 100-row page's CPU. They
 * read the caller with `viewerIn(ctx)`. Fields with arguments keep `@Args` and validation.
 */
export type NoArgs = Record<string, never>;
