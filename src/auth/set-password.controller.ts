import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError, ErrorCode } from '../common/errors/domain-error';
import { Allow, Audience, IgnoreToken } from './allow.decorator';
import { PasswordTokensService } from './password-tokens.service';
import { passwordSetPage, setPasswordForm } from './set-password-page';

const MISMATCH = { lt: 'Slaptažodžiai nesutampa.', en: 'The passwords differ.' };
const INVALID_LINK = {
  lt: 'Nuoroda nebegalioja: ji panaudota, pakeista naujesne arba pasibaigė. Paprašykite administratoriaus naujos.',
  en: 'The link no longer works: it was used, replaced by a newer one or has expired. Ask your administrator for a new one.',
};
const WEAK = {
  lt: 'Slaptažodis per silpnas: bent 12 ženklų, įvairių, nesudarytas iš el. pašto ar vardo.',
  en: 'The password is too weak: at least 12 varied characters, not made of your e-mail or name.',
};
const TOO_MANY = {
  lt: 'Per daug bandymų; palaukite minutę.',
  en: 'Too many attempts; wait a minute.',
};

/**
 * The page behind the mailed link, for people without the web client at hand: a form that
 * posts to the same address and sets the password through `setPasswordWithToken`'s service.
 */
@Controller('set-password')
@Allow(Audience.PUBLIC)
@IgnoreToken()
export class SetPasswordController {
  constructor(private readonly tokens: PasswordTokensService) {}

  @Get()
  form(@Query('token') token: unknown, @Res() res: Response) {
    this.send(res, 200, setPasswordForm(typeof token === 'string' ? token.slice(0, 200) : ''));
  }

  @Post()
  async submit(@Body() body: Record<string, unknown>, @Req() req: Request, @Res() res: Response) {
    const text = (key: string) => (typeof body?.[key] === 'string' ? (body[key] as string) : '');
    const token = text('token').slice(0, 200);
    if (text('newPassword') !== text('repeatPassword')) {
      return this.send(res, 400, setPasswordForm(token, MISMATCH));
    }
    try {
      await this.tokens.setPasswordWithToken(
        { token, newPassword: text('newPassword') },
        req.ip ?? 'unknown',
      );
      this.send(res, 200, passwordSetPage());
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const field = error.fields?.[0]?.field;
      const problem =
        error.code === ErrorCode.TOO_MANY_REQUESTS
          ? TOO_MANY
          : field === 'token'
            ? INVALID_LINK
            : WEAK;
      this.send(
        res,
        error.code === ErrorCode.TOO_MANY_REQUESTS ? 429 : 400,
        setPasswordForm(token, problem),
      );
    }
  }

  private send(res: Response, status: number, html: string) {
    // The token is in the address: keep it out of caches and of other sites' Referer.
    res
      .status(status)
      .type('html')
      .set('Cache-Control', 'no-store')
      .set('Referrer-Policy', 'no-referrer')
      .send(html);
  }
}
