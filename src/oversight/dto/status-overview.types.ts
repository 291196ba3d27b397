import { RatingReason } from '../rating-reason';
import { ArgsType, Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar';
import { IsLocalDate } from '../../common/validation/is-local-date.decorator';
import { TaskForce } from '../../task-forces/task-force.entity';
import { StatusRating } from '../status-rating';

@ArgsType()
export class PeriodArgs {
  @Field(() => LocalDateScalar, { nullable: true, description: 'Default: a year before `to`.' })
  @IsOptional()
  @IsLocalDate()
  from?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Default: today (Vilnius).' })
  @IsOptional()
  @IsLocalDate()
  to?: string;
}

@ObjectType()
export class Period {
  @Field(() => LocalDateScalar)
  from: string;

  @Field(() => LocalDateScalar)
  to: string;
}

@ObjectType({ description: "One task force's figures for the period, and its rating." })
export class StatusOverviewRow {
  @Field(() => TaskForce)
  taskForce: TaskForce;

  @Field(() => Int, { description: 'Members on the `asOf` date.' })
  members: number;

  @Field(() => Int, {
    description:
      "Institutions those members come from, as their records say today: a person's institution has no history.",
  })
  institutions: number;

  @Field(() => Int, {
    description:
      'Held in the period. Counts confidential meetings too (a number only, never their contents).',
  })
  meetingsHeld: number;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The last meeting held on or before the `asOf` date.',
  })
  lastMeetingOn: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Days from it to the `asOf` date; null when no meeting was held by then.',
  })
  daysSinceLastMeeting: number | null;

  @Field(() => Int, {
    description:
      'Decisions taken at meetings in the period, confidential meetings included (a number only).',
  })
  decisions: number;

  @Field(() => Int, {
    description: 'Open or in progress at the end of the `asOf` date (from the status history).',
  })
  actionItemsOpen: number;

  @Field(() => Int, {
    description: 'Of those, due before the `asOf` date (judged by their current due date).',
  })
  actionItemsOverdue: number;

  @Field(() => Int, {
    description:
      'Done in the period (last marked done on a date in it), on or before the due date. The annual report counts the same way.',
  })
  actionItemsDoneOnTime: number;

  @Field(() => Int, { description: 'Done in the period, after the due date.' })
  actionItemsDoneLate: number;

  @Field(() => Int, {
    description:
      'Plan measures served in the period by its decisions and activities, and by action items open at its end, done in it or created in it.',
  })
  measuresCovered: number;

  @Field(() => Int)
  preventionActivities: number;

  @Field(() => Float, { description: 'People reached (a sum: a Float, it can pass 2^31).' })
  preventionParticipants: number;

  @Field(() => Int, { description: 'Follow-up requests not closed at the end of the `asOf` date.' })
  openFollowUps: number;

  @Field(() => Int, {
    description:
      'Of those, awaiting an answer then and due before the `asOf` date (judged by their newest due date).',
  })
  overdueFollowUps: number;

  @Field(() => StatusRating)
  rating: StatusRating;

  @Field(() => [String], {
    description: 'The rules that produced the rating, as English sentences (see `ratingReasons`).',
  })
  reasons: string[];

  @Field(() => [RatingReason], {
    description:
      'The rules that produced the rating with their codes and figures, red ones first, for a client to word in its language.',
  })
  ratingReasons: RatingReason[];
}

@ObjectType()
export class StatusOverview {
  @Field(() => Period)
  period: Period;

  @Field(() => LocalDateScalar, {
    description:
      'The date every figure stands at: the end of the period, or today while it runs. Counts over the period (meetings, decisions, activities, items done) cover all of it.',
  })
  asOf: string;

  @Field(() => [StatusOverviewRow])
  rows: StatusOverviewRow[];
}
