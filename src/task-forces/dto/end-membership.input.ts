import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID } from 'class-validator';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar';

@InputType()
export class EndMembershipInput {
  @Field(() => ID)
  @IsUUID()
  membershipId: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Last day of the membership; defaults to today.',
  })
  @IsOptional()
  validTo?: string;

  @Field(() => Int, { description: 'The version of the membership you read.' })
  @IsInt()
  version: number;
}
