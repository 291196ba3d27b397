import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { SystemRole } from '../auth/system-role.enum';
import { PlanProgress } from './dto/plan-progress.types';
import { PlanProgressService } from './plan-progress.service';

@Resolver(() => PlanProgress)
export class PlanProgressResolver {
  constructor(private readonly service: PlanProgressService) {}

  @Query(() => PlanProgress, {
    description:
      'Every measure of a plan: action items by status, task forces and municipalities engaged, activities, and indicator totals against targets, rolled up per objective and goal.',
  })
  @Allow(SystemRole.ADMIN, SystemRole.MINISTRY, SystemRole.COMMISSION)
  planProgress(@Args('planId', { type: () => ID }, ParseUUIDPipe) planId: string) {
    return this.service.planProgress(planId);
  }
}
