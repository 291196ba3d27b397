import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { paginate } from '../common/pagination/paginate';
import { AppConfig, APP_CONFIG } from '../config/app-config';
import { TransactionService } from '../database/transaction.service';
import { formatHead, isUnkeyed, parseHead, SEAL_OPERATION } from './audit-chain';
import { AuditEvent } from './audit-event.entity';
import { verifyAuditChain } from './audit-verifier';
import { AuditChainVerification } from './dto/audit-chain-verification';
import { AuditEventsArgs } from './dto/audit-events.args';

@Injectable()
export class AuditService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AuditService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: TransactionService,
  ) {}

  /** Newest first. */
  list(args: AuditEventsArgs) {
    const query = this.dataSource.getRepository(AuditEvent).createQueryBuilder('event');
    if (args.entityType)
      query.andWhere('event.entityType = :entityType', { entityType: args.entityType });
    if (args.entityId) query.andWhere('event.entityId = :entityId', { entityId: args.entityId });
    if (args.actorAccountId) {
      query.andWhere('event.actorAccountId = :actor', { actor: args.actorAccountId });
    }
    if (args.from) query.andWhere('event.occurredAt >= :from', { from: args.from });
    if (args.to) query.andWhere('event.occurredAt < :to', { to: args.to });
    return paginate(query, args, { property: 'sequence', direction: 'DESC' });
  }

  async verify(exportedHead?: string): Promise<AuditChainVerification> {
    const head = exportedHead ? parseHead(exportedHead) : null;
    const result = await verifyAuditChain(this.dataSource, this.config.auditKey, head);
    return {
      valid: !result.firstBreak,
      eventCount: result.eventCount,
      unkeyedEventCount: result.unkeyedEventCount,
      brokenAtSequence: result.firstBreak?.sequence ?? null,
      reason: result.firstBreak?.reason ?? null,
      head: result.head && formatHead(result.head),
      headSequence: result.head?.sequence ?? null,
      headHash: result.head?.hash ?? null,
    };
  }

  /**
   * A database from before the chain had a key ends in an unkeyed event. Before anything else
   * is written, a keyed seal event is appended: its hash covers the plain hash of that newest
   * event, which covers every earlier one, so they can no longer be rewritten unnoticed.
   */
  async onApplicationBootstrap(): Promise<void> {
    const repository = this.dataSource.getRepository(AuditEvent);
    const [newest] = await repository.find({ order: { sequence: 'DESC' }, take: 1 });
    if (!newest || !isUnkeyed(newest)) return;
    await this.transactions.run(null, ({ audit }) =>
      audit({
        operation: SEAL_OPERATION,
        entityType: 'AuditChain',
        entityId: String(newest.sequence),
        after: { sealedEvents: newest.sequence, sealedHead: formatHead(newest) },
      }),
    );
    this.logger.warn(
      `Sealed ${newest.sequence} audit event(s) written before the chain had a key; ` +
        'export the new head now (npm run audit:head).',
    );
  }
}
