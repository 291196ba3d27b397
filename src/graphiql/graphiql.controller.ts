import { Controller, Get, Header, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Allow, Audience } from '../auth/allow.decorator';
import { GRAPHIQL_ASSETS, GRAPHIQL_INIT_SCRIPT } from './graphiql.assets';

@Controller('graphiql')
export class GraphiqlController {
  @Get(':asset')
  @Allow(Audience.PUBLIC)
  @Header('Cache-Control', 'public, max-age=3600')
  asset(@Param('asset') name: string, @Res() response: Response) {
    if (name === 'init.js') {
      response.type('text/javascript').send(GRAPHIQL_INIT_SCRIPT);
      return;
    }
    const asset = GRAPHIQL_ASSETS.get(name);
    if (!asset) throw new NotFoundException(`No GraphiQL asset ${name}.`);
    response.type(asset.type).sendFile(asset.path);
  }
}
