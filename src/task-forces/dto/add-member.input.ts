import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar';
import { MembershipRole } from '../task-force.enums';
import { NewPersonInput } from './new-person.input';

@InputType({ description: 'Name either an existing `personId` or a new `person`.' })
export class AddMemberInput {
  @Field(() => ID)
  @IsUUID()
  taskForceId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  personId?: string;

  @Field(() => NewPersonInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => NewPersonInput)
  person?: NewPersonInput;

  @Field(() => MembershipRole)
  @IsEnum(MembershipRole)
  role: MembershipRole;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Defaults to today.' })
  @IsOptional()
  validFrom?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day, if already known.' })
  @IsOptional()
  validTo?: string;
}
