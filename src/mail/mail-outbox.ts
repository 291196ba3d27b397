import { EntityManager } from 'typeorm';
import { nextNumber } from '../database/next-number';
import { MailKind, MailParams } from './mail-templates';
import { MailMessage, MailStatus } from './mail-message.entity';

export interface OutgoingMail<K extends MailKind> {
  kind: K;
  to: string;
  params: MailParams[K];
  secret?: string;
}

/**
 * Puts a mail in the outbox inside the caller's transaction (which holds the write lock, so
 * the sequence is unique); the sender delivers it later.
 */
export async function enqueueMail<K extends MailKind>(
  manager: EntityManager,
  mail: OutgoingMail<K>,
): Promise<MailMessage> {
  return manager.save(
    manager.create(MailMessage, {
      sequence: await nextNumber(manager, MailMessage, 'sequence', {}),
      kind: mail.kind,
      recipient: mail.to,
      params: JSON.stringify(mail.params),
      secret: mail.secret ?? null,
      status: MailStatus.PENDING,
      attempts: 0,
      nextAttemptAt: new Date(),
      sentAt: null,
      lastError: null,
    }),
  );
}
