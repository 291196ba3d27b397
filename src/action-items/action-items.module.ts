import { Module } from '@nestjs/common';
import { TaskForcesModule } from '../task-forces/task-forces.module';
import { MeasureTraceResolver } from './measure-trace.resolver';
import { ActionItemFieldsResolver } from './action-item-fields.resolver';
import { ActionItemQueriesService } from './action-item-queries.service';
import { ActionItemsResolver } from './action-items.resolver';
import { ActionItemsService } from './action-items.service';
import { ContributionCorrectionsService } from './contribution-corrections.service';
import {
  ActionUpdateResolver,
  IndicatorContributionResolver,
  IndicatorTotalResolver,
} from './action-update.resolver';

@Module({
  imports: [TaskForcesModule],
  providers: [
    ActionItemsService,
    ActionItemQueriesService,
    ContributionCorrectionsService,
    ActionItemsResolver,
    ActionItemFieldsResolver,
    ActionUpdateResolver,
    IndicatorContributionResolver,
    IndicatorTotalResolver,
    MeasureTraceResolver,
  ],
})
export class ActionItemsModule {}
