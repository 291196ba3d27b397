import { Logger, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import express, { NextFunction, Request, Response } from 'express';
import { existsSync } from 'fs';
import { basename, extname, join, sep } from 'path';

/** Where `npm run build -w web` writes the web client (the same from `dist/` and `src/`). */
export const WEB_CLIENT_DIST = join(__dirname, '..', '..', 'web', 'dist');

/** The server's own addresses: never answered with the web client's page. */
const SERVER_PATHS = /^\/(graphql|graphiql|health|reports|calendar|set-password)(\/|$)/;

/** Hashed build files never change; everything else is checked on every visit. */
function cacheHeaders(res: Response, path: string): void {
  const hashed = path.includes(`${sep}assets${sep}`) && basename(path) !== 'index.html';
  res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
}

/**
 * Serves the web client at `/`: its files, and its page for every other GET the server does not
 * answer itself, so deep links (`/items/…`) open the app. A middleware rather than
 * @nestjs/serve-static, whose error handler turns the API's own errors on excluded paths (a
 * body too large for `/graphql`, say) into 404s. Without a build the API runs alone.
 */
@Module({})
export class WebClientModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    const index = join(WEB_CLIENT_DIST, 'index.html');
    if (!existsSync(index)) {
      new Logger('WebClient').warn(`No web client at ${WEB_CLIENT_DIST}: npm run build -w web`);
      return;
    }
    const files = express.static(WEB_CLIENT_DIST, { index: false, setHeaders: cacheHeaders });
    const serve = (req: Request, res: Response, next: NextFunction) => {
      if (SERVER_PATHS.test(req.path)) return next();
      files(req, res, () => {
        // A missing file (an old build's script, a typo) is a 404, not the app's page.
        if (extname(req.path)) return next();
        cacheHeaders(res, index);
        res.sendFile(index);
      });
    };
    consumer
      .apply(serve)
      .forRoutes(
        { path: '{*path}', method: RequestMethod.GET },
        { path: '{*path}', method: RequestMethod.HEAD },
      );
  }
}
