import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsUUID } from 'class-validator';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar';
import { IsLocalDate } from '../../common/validation/is-local-date.decorator';
import { MembershipRole } from '../task-force.enums';

@InputType({
  description:
    'A new role is a new membership: the current one ends the day before `from`, so the history shows who held which seat when.',
})
export class ChangeMembershipRoleInput {
  @Field(() => ID)
  @IsUUID()
  membershipId: string;

  @Field(() => Int, { description: 'The version of the membership you read.' })
  @IsInt()
  version: number;

  @Field(() => MembershipRole)
  @IsEnum(MembershipRole)
  role: MembershipRole;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'First day in the new role; default today.',
  })
  @IsOptional()
  @IsLocalDate()
  from?: string;
}
