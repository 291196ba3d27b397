import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { NationalPlan } from './national-plan.entity';
import { PlanGoal } from './plan-goal.entity';
import { PlanNode } from './plan-node.entity';

@ObjectType({ description: 'An objective (uždavinys) under a goal.' })
@Entity('plan_objective')
@Unique(['planId', 'code'])
export class PlanObjective extends PlanNode {
  @Field(() => ID)
  @Index()
  @Column({ name: 'goal_id', type: 'uuid' })
  goalId: string;

  @ManyToOne(() => PlanGoal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  goal?: PlanGoal;

  @ManyToOne(() => NationalPlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: NationalPlan;
}
