import { ObjectType } from '@nestjs/graphql';
import { Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { NationalPlan } from './national-plan.entity';
import { PlanNode } from './plan-node.entity';

@ObjectType({ description: 'A goal (tikslas) of a national plan.' })
@Entity('plan_goal')
@Unique(['planId', 'code'])
export class PlanGoal extends PlanNode {
  @ManyToOne(() => NationalPlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: NationalPlan;
}
