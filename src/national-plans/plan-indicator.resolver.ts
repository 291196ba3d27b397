import { Float, ResolveField, Resolver } from '@nestjs/graphql';
import { unitBounds } from '../action-items/action-item-rules';
import { PlanIndicator } from './plan-indicator.entity';

/** What figures an indicator takes, from the one unit rule, so clients check before sending. */
@Resolver(() => PlanIndicator)
export class PlanIndicatorResolver {
  @ResolveField(() => Boolean, {
    description:
      'True when figures count things (people, events) and must be whole numbers; false for units such as %, EUR or hours.',
  })
  wholeNumbers(indicator: PlanIndicator): boolean {
    return unitBounds(indicator.unit).wholeNumbers;
  }

  @ResolveField(() => Float, {
    nullable: true,
    description: 'The largest figure one update may report (100 for a percentage), if any.',
  })
  maxValue(indicator: PlanIndicator): number | null {
    return unitBounds(indicator.unit).maxValue;
  }
}
