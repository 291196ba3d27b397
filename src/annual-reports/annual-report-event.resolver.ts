import { ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLContext, NoArgs } from '../common/graphql/graphql-context';
import { Person } from '../people/person.entity';
import { AnnualReportEvent } from './annual-report-event.entity';
import { AnnualReportFigures } from './dto/annual-report-figures.type';

@Resolver(() => AnnualReportEvent)
export class AnnualReportEventResolver {
  @ResolveField(() => Person, { description: 'Who submitted, returned or accepted it.' })
  by(event: AnnualReportEvent, _args: NoArgs, ctx: GraphQLContext) {
    return ctx.loaders.byId(Person, event.byId);
  }

  @ResolveField(() => AnnualReportFigures, {
    nullable: true,
    description: 'The figures as submitted (SUBMITTED).',
  })
  figures(event: AnnualReportEvent): AnnualReportFigures | null {
    return event.figures ? JSON.parse(event.figures) : null;
  }
}
