import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { unauthenticated } from '../common/errors/domain-error';
import { newSecret, secretHash } from '../common/secrets/one-time-secret';
import { AppConfig, APP_CONFIG } from '../config/app-config';
import { MutationScope, TransactionService } from '../database/transaction.service';
import { Account } from './account.entity';
import { AuthPayload } from './dto/auth-payload.type';
import { Session, SessionEnd, sessionNow } from './session.entity';
import { TokenPayload } from './token-payload';
import { Viewer } from './viewer';

const MINUTE_MS = 60_000;
const ENDED = 'Your session has ended; log in again.';

/** What the audit keeps of a session: never its refresh hashes. */
const recorded = ({ refreshHash: _r, previousRefreshHash: _p, ...rest }: Session) => rest;

/**
 * Sessions a person can work through: a short token, renewed with a one-use refresh token
 * while the person keeps working (up to the idle and absolute limits), ended by logout, by a
 * password change or disabling (the token version), or by a refresh token seen twice.
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Opens a session for the account inside the caller's transaction. */
  async open({ manager }: MutationScope, account: Account): Promise<AuthPayload> {
    const now = sessionNow(this.config);
    const refreshToken = newSecret();
    const session = await manager.save(
      manager.create(Session, {
        accountId: account.id,
        refreshHash: secretHash(refreshToken),
        previousRefreshHash: null,
        tokenVersion: account.tokenVersion,
        idleExpiresAt: this.idleDeadline(now),
        expiresAt: new Date(now.getTime() + this.config.sessionMaxDays * 24 * 60 * MINUTE_MS),
      }),
    );
    return this.payload(session, account, refreshToken);
  }

  /** Opens a session in a transaction of its own (after a password set from a mailed link). */
  start(account: Account, operation: string): Promise<AuthPayload> {
    return this.tx.run(account.id, async (scope) => {
      const payload = await this.open(scope, account);
      const session = await scope.manager.findOneByOrFail(Session, {
        accountId: account.id,
        refreshHash: secretHash(payload.refreshToken),
      });
      await scope.audit({
        operation,
        entityType: 'Session',
        entityId: session.id,
        after: recorded(session),
      });
      return payload;
    });
  }

  /** Trades a refresh token for a new token and a new refresh token. */
  async renew(refreshToken: string): Promise<AuthPayload> {
    const hash = secretHash(refreshToken);
    const repository = this.dataSource.getRepository(Session);
    const found =
      (await repository.findOneBy({ refreshHash: hash })) ??
      (await repository.findOneBy({ previousRefreshHash: hash }));
    const owner = found
      ? await this.dataSource.getRepository(Account).findOneBy({ id: found.accountId })
      : null;
    if (!found || !owner || !this.usable(found, owner, sessionNow(this.config))) {
      throw unauthenticated(ENDED);
    }
    const outcome = await this.tx.run(found.accountId, async (scope) => {
      const { manager } = scope;
      const session = await manager.findOneByOrFail(Session, { id: found.id });
      const account = await manager.findOneByOrFail(Account, { id: session.accountId });
      const now = sessionNow(this.config);
      // Checked again under the write lock: a renewal a moment earlier may have ended it.
      if (!this.usable(session, account, now)) throw unauthenticated(ENDED);
      const before = recorded(session);
      if (session.refreshHash !== hash) {
        Object.assign(session, { endedAt: now, endReason: SessionEnd.REFRESH_REUSED });
        await this.saveAudited(scope, session, before, 'renewSession');
        return null;
      }
      const next = newSecret();
      session.previousRefreshHash = hash;
      session.refreshHash = secretHash(next);
      session.idleExpiresAt = this.idleDeadline(now);
      await this.saveAudited(scope, session, before, 'renewSession');
      return this.payload(session, account, next);
    });
    if (!outcome) throw unauthenticated(ENDED);
    return outcome;
  }

  /** Ends the caller's session: its token and refresh token stop working at once. */
  logout(viewer: Viewer): Promise<boolean> {
    return this.tx.run(viewer.accountId, async (scope) => {
      const session = viewer.sessionId
        ? await scope.manager.findOneBy(Session, {
            id: viewer.sessionId,
            accountId: viewer.accountId,
          })
        : null;
      // Ended a moment ago by another request: nothing is left to end.
      if (!session || session.endedAt) throw unauthenticated(ENDED);
      const before = recorded(session);
      Object.assign(session, { endedAt: sessionNow(this.config), endReason: SessionEnd.LOGOUT });
      await this.saveAudited(scope, session, before, 'logout');
      return true;
    });
  }

  private async saveAudited(
    { manager, audit }: MutationScope,
    session: Session,
    before: ReturnType<typeof recorded>,
    operation: string,
  ) {
    await manager.save(session);
    await audit({
      operation,
      entityType: 'Session',
      entityId: session.id,
      before,
      after: recorded(session),
    });
  }

  private usable(session: Session, account: Account, now: Date): boolean {
    return (
      !session.endedAt &&
      session.idleExpiresAt > now &&
      session.expiresAt > now &&
      account.active &&
      account.tokenVersion === session.tokenVersion
    );
  }

  private idleDeadline(now: Date): Date {
    return new Date(now.getTime() + this.config.sessionIdleMinutes * MINUTE_MS);
  }

  private async payload(
    session: Session,
    account: Account,
    refreshToken: string,
  ): Promise<AuthPayload> {
    const iat = Math.floor(sessionNow(this.config).getTime() / 1000);
    const claims: TokenPayload & { iat: number } = {
      sub: account.id,
      tv: account.tokenVersion,
      sid: session.id,
      iat,
    };
    const token = await this.jwt.signAsync(claims, {
      expiresIn: this.config.jwtExpiresIn as never,
    });
    const { exp } = this.jwt.decode<{ exp: number }>(token);
    // The token never outlives its session.
    const expiresAt = new Date(Math.min(exp * 1000, session.idleExpiresAt.getTime()));
    const sessionExpiresAt = new Date(
      Math.min(session.idleExpiresAt.getTime(), session.expiresAt.getTime()),
    );
    return { token, expiresAt, refreshToken, sessionExpiresAt, account };
  }
}
