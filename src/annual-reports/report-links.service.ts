import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Account } from '../auth/account.entity';
import { Viewer, viewerOf } from '../auth/viewer';
import { unauthenticated } from '../common/errors/domain-error';
import { Language } from '../common/i18n/language';
import { Clock } from '../common/time/clock';
import { AppConfig, APP_CONFIG } from '../config/app-config';
import { CsvDialect } from './report-csv';

export type ReportFormat = 'pdf' | 'csv';

export interface SignedLinkQuery {
  account?: unknown;
  expires?: unknown;
  signature?: unknown;
}

/**
 * Short-lived download addresses a browser can open without a bearer header: signed for one
 * report file, one account and its token version (a password change or disabling voids them),
 * until a moment a few minutes ahead. The reader's rights are checked again on download.
 */
@Injectable()
export class ReportLinksService {
  private readonly key: Buffer;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    // Its own key, derived: a download signature can never pass for a session token.
    this.key = createHmac('sha256', config.jwtSecret).update('report download links').digest();
  }

  url(
    viewer: Viewer,
    reportId: string,
    format: ReportFormat,
    language: Language,
    dialect?: CsvDialect,
  ): string {
    const file = `${reportId}.${format}`;
    const expires =
      Math.floor(this.clock.now().getTime() / 1000) + this.config.downloadLinkMinutes * 60;
    const signature = this.sign(file, viewer.accountId, viewer.tokenVersion, expires);
    const query = new URLSearchParams({ lang: language });
    if (dialect && dialect !== CsvDialect.RFC4180) query.set('dialect', dialect);
    query.set('account', viewer.accountId);
    query.set('expires', String(expires));
    query.set('signature', signature);
    return `/reports/${file}?${query}`;
  }

  /** The reader a signed address stands for; refuses a forged, expired or voided one. */
  async viewerFor(file: string, query: SignedLinkQuery): Promise<Viewer> {
    const { account: accountId, expires, signature } = query;
    const seconds = Number(expires);
    if (
      typeof accountId !== 'string' ||
      typeof signature !== 'string' ||
      !Number.isInteger(seconds)
    ) {
      throw unauthenticated('This download address is incomplete; open the report again.');
    }
    if (seconds * 1000 <= this.clock.now().getTime()) {
      throw unauthenticated(
        'This download address has expired; open the report again for a new one.',
      );
    }
    const account = /^[0-9a-f-]{36}$/i.test(accountId)
      ? await this.dataSource.getRepository(Account).findOneBy({ id: accountId })
      : null;
    const expected = account
      ? this.sign(file.toLowerCase(), account.id, account.tokenVersion, seconds)
      : '';
    const given = Buffer.from(signature);
    if (
      !account?.active ||
      given.length !== expected.length ||
      !timingSafeEqual(given, Buffer.from(expected))
    ) {
      throw unauthenticated(
        'This download address is not valid (any more); open the report again.',
      );
    }
    return viewerOf(account, null);
  }

  private sign(file: string, accountId: string, tokenVersion: number, expires: number): string {
    return createHmac('sha256', this.key)
      .update([file, accountId, tokenVersion, expires].join('\n'))
      .digest('base64url');
  }
}
