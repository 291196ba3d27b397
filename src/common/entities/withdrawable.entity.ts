import { Field, ObjectType } from '@nestjs/graphql';
import { Column } from 'typeorm';
import { BaseEntity } from './base.entity';

/**
 * A record that can be withdrawn instead of deleted: it stays readable and in the audit trail,
 * with who withdrew it, when and why, but no figure counts it any more.
 */
@ObjectType({ isAbstract: true })
export abstract class WithdrawableEntity extends BaseEntity {
  @Field(() => Date, {
    nullable: true,
    description: 'When it was withdrawn; figures leave it out.',
  })
  @Column({ name: 'withdrawn_at', type: Date, nullable: true })
  withdrawnAt: Date | null;

  /** The person who withdrew it (resolved as `withdrawnBy`). */
  @Column({ name: 'withdrawn_by_id', type: 'uuid', nullable: true })
  withdrawnById: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was withdrawn.' })
  @Column({ name: 'withdrawal_reason', type: 'text', nullable: true })
  withdrawalReason: string | null;
}

/** Whether figures count a record: not once it is withdrawn. */
export const counts = (record: Pick<WithdrawableEntity, 'withdrawnAt'>) =>
  record.withdrawnAt === null;

/** `counts` as SQL over the alias of a withdrawable record's row. */
export const countsSql = (alias: string) => `${alias}.withdrawn_at IS NULL`;
