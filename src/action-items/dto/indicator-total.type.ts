import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { PlanIndicator } from '../../national-plans/plan-indicator.entity';

@ObjectType({ description: 'What has been reported against one indicator.' })
export class IndicatorTotal {
  @Field(() => ID)
  indicatorId: string;

  @Field(() => PlanIndicator)
  indicator?: PlanIndicator;

  @Field(() => Float, { description: "Sum of the contributions, in the indicator's unit." })
  total: number;

  @Field(() => Int, { description: 'How many contributions make up the sum.' })
  contributions: number;
}
