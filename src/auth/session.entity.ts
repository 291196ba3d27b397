import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../common/entities/base.entity';

/**
 * Session lifetimes run on the real clock, not the domain's `Clock`: pinning "today" (tests,
 * any "as of" view) must not end or stretch anyone's session. Tests move it with
 * `sessionClockShiftMs`.
 */
export const sessionNow = (config: { sessionClockShiftMs?: number }) =>
  new Date(Date.now() + (config.sessionClockShiftMs ?? 0));

/** Why a session ended before its time. */
export enum SessionEnd {
  LOGOUT = 'LOGOUT',
  /** A refresh token used twice: a copy is in someone else's hands, so neither keeps it. */
  REFRESH_REUSED = 'REFRESH_REUSED',
}

/**
 * One login's lifetime. Short session tokens name it (`sid`); its refresh token, stored only as
 * a hash and replaced at every renewal, gets the next one.
 */
@Entity('session')
export class Session extends BaseEntity {
  @Index()
  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'refresh_hash', type: 'varchar', length: 64, unique: true })
  refreshHash: string;

  /** The refresh token this one replaced: seeing it again means it was copied. */
  @Index()
  @Column({ name: 'previous_refresh_hash', type: 'varchar', length: 64, nullable: true })
  previousRefreshHash: string | null;

  /** The account's token version when opened: a password change or disabling ends it. */
  @Column({ name: 'token_version', type: 'integer' })
  tokenVersion: number;

  /** Renewal must come before this (idle limit); every renewal moves it on. */
  @Column({ name: 'idle_expires_at', type: Date })
  idleExpiresAt: Date;

  /** No renewal passes this (absolute limit): then the person logs in again. */
  @Column({ name: 'expires_at', type: Date })
  expiresAt: Date;

  @Column({ name: 'ended_at', type: Date, nullable: true })
  endedAt: Date | null;

  @Column({ name: 'end_reason', type: 'varchar', length: 20, nullable: true })
  endReason: SessionEnd | null;
}
