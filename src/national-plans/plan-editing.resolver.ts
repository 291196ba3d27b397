import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { SystemRole } from '../auth/system-role.enum';
import { Viewer } from '../auth/viewer';
import {
  ChangeNationalPlanStatusInput,
  CreateNationalPlanInput,
  UpdateNationalPlanInput,
} from './dto/national-plan.inputs';
import { ClosePlanItemInput, DeletePlanItemInput } from './dto/plan-item.inputs';
import { NationalPlan } from './national-plan.entity';
import { PlanEditingService } from './plan-editing.service';
import { PlanItemRetirementService } from './plan-item-retirement.service';

/** The Ministry maintains the national plans (DESIGN.md: "maintaining the national plans"). */
@Resolver(() => NationalPlan)
export class PlanEditingResolver {
  constructor(
    private readonly plans: PlanEditingService,
    private readonly retirement: PlanItemRetirementService,
  ) {}

  @Mutation(() => NationalPlan, { description: 'Creates a plan as a DRAFT (the Ministry).' })
  @Allow(SystemRole.MINISTRY)
  createNationalPlan(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateNationalPlanInput,
  ) {
    return this.plans.createNationalPlan(viewer, input);
  }

  @Mutation(() => NationalPlan, {
    description: 'Changes a DRAFT or ACTIVE plan: code, titles, act, period, notes (the Ministry).',
  })
  @Allow(SystemRole.MINISTRY)
  updateNationalPlan(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateNationalPlanInput,
  ) {
    return this.plans.updateNationalPlan(viewer, input);
  }

  @Mutation(() => NationalPlan, {
    description:
      'Moves a plan DRAFT → ACTIVE → CLOSED (the Ministry). One ACTIVE plan covers any year.',
  })
  @Allow(SystemRole.MINISTRY)
  changeNationalPlanStatus(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ChangeNationalPlanStatusInput,
  ) {
    return this.plans.changeNationalPlanStatus(viewer, input);
  }

  @Mutation(() => NationalPlan, {
    description:
      'Closes a goal, objective, measure or indicator with everything under it: linked records keep it, new ones cannot link it (the Ministry). Returns its plan.',
  })
  @Allow(SystemRole.MINISTRY)
  closePlanItem(@CurrentViewer() viewer: Viewer, @Args('input') input: ClosePlanItemInput) {
    return this.retirement.closePlanItem(viewer, input);
  }

  @Mutation(() => NationalPlan, {
    description:
      'Deletes an item of a DRAFT plan with everything under it, when no record links any of them (the Ministry). Returns its plan.',
  })
  @Allow(SystemRole.MINISTRY)
  deletePlanItem(@CurrentViewer() viewer: Viewer, @Args('input') input: DeletePlanItemInput) {
    return this.retirement.deletePlanItem(viewer, input);
  }
}
