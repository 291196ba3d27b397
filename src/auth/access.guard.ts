import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '../config/app-config';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { forbidden, unauthenticated } from '../common/errors/domain-error';
import { RequestWithViewer } from '../common/graphql/graphql-context';
import { Account } from './account.entity';
import { ALLOW_KEY, Allowed, Audience, IGNORE_TOKEN_KEY } from './allow.decorator';
import { isSessionClaims, TOKEN_ALGORITHM } from './token-payload';
import { Session, sessionNow } from './session.entity';
import { Viewer, viewerOf } from './viewer';

/** The one authorization gate: resolves the caller and checks `@Allow` on every operation. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const allowed = this.reflector.getAllAndOverride<Allowed[] | undefined>(ALLOW_KEY, targets);
    const request = this.requestOf(context);
    const ignoreToken = this.reflector.getAllAndOverride<boolean>(IGNORE_TOKEN_KEY, targets);
    const viewer = ignoreToken ? null : await this.resolveViewer(request);

    if (!allowed?.length) throw forbidden('This operation is not open to any role.');
    if (allowed.includes(Audience.PUBLIC)) return true;
    if (!viewer) throw unauthenticated();
    if (allowed.includes(Audience.AUTHENTICATED)) return true;
    if (allowed.includes(viewer.systemRole)) return true;
    throw forbidden();
  }

  private requestOf(context: ExecutionContext): RequestWithViewer {
    if (context.getType<GqlContextType>() === 'graphql') {
      return GqlExecutionContext.create(context).getContext().req;
    }
    return context.switchToHttp().getRequest();
  }

  /** Cached on the request: a GraphQL document with several fields checks the token once. */
  private async resolveViewer(request: RequestWithViewer): Promise<Viewer | null> {
    if (request.viewer !== undefined) return request.viewer;
    const header = request.headers.authorization;
    if (!header) return (request.viewer = null);
    const [scheme, token] = header.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) {
      throw unauthenticated('The Authorization header must be "Bearer <token>".');
    }
    const now = sessionNow(this.config);
    const payload = await this.jwt
      .verifyAsync<object>(token, {
        algorithms: [TOKEN_ALGORITHM],
        clockTimestamp: Math.floor(now.getTime() / 1000),
      })
      .catch(() => null);
    if (!isSessionClaims(payload)) {
      throw unauthenticated('Your session token is invalid or has expired; log in again.');
    }
    // One statement: the live account and its open session (logout ends it at once).
    const account = await this.dataSource
      .getRepository(Account)
      .createQueryBuilder('account')
      .innerJoin(
        Session,
        'session',
        'session.id = :sid AND session.accountId = account.id AND session.endedAt IS NULL' +
          ' AND session.idleExpiresAt > :now AND session.expiresAt > :now',
        { sid: payload.sid, now },
      )
      .where('account.id = :id', { id: payload.sub })
      .getOne();
    if (!account || !account.active || account.tokenVersion !== payload.tv) {
      throw unauthenticated('Your session has ended; log in again.');
    }
    return (request.viewer = viewerOf(account, payload.sid));
  }
}
