import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Index } from 'typeorm';
import { BaseEntity } from '../common/entities/base.entity';
import { LocalDateScalar } from '../common/scalars/local-date.scalar';

/**
 * What goals, objectives and measures share: a code within the plan, a title, an order, and
 * the date it was closed.
 */
@ObjectType({ isAbstract: true })
export abstract class PlanNode extends BaseEntity {
  @Field(() => ID)
  @Index()
  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @Field({ description: 'Code within the plan: "1" (goal), "1.2" (objective), "1.2.3" (measure).' })
  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => Int)
  @Column({ name: 'sort_order', type: 'integer' })
  sortOrder: number;

  @Field({
    description:
      'True when the official wording could not be confirmed and the row is illustrative.',
  })
  @Column({ type: 'boolean', default: false })
  illustrative: boolean;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      'When it was closed: it stays in the plan, linked records keep it, new ones may not.',
  })
  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn: string | null;
}
