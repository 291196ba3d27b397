import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Mutex } from 'async-mutex';
import { DataSource, EntityManager } from 'typeorm';
import { appendAuditEvent, AuditEntry } from '../audit/audit-writer';
import { AppConfig, APP_CONFIG } from '../config/app-config';

/** What a mutation gets inside its transaction: the manager and the audit trail. */
export interface MutationScope {
  manager: EntityManager;
  audit(entry: AuditEntry): Promise<void>;
}

/** The PostgreSQL advisory lock every write transaction holds until it ends. */
const WRITE_LOCK_KEY = 4_221_101;

@Injectable()
export class TransactionService {
  /**
   * SQLite has one writer and TypeORM's sqlite driver one connection, so write transactions
   * take turns here instead of failing with "transaction already started".
   */
  private readonly writeLock = new Mutex();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'auditKey'>,
  ) {}

  /** Runs a single statement outside any transaction, in turn with the writers. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.writeLock.runExclusive(work);
  }

  /**
   * Runs one mutation in one transaction together with its audit events. A mutation that
   * records no audit event is a programming error and is rolled back.
   */
  run<T>(actorAccountId: string | null, work: (scope: MutationScope) => Promise<T>): Promise<T> {
    return this.writeLock.runExclusive(() =>
      this.dataSource.transaction(async (manager) => {
        if (this.dataSource.options.type === 'postgres') {
          // Instances behind a load balancer share the database: writes take turns there
          // too, so numbering, version checks and the audit chain's head stay exact.
          await manager.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK_KEY]);
        }
        let audited = 0;
        const scope: MutationScope = {
          manager,
          audit: async (entry) => {
            await appendAuditEvent(manager, this.config.auditKey, actorAccountId, entry);
            audited++;
          },
        };
        const result = await work(scope);
        if (audited === 0) throw new Error('A mutation finished without an audit event.');
        return result;
      }),
    );
  }
}
