import { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A mail as the SMTP server received it, parsed. */
export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  messageId: string;
  attachments: { filename: string; contentType: string; content: string }[];
}

/**
 * A real SMTP server on a local port (the `smtp-server` package), collecting what it is sent.
 * `stop` and `start` again on the same port stand for a mail server that is down for a while.
 */
export class SmtpTestServer {
  readonly received: ReceivedMail[] = [];
  private server: SMTPServer | null = null;
  port = 0;
  /** Runs once a mail is in, before the server answers that it took it (a crash test's cue). */
  onReceived: (mail: ReceivedMail) => Promise<void> | void = () => {};

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, done) => {
        simpleParser(stream)
          .then(async (mail: ParsedMail) => {
            const received: ReceivedMail = {
              to: [mail.to ?? []]
                .flat()
                .map((a) => a.text)
                .join(', '),
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              messageId: mail.messageId ?? '',
              attachments: mail.attachments.map((a) => ({
                filename: a.filename ?? '',
                contentType: a.contentType,
                content: a.content.toString('utf8'),
              })),
            };
            this.received.push(received);
            await this.onReceived(received);
            done();
          })
          .catch(done);
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** The mails to one address, waiting (up to a few seconds) until `count` have arrived. */
  async mailsTo(address: string, count = 1): Promise<ReceivedMail[]> {
    for (let waited = 0; waited < 10_000; waited += 50) {
      const mails = this.received.filter((m) => m.to.includes(address));
      if (mails.length >= count) return mails;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`${count} mail(s) to ${address} did not arrive`);
  }
}

/** The one-time token in a mail's link to the set-password page. */
export function tokenInMail(mail: ReceivedMail): string {
  const match = /\/set-password\?token=([A-Za-z0-9_%-]+)/.exec(mail.text);
  if (!match) throw new Error(`no set-password link in: ${mail.text}`);
  return decodeURIComponent(match[1]);
}

/** Reads until `ok` holds (a few seconds at most): the sender marks a mail after sending it. */
export async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  for (let waited = 0; ; waited += 50) {
    const value = await read();
    if (ok(value) || waited >= 10_000) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
