import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Mutex } from 'async-mutex';
import { DataSource, EntityManager } from 'typeorm';
import { appendAuditEvent, AuditEntry } from '../audit/audit-writer';

/** What a mutation gets inside its transaction: the manager and the audit trail. */
export interface MutationScope {
  manager: EntityManager;
  audit(entry: AuditEntry): Promise<void>;
}

@Injectable()
export class TransactionService {
  /**
   * SQLite has one writer and TypeORM's sqlite driver one connection, so write transactions
   * take turns here instead of failing with "transaction already started".
   */
  private readonly writeLock = new Mutex();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Runs one mutation in one transaction together with its audit events. A mutation that
   * records no audit event is a programming error and is rolled back.
   */
  run<T>(actorAccountId: string | null, work: (scope: MutationScope) => Promise<T>): Promise<T> {
    return this.writeLock.runExclusive(() =>
      this.dataSource.transaction(async (manager) => {
        let audited = 0;
        const scope: MutationScope = {
          manager,
          audit: async (entry) => {
            await appendAuditEvent(manager, actorAccountId, entry);
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
