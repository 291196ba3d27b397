import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, Audience } from '../auth/allow.decorator';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { PeriodArgs, StatusOverview } from './dto/status-overview.types';
import { StatusOverviewService } from './status-overview.service';

@Resolver(() => StatusOverview)
export class StatusOverviewResolver {
  constructor(private readonly service: StatusOverviewService) {}

  @Query(() => StatusOverview, {
    description:
      'One row per task force for the period (default: the last 12 months) with a red/amber/green rating and its reasons. National roles see every task force; members their own.',
  })
  @Allow(Audience.AUTHENTICATED)
  statusOverview(@CurrentViewer() viewer: Viewer, @Args() args: PeriodArgs) {
    return this.service.statusOverview(viewer, args);
  }
}
