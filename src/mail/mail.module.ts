import { Module } from '@nestjs/common';
import { MailSenderService } from './mail-sender.service';

/** The outbox's sender; mails are written by the services with `enqueueMail`. */
@Module({ providers: [MailSenderService], exports: [MailSenderService] })
export class MailModule {}
