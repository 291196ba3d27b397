import { Module } from '@nestjs/common';
import { NationalPlansResolver } from './national-plans.resolver';
import { NationalPlansService } from './national-plans.service';
import { PlanGoalResolver, PlanMeasureResolver, PlanObjectiveResolver } from './plan-tree.resolver';

@Module({
  providers: [
    NationalPlansService,
    NationalPlansResolver,
    PlanGoalResolver,
    PlanObjectiveResolver,
    PlanMeasureResolver,
  ],
  exports: [NationalPlansService],
})
export class NationalPlansModule {}
