import { Field, Int, ObjectType } from '@nestjs/graphql';
import { QuorumRule } from '../../task-forces/task-force.enums';

@ObjectType({ description: 'Whether enough voting members attend for the task force to decide.' })
export class MeetingQuorum {
  @Field(() => QuorumRule)
  rule: QuorumRule;

  @Field(() => Int, { description: 'Members on the meeting date, observers not counted.' })
  votingMembers: number;

  @Field(() => Int, { description: 'Voting members present in person or remotely.' })
  attending: number;

  @Field(() => Int, { description: 'How many attending voting members are needed.' })
  required: number;

  @Field()
  reached: boolean;
}

@ObjectType()
export class Votes {
  @Field(() => Int)
  for: number;

  @Field(() => Int)
  against: number;

  @Field(() => Int)
  abstained: number;
}
