import { Module } from '@nestjs/common';
import { NationalPlansResolver } from './national-plans.resolver';
import { NationalPlansService } from './national-plans.service';
import { PlanEditingResolver } from './plan-editing.resolver';
import { PlanEditingService } from './plan-editing.service';
import { PlanIndicatorResolver } from './plan-indicator.resolver';
import { PlanItemRetirementService } from './plan-item-retirement.service';
import { PlanMeasureEditingService } from './plan-measure-editing.service';
import { PlanStructureService } from './plan-structure.service';
import { PlanTreeEditingResolver } from './plan-tree-editing.resolver';
import { PlanGoalResolver, PlanMeasureResolver, PlanObjectiveResolver } from './plan-tree.resolver';

@Module({
  providers: [
    NationalPlansService,
    NationalPlansResolver,
    PlanGoalResolver,
    PlanObjectiveResolver,
    PlanMeasureResolver,
    PlanIndicatorResolver,
    PlanEditingService,
    PlanStructureService,
    PlanMeasureEditingService,
    PlanItemRetirementService,
    PlanEditingResolver,
    PlanTreeEditingResolver,
  ],
  exports: [NationalPlansService],
})
export class NationalPlansModule {}
