import { Inject, Injectable } from '@nestjs/common';
import { AppConfig, APP_CONFIG } from '../../config/app-config';
import { vilniusDate } from './vilnius-time';

/** The one source of "now", so tests can pin it (e.g. either side of Vilnius midnight). */
@Injectable()
export class Clock {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  now(): Date {
    return this.config.fixedNow ? new Date(this.config.fixedNow) : new Date();
  }

  private memo = { second: NaN, date: '' };

  /**
   * Today's date in Vilnius, which is what "today" means for every rule of the tool. Worked
   * out once per second: list fields ask for it on every row.
   */
  today(): string {
    const now = this.now();
    const second = Math.floor(now.getTime() / 1000);
    if (second !== this.memo.second) this.memo = { second, date: vilniusDate(now) };
    return this.memo.date;
  }
}
