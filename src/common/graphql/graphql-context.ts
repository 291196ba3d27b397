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
