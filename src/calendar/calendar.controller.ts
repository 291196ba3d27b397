import { Controller, Get, NotFoundException, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Allow, Audience, IgnoreToken } from '../auth/allow.decorator';
import { CalendarService } from './calendar.service';

/** Calendar apps subscribe without logging in: the secret in the address is the credential. */
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendarService: CalendarService) {}

  @Get(':file')
  @Allow(Audience.PUBLIC)
  @IgnoreToken()
  async feed(
    @Param('file') file: string,
    @Query('lang') lang: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const token = /^([A-Za-z0-9_-]{20,100})\.ics$/.exec(file)?.[1];
    const sources = { asked: lang, acceptLanguage: req.headers['accept-language'] };
    const body = token ? await this.calendarService.feed(token, sources) : null;
    if (body === null) throw new NotFoundException('No calendar at this address.');
    res
      .status(200)
      .type('text/calendar; charset=utf-8')
      .set('Cache-Control', 'private, max-age=300')
      .send(body);
  }
}
