import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';
import { Semaphore } from 'async-mutex';

/** OWASP's argon2id baseline: 19 MiB of memory, 2 passes. */
const OPTIONS = { type: argon2.argon2id as 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/**
 * argon2 runs on libuv's thread pool (4 threads), which SQLite's queries and file reads share:
 * a burst of logins or password changes hashing on every thread would starve plain reads.
 */
const CONCURRENT_HASHES = 2;

@Injectable()
export class PasswordService {
  /** Verified against when the e-mail is unknown, so both failures take the same time. */
  private readonly decoy = argon2.hash('decoy-password-never-used', OPTIONS);

  private readonly hashing = new Semaphore(CONCURRENT_HASHES);

  hash(password: string): Promise<string> {
    return this.hashing.runExclusive(() => argon2.hash(password, OPTIONS));
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    const against = hash ?? (await this.decoy);
    try {
      return await this.hashing.runExclusive(() => argon2.verify(against, password));
    } catch {
      return false;
    }
  }
}
