import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A count under a label (a kind, status, target group…).' })
export class LabelledCount {
  @Field()
  label: string;

  @Field(() => Int)
  count: number;

  @Field(() => Float, {
    nullable: true,
    description: 'People reached, where it applies (a sum: a Float, it can pass 2^31).',
  })
  participants?: number | null;
}

@ObjectType()
export class MeasureActionFigures {
  @Field()
  measureCode: string;

  @Field()
  measureTitle: string;

  @Field(() => Int)
  open: number;

  @Field(() => Int)
  inProgress: number;

  @Field(() => Int)
  done: number;

  @Field(() => Int)
  cancelled: number;
}

@ObjectType()
export class IndicatorFigures {
  @Field()
  measureCode: string;

  @Field()
  indicator: string;

  @Field()
  unit: string;

  @Field(() => Float, { description: 'Contributed during the year.' })
  total: number;

  @Field(() => Float)
  target: number;
}

@ObjectType({ description: 'The figures of an annual report, as taken from the records.' })
export class AnnualReportFigures {
  @Field()
  taskForce: string;

  @Field()
  municipality: string;

  @Field(() => Int)
  year: number;

  @Field(() => Int, { description: 'Members at the end of the year (or today).' })
  members: number;

  @Field(() => Int)
  institutions: number;

  @Field(() => Int, {
    description: 'Counts confidential meetings too (a number only, never their contents).',
  })
  meetingsHeld: number;

  @Field(() => Int, {
    description: 'Counts confidential meetings too (a number only, never their contents).',
  })
  meetingsCancelled: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Voting members attending held meetings, as a % of those who could.',
  })
  attendanceRate: number | null;

  @Field(() => Int, {
    description: 'Decisions of the year, confidential meetings included (a number only).',
  })
  decisions: number;

  @Field(() => [LabelledCount], { description: 'Decisions by kind.' })
  decisionsByKind: LabelledCount[];

  @Field(() => [LabelledCount], { description: 'Action items due in the year, by status.' })
  actionItemsByStatus: LabelledCount[];

  @Field(() => Int, {
    description:
      'Done in the year (last marked done on a date in it), on or before the due date: counted as the status overview counts a period.',
  })
  actionItemsDoneOnTime: number;

  @Field(() => Int, { description: 'Done in the year, after the due date.' })
  actionItemsDoneLate: number;

  @Field(() => [MeasureActionFigures])
  actionItemsByMeasure: MeasureActionFigures[];

  @Field(() => [IndicatorFigures])
  indicators: IndicatorFigures[];

  @Field(() => Int)
  preventionActivities: number;

  @Field(() => Float, { description: 'People reached (a sum: a Float, it can pass 2^31).' })
  preventionParticipants: number;

  @Field(() => [LabelledCount])
  activitiesByKind: LabelledCount[];

  @Field(() => [LabelledCount])
  activitiesByTargetGroup: LabelledCount[];

  @Field(() => [LabelledCount], { description: 'Follow-up requests received, by status.' })
  followUpRequests: LabelledCount[];
}
