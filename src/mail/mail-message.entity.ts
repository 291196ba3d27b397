import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum MailStatus {
  /** Waiting to be sent, or to be tried again at `nextAttemptAt`. */
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** Given up after the last attempt; `lastError` says why. */
  FAILED = 'FAILED',
  /** No SMTP server configured: shown in the log and kept here. */
  KEPT = 'KEPT',
}

/**
 * The outbox: a mail is written in the transaction of the change that causes it, so a change
 * that rolls back sends nothing and one that commits is never forgotten. Not in the API.
 */
@Entity('mail_outbox')
@Index(['status', 'nextAttemptAt'])
export class MailMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  /** The order mails were written in (taken under the write lock): each recipient's go out so. */
  @Column({ type: 'integer', unique: true })
  sequence: number;

  /** What the mail says, e.g. PASSWORD_RESET; the text is rendered at sending time. */
  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'varchar', length: 254 })
  recipient: string;

  /** The facts the text is rendered from (JSON): never personal codes, never record text. */
  @Column({ type: 'text' })
  params: string;

  /** A one-time secret for the link (a password token); erased once the mail is delivered. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  secret: string | null;

  @Column({ type: 'varchar', length: 10, default: MailStatus.PENDING })
  status: MailStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: Date })
  nextAttemptAt: Date;

  @Column({ name: 'sent_at', type: Date, nullable: true })
  sentAt: Date | null;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError: string | null;
}
