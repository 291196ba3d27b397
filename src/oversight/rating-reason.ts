import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum StatusRating {
  GREEN = 'GREEN',
  AMBER = 'AMBER',
  RED = 'RED',
}

registerEnumType(StatusRating, {
  name: 'StatusRating',
  description: 'RED needs the Commission now, AMBER needs watching, GREEN is on track.',
});

export enum RatingReasonCode {
  /** No meeting was ever held. */
  NO_MEETING_YET = 'NO_MEETING_YET',
  /** `actual` days since the last held meeting, at or past `threshold`. */
  NO_MEETING_SINCE = 'NO_MEETING_SINCE',
  /** `count` of `total` open items overdue: `actual` % above `threshold` %. */
  OVERDUE_SHARE = 'OVERDUE_SHARE',
  /** `count` of `total` items done in the period were late: `actual` % above `threshold` %. */
  DONE_LATE_SHARE = 'DONE_LATE_SHARE',
  /** `count` follow-up requests past their due date. */
  FOLLOW_UPS_OVERDUE = 'FOLLOW_UPS_OVERDUE',
  /** No prevention activity in the period. */
  NO_PREVENTION_ACTIVITY = 'NO_PREVENTION_ACTIVITY',
  /** Nothing fired: meets, keeps its items on time, answers follow-ups. */
  ON_TRACK = 'ON_TRACK',
}

registerEnumType(RatingReasonCode, {
  name: 'RatingReasonCode',
  description: 'Why a task force got its rating, for a client to word in its own language.',
});

@ObjectType({
  description:
    'One rule behind a rating: its code, the level it raises, its figures, and an English sentence.',
})
export class RatingReason {
  @Field(() => RatingReasonCode)
  code: RatingReasonCode;

  @Field(() => StatusRating, { description: 'The rating this rule gives on its own.' })
  level: StatusRating;

  @Field(() => Float, {
    nullable: true,
    description: 'The figure measured: days, or a percentage (one decimal).',
  })
  actual?: number;

  @Field(() => Float, {
    nullable: true,
    description: 'The bound it crossed, in the same unit as `actual`.',
  })
  threshold?: number;

  @Field(() => Int, { nullable: true, description: 'How many records are at fault.' })
  count?: number;

  @Field(() => Int, { nullable: true, description: 'Out of how many.' })
  total?: number;

  @Field({ description: 'The reason as an English sentence.' })
  text: string;
}
