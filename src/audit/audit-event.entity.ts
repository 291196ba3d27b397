import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only: each row carries the hash of the one before it, so edits break the chain, and
 * the hashes are keyed with AUDIT_KEY, so nobody without the key can recompute them.
 */
@ObjectType({ description: 'One recorded change, part of a tamper-evident hash chain.' })
@Entity('audit_event')
@Index(['entityType', 'entityId'])
export class AuditEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => Int, { description: 'Position in the chain, from 1 without gaps.' })
  @Column({ type: 'integer', unique: true })
  sequence: number;

  @Field()
  @Index()
  @Column({ name: 'occurred_at', type: Date })
  occurredAt: Date;

  @Field(() => ID, { nullable: true, description: 'The account that made the change.' })
  @Index()
  @Column({ name: 'actor_account_id', type: 'uuid', nullable: true })
  actorAccountId: string | null;

  @Field({ description: 'The GraphQL operation, e.g. "createAccount".' })
  @Column({ type: 'varchar', length: 100 })
  operation: string;

  @Field()
  @Column({ name: 'entity_type', type: 'varchar', length: 100 })
  entityType: string;

  @Field(() => ID)
  @Column({ name: 'entity_id', type: 'varchar', length: 100 })
  entityId: string;

  @Field(() => String, { nullable: true, description: 'The record before the change, as JSON.' })
  @Column({ type: 'text', nullable: true })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'The record after the change, as JSON.' })
  @Column({ type: 'text', nullable: true })
  after: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Hash of the previous event; null for the first.',
  })
  @Column({ name: 'prev_hash', type: 'varchar', length: 64, nullable: true })
  prevHash: string | null;

  @Field({
    description:
      'HMAC-SHA256 with the audit key over the canonical form of this event (plain SHA-256 ' +
      'for events written before the chain had a key).',
  })
  @Column({ type: 'varchar', length: 64 })
  hash: string;
}
