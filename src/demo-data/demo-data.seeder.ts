import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, In } from 'typeorm';
import { Account } from '../auth/account.entity';
import { PasswordService } from '../auth/password.service';
import { AppConfig, APP_CONFIG, isDevelopment } from '../config/app-config';
import { TransactionService } from '../database/transaction.service';
import { Institution } from '../institutions/institution.entity';
import { Person } from '../people/person.entity';
import { DEMO_ACCOUNTS, DEMO_EMAIL_PATTERNS, DEMO_PASSWORD } from './demo-accounts';
import { DemoTaskForcesSeeder } from './demo-task-forces.seeder';

@Injectable()
export class DemoDataSeeder {
  private readonly logger = new Logger(DemoDataSeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionService,
    private readonly passwords: PasswordService,
    private readonly taskForces: DemoTaskForcesSeeder,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(): Promise<void> {
    await this.refuseDemoAccountsInProduction();
    if (!this.config.demoData) return;
    // One hash serves every demo account: they share the password, and argon2 is slow on purpose.
    let hashing: Promise<string> | undefined;
    const passwordHash = () => (hashing ??= this.passwords.hash(DEMO_PASSWORD));
    await this.seedAccounts(passwordHash);
    await this.taskForces.seed(passwordHash);
  }

  /** Demo accounts share a published password: a real deployment must not carry them. */
  private async refuseDemoAccountsInProduction() {
    if (isDevelopment(this.config.env) || this.config.allowDemoData) return;
    if (this.config.demoData) {
      throw new Error(
        'Refusing to start: demo data is on in production and its accounts share the published password "demo-password". Set DEMO_DATA=false, or ALLOW_DEMO_DATA=true for a demonstration server.',
      );
    }
    const present = await this.demoAccountsQuery().getCount();
    if (present > 0) {
      throw new Error(
        `Refusing to start: ${present} demo account(s) (e-mails under demo.lt) exist in this production database. Disable or remove them, or set ALLOW_DEMO_DATA=true for a demonstration server.`,
      );
    }
  }

  private demoAccountsQuery() {
    return this.dataSource
      .getRepository(Account)
      .createQueryBuilder('account')
      .where(
        new Brackets((where) =>
          DEMO_EMAIL_PATTERNS.forEach((pattern, i) =>
            where.orWhere(`account.email LIKE :pattern${i}`, { [`pattern${i}`]: pattern }),
          ),
        ),
      );
  }

  private async seedAccounts(passwordHash: () => Promise<string>) {
    const emails = DEMO_ACCOUNTS.map((a) => a.email);
    const existing = new Set(
      (await this.dataSource.getRepository(Account).findBy({ email: In(emails) })).map(
        (a) => a.email,
      ),
    );
    const missing = DEMO_ACCOUNTS.filter((a) => !existing.has(a.email));
    if (!missing.length) return;
    const hash = await passwordHash();
    await this.tx.run(null, async ({ manager, audit }) => {
      const institutions = await manager.findBy(Institution, {
        name: In(missing.map((a) => a.institution)),
      });
      const institutionId = new Map(institutions.map((i) => [i.name, i.id]));
      for (const demo of missing) {
        const person = await manager.save(
          manager.create(Person, {
            fullName: demo.fullName,
            email: demo.email,
            position: demo.position,
            institutionId: institutionId.get(demo.institution) ?? null,
          }),
        );
        const account = await manager.save(
          manager.create(Account, {
            email: demo.email,
            passwordHash: hash,
            systemRole: demo.systemRole,
            personId: person.id,
          }),
        );
        await audit({
          operation: 'seedDemoData',
          entityType: 'Account',
          entityId: account.id,
          after: account,
        });
      }
    });
    this.logger.log(`Demo accounts added: ${missing.map((a) => a.email).join(', ')}`);
  }
}
