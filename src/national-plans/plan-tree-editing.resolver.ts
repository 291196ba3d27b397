import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { SystemRole } from '../auth/system-role.enum';
import { Viewer } from '../auth/viewer';
import {
  AddPlanIndicatorInput,
  AddPlanMeasureInput,
  UpdatePlanIndicatorInput,
  UpdatePlanMeasureInput,
} from './dto/plan-measure.inputs';
import {
  AddPlanGoalInput,
  AddPlanObjectiveInput,
  UpdatePlanGoalInput,
  UpdatePlanObjectiveInput,
} from './dto/plan-tree.inputs';
import { NationalPlan } from './national-plan.entity';
import { PlanGoal } from './plan-goal.entity';
import { PlanIndicator } from './plan-indicator.entity';
import { PlanMeasureEditingService } from './plan-measure-editing.service';
import { PlanMeasure } from './plan-measure.entity';
import { PlanObjective } from './plan-objective.entity';
import { PlanStructureService } from './plan-structure.service';

/** The Ministry adds and edits the items of a DRAFT or ACTIVE plan's tree. */
@Resolver(() => NationalPlan)
export class PlanTreeEditingResolver {
  constructor(
    private readonly structure: PlanStructureService,
    private readonly measures: PlanMeasureEditingService,
  ) {}

  @Mutation(() => PlanGoal, { description: 'Adds a goal at the end of the plan (the Ministry).' })
  @Allow(SystemRole.MINISTRY)
  addPlanGoal(@CurrentViewer() viewer: Viewer, @Args('input') input: AddPlanGoalInput) {
    return this.structure.addPlanGoal(viewer, input);
  }

  @Mutation(() => PlanGoal, { description: 'Changes an open goal (the Ministry).' })
  @Allow(SystemRole.MINISTRY)
  updatePlanGoal(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdatePlanGoalInput) {
    return this.structure.updatePlanGoal(viewer, input);
  }

  @Mutation(() => PlanObjective, {
    description: 'Adds an objective to an open goal (the Ministry).',
  })
  @Allow(SystemRole.MINISTRY)
  addPlanObjective(@CurrentViewer() viewer: Viewer, @Args('input') input: AddPlanObjectiveInput) {
    return this.structure.addPlanObjective(viewer, input);
  }

  @Mutation(() => PlanObjective, { description: 'Changes an open objective (the Ministry).' })
  @Allow(SystemRole.MINISTRY)
  updatePlanObjective(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdatePlanObjectiveInput,
  ) {
    return this.structure.updatePlanObjective(viewer, input);
  }

  @Mutation(() => PlanMeasure, {
    description: 'Adds a measure to an open objective (the Ministry).',
  })
  @Allow(SystemRole.MINISTRY)
  addPlanMeasure(@CurrentViewer() viewer: Viewer, @Args('input') input: AddPlanMeasureInput) {
    return this.measures.addPlanMeasure(viewer, input);
  }

  @Mutation(() => PlanMeasure, {
    description: 'Changes an open measure: code, title, deadline, responsible institutions.',
  })
  @Allow(SystemRole.MINISTRY)
  updatePlanMeasure(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdatePlanMeasureInput) {
    return this.measures.updatePlanMeasure(viewer, input);
  }

  @Mutation(() => PlanIndicator, {
    description: 'Adds an indicator to an open measure (the Ministry).',
  })
  @Allow(SystemRole.MINISTRY)
  addPlanIndicator(@CurrentViewer() viewer: Viewer, @Args('input') input: AddPlanIndicatorInput) {
    return this.measures.addPlanIndicator(viewer, input);
  }

  @Mutation(() => PlanIndicator, {
    description: 'Changes an open indicator; its unit stays once figures were reported in it.',
  })
  @Allow(SystemRole.MINISTRY)
  updatePlanIndicator(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdatePlanIndicatorInput,
  ) {
    return this.measures.updatePlanIndicator(viewer, input);
  }
}
