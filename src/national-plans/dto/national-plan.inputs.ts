import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { MayOmit } from '../../common/dto/may-omit.decorator';
import { VersionedInput } from '../../common/dto/versioned.input';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar';
import { FreeText } from '../../common/validation/free-text.decorator';
import { IsLocalDate } from '../../common/validation/is-local-date.decorator';
import { PlanStatus } from '../plan-status.enum';

const CODE = /^[A-ZĄČĘĖĮŠŲŪŽ0-9][A-ZĄČĘĖĮŠŲŪŽ0-9-]{0,39}$/;
const CODE_MESSAGE = 'code must be capital letters, digits and hyphens, e.g. "KPZ-2027"';
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

@InputType({ description: 'A new plan starts as a DRAFT.' })
export class CreateNationalPlanInput {
  @Field({ description: 'Short code, unique, e.g. "KPZ-2027".' })
  @Matches(CODE, { message: CODE_MESSAGE })
  code: string;

  @Field({ description: 'Official title, in Lithuanian.' })
  @FreeText(500)
  title: string;

  @Field({ nullable: true })
  @IsOptional()
  @FreeText(500)
  titleEn?: string;

  @Field({ nullable: true, description: 'The legal act that adopted the plan.' })
  @IsOptional()
  @FreeText(500)
  adoptingAct?: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  adoptedOn?: string;

  @Field(() => Int)
  @IsInt()
  @Min(FIRST_YEAR)
  @Max(LAST_YEAR)
  startYear: number;

  @Field(() => Int, { nullable: true, description: 'None for a rolling plan without a fixed end.' })
  @IsOptional()
  @IsInt()
  @Min(FIRST_YEAR)
  @Max(LAST_YEAR)
  endYear?: number;

  @Field({ nullable: true })
  @IsOptional()
  @FreeText(5000)
  notes?: string;
}

@InputType({ description: 'Changes the fields given; the others stay.' })
export class UpdateNationalPlanInput extends VersionedInput {
  @Field({ nullable: true })
  @MayOmit()
  @Matches(CODE, { message: CODE_MESSAGE })
  code?: string;

  @Field({ nullable: true })
  @MayOmit()
  @FreeText(500)
  title?: string;

  @Field(() => String, { nullable: true, description: 'null clears it.' })
  @IsOptional()
  @FreeText(500)
  titleEn?: string | null;

  @Field(() => String, { nullable: true, description: 'null clears it.' })
  @IsOptional()
  @FreeText(500)
  adoptingAct?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'null clears it.' })
  @IsOptional()
  @IsLocalDate()
  adoptedOn?: string | null;

  @Field(() => Int, { nullable: true })
  @MayOmit()
  @IsInt()
  @Min(FIRST_YEAR)
  @Max(LAST_YEAR)
  startYear?: number;

  @Field(() => Int, { nullable: true, description: 'null makes it a rolling plan.' })
  @IsOptional()
  @IsInt()
  @Min(FIRST_YEAR)
  @Max(LAST_YEAR)
  endYear?: number | null;

  @Field(() => String, { nullable: true, description: 'null clears it.' })
  @IsOptional()
  @FreeText(5000)
  notes?: string | null;
}

@InputType()
export class ChangeNationalPlanStatusInput extends VersionedInput {
  @Field(() => PlanStatus, { description: 'The next status: DRAFT → ACTIVE → CLOSED.' })
  @IsEnum(PlanStatus)
  status: PlanStatus;
}
