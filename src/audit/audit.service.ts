import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { paginate } from '../common/pagination/paginate';
import { AuditEvent } from './audit-event.entity';
import { verifyAuditChain } from './audit-verifier';
import { AuditEventsArgs } from './dto/audit-events.args';

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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

  verify() {
    return verifyAuditChain(this.dataSource);
  }
}
