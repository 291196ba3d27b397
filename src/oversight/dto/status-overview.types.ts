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

  @Field(() => Int, { description: 'Current members.' })
  members: number;

  @Field(() => Int, { description: 'Institutions the current members come from.' })
  institutions: number;

  @Field(() => Int, {
    description:
      'Held in the period. Counts confidential meetings too (a number only, never their contents).',
  })
  meetingsHeld: number;

  @Field(() => LocalDateScalar, { nullable: true })
  lastMeetingOn: string | null;

  @Field(() => Int, { nullable: true, description: 'Null when no meeting was ever held.' })
  daysSinceLastMeeting: number | null;

  @Field(() => Int, {
    description:
      'Decisions taken at meetings in the period, confidential meetings included (a number only).',
  })
  decisions: number;

  @Field(() => Int, { description: 'Open or in progress, today.' })
  actionItemsOpen: number;

  @Field(() => Int)
  actionItemsOverdue: number;

  @Field(() => Int, { description: 'Done in the period on or before the due date.' })
  actionItemsDoneOnTime: number;

  @Field(() => Int)
  actionItemsDoneLate: number;

  @Field(() => Int, { description: 'Plan measures its decisions, items and activities served.' })
  measuresCovered: number;

  @Field(() => Int)
  preventionActivities: number;

  @Field(() => Float, { description: 'People reached (a sum: a Float, it can pass 2^31).' })
  preventionParticipants: number;

  @Field(() => Int, { description: 'Follow-up requests not yet closed.' })
  openFollowUps: number;

  @Field(() => Int)
  overdueFollowUps: number;

  @Field(() => StatusRating)
  rating: StatusRating;

  @Field(() => [String], { description: 'The rules that produced the rating.' })
  reasons: string[];
}

@ObjectType()
export class StatusOverview {
  @Field(() => Period)
  period: Period;

  @Field(() => [StatusOverviewRow])
  rows: StatusOverviewRow[];
}
