import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, Transporter } from 'nodemailer';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, APP_CONFIG, isDevelopment } from '../config/app-config';
import { TransactionService } from '../database/transaction.service';
import { MailMessage, MailStatus } from './mail-message.entity';
import { nextAttemptAt, MAX_ATTEMPTS } from './mail-retry';
import { MailKind, MailParams, renderMail } from './mail-templates';

const BATCH = 20;

type Statement = <T>(statement: () => Promise<T>) => Promise<T>;

/**
 * Delivers the outbox. Each mail's Message-ID is derived from its row, so a mail sent again
 * after a crash between sending and marking is recognisably the same message. On PostgreSQL,
 * instances claim rows with FOR UPDATE SKIP LOCKED and never send one row twice.
 */
@Injectable()
export class MailSenderService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailSenderService.name);
  private transport: Transporter | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tx: TransactionService,
  ) {}

  onApplicationBootstrap() {
    if (this.config.smtpUrl) this.transport = createTransport(this.config.smtpUrl);
    if (this.config.mailPollMs > 0) {
      this.timer = setInterval(() => void this.deliverDue(), this.config.mailPollMs);
      this.timer.unref();
    }
  }

  async onApplicationShutdown() {
    if (this.timer) clearInterval(this.timer);
    await this.running;
    this.transport?.close();
  }

  /** One pass over the due mails; returns how many were delivered (or kept). */
  deliverDue(): Promise<number> {
    // One pass at a time per instance; a pass asked for during one joins it.
    this.running ??= this.pass().finally(() => (this.running = null));
    return this.running;
  }

  private async pass(): Promise<number> {
    try {
      if (this.dataSource.options.type === 'postgres') {
        return await this.dataSource.transaction((manager) =>
          this.deliver(manager, true, (statement) => statement()),
        );
      }
      // SQLite's one connection is shared with the mutations: each statement takes its turn
      // between their transactions, so it never reads or writes inside one of them.
      return await this.deliver(this.dataSource.manager, false, (statement) =>
        this.tx.exclusive(statement),
      );
    } catch (error) {
      this.logger.error({ err: error }, 'mail delivery pass failed');
      return 0;
    }
  }

  private async deliver(
    manager: EntityManager,
    lockRows: boolean,
    inTurn: Statement,
  ): Promise<number> {
    // Real time, not the tool's clock: delivery is plumbing, not a rule about records.
    const now = new Date();
    // A recipient's mails go out in the order written: none while an earlier one waits.
    const query = manager
      .createQueryBuilder(MailMessage, 'mail')
      .where('mail.status = :pending', { pending: MailStatus.PENDING })
      .andWhere('mail.nextAttemptAt <= :now', { now })
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM mail_outbox earlier WHERE earlier.recipient = mail.recipient AND earlier.status = :pending AND earlier.sequence < mail.sequence)`,
      )
      .orderBy('mail.sequence', 'ASC')
      .take(BATCH);
    if (lockRows) query.setLock('pessimistic_write').setOnLocked('skip_locked');
    const due = await inTurn(() => query.getMany());
    let delivered = 0;
    for (const mail of due) {
      if (
        await this.deliverOne(mail, now, (changes) =>
          inTurn(() => manager.update(MailMessage, mail.id, changes)),
        )
      )
        delivered++;
    }
    return delivered;
  }

  private async deliverOne(
    mail: MailMessage,
    now: Date,
    record: (changes: Partial<MailMessage>) => Promise<unknown>,
  ) {
    const rendered = renderMail(
      mail.kind as MailKind,
      JSON.parse(mail.params) as MailParams[MailKind],
      mail.secret,
      this.config.appUrl,
    );
    mail.attempts += 1;
    if (!this.transport) {
      // The embedded default: no SMTP server. The link is shown only to a developer.
      const shown = isDevelopment(this.config.env) ? rendered.text : '(text not logged)';
      this.logger.log({ to: mail.recipient, subject: rendered.subject }, `mail kept: ${shown}`);
      await record({ status: MailStatus.KEPT, attempts: 1 });
      return true;
    }
    try {
      await this.transport.sendMail({
        from: this.config.mailFrom,
        to: mail.recipient,
        subject: rendered.subject,
        text: rendered.text,
        attachments: rendered.attachments,
        messageId: this.messageIdOf(mail),
      });
      await record({
        status: MailStatus.SENT,
        attempts: mail.attempts,
        sentAt: new Date(),
        secret: null,
        lastError: null,
      });
      return true;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const giveUp = mail.attempts >= MAX_ATTEMPTS;
      this.logger.warn(
        { to: mail.recipient, attempt: mail.attempts, giveUp },
        `mail not delivered: ${reason}`,
      );
      await record({
        status: giveUp ? MailStatus.FAILED : MailStatus.PENDING,
        attempts: mail.attempts,
        nextAttemptAt: nextAttemptAt(now, mail.attempts, this.config.mailRetryBaseMs),
        lastError: reason.slice(0, 500),
        secret: giveUp ? null : mail.secret,
      });
      return false;
    }
  }

  private messageIdOf(mail: MailMessage): string {
    const domain = /@([^>\s]+)>?\s*$/.exec(this.config.mailFrom)?.[1] ?? 'localhost';
    return `<${mail.id}@${domain}>`;
  }
}
