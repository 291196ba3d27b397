import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Max,
  Min,
} from 'class-validator';
import { applyDecorators } from '@nestjs/common';
import { FIGURE_LIMITS } from '../../common/dto/figure-limits';
import { MayOmit } from '../../common/dto/may-omit.decorator';
import { VersionedInput } from '../../common/dto/versioned.input';
import { PLAN_TREE_MAX } from '../../common/graphql/list-bounds';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar';
import { FreeText } from '../../common/validation/free-text.decorator';
import { IsLocalDate } from '../../common/validation/is-local-date.decorator';
import { NewPlanNode, PlanNodeChanges } from './plan-tree.inputs';

const INSTITUTIONS = `Institutions responsible for it: at least one, at most ${PLAN_TREE_MAX.institutionsPerMeasure}.`;
const Responsible = () =>
  applyDecorators(
    IsUUID('all', { each: true }),
    ArrayUnique(),
    ArrayMinSize(1),
    ArrayMaxSize(PLAN_TREE_MAX.institutionsPerMeasure),
  );
const Figure = () =>
  applyDecorators(
    IsNumber({ allowNaN: false, allowInfinity: false }),
    Max(FIGURE_LIMITS.contribution),
  );

@InputType()
export class AddPlanMeasureInput extends NewPlanNode {
  @Field(() => ID)
  @IsUUID()
  objectiveId: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Within the plan’s period.' })
  @IsOptional()
  @IsLocalDate()
  deadline?: string;

  @Field(() => [ID], { description: INSTITUTIONS })
  @Responsible()
  responsibleInstitutionIds: string[];
}

@InputType({ description: 'Changes the fields given; the others stay.' })
export class UpdatePlanMeasureInput extends PlanNodeChanges {
  @Field(() => LocalDateScalar, { nullable: true, description: 'null clears it.' })
  @IsOptional()
  @IsLocalDate()
  deadline?: string | null;

  @Field(() => [ID], { nullable: true, description: `Replaces them. ${INSTITUTIONS}` })
  @MayOmit()
  @Responsible()
  responsibleInstitutionIds?: string[];
}

@InputType()
export class AddPlanIndicatorInput {
  @Field(() => ID)
  @IsUUID()
  measureId: string;

  @Field({ description: 'e.g. "Specialists trained"; unique within the measure.' })
  @FreeText(500)
  name: string;

  @Field({ description: 'Unit of the values, e.g. "persons", "events", "%".' })
  @FreeText(50)
  unit: string;

  @Field(() => Float, { nullable: true, description: 'Where it stood before; zero or more.' })
  @IsOptional()
  @Figure()
  @Min(0)
  baseline?: number;

  @Field(() => Float, { description: 'Positive, in the unit.' })
  @Figure()
  targetValue: number;

  @Field(() => Int, { description: 'A year of the plan’s period.' })
  @IsInt()
  targetYear: number;
}

@InputType({ description: 'Changes the fields given; the others stay.' })
export class UpdatePlanIndicatorInput extends VersionedInput {
  @Field({ nullable: true })
  @MayOmit()
  @FreeText(500)
  name?: string;

  @Field({ nullable: true })
  @MayOmit()
  @FreeText(50)
  unit?: string;

  @Field(() => Float, { nullable: true, description: 'null clears it.' })
  @IsOptional()
  @Figure()
  @Min(0)
  baseline?: number | null;

  @Field(() => Float, { nullable: true })
  @MayOmit()
  @Figure()
  targetValue?: number;

  @Field(() => Int, { nullable: true })
  @MayOmit()
  @IsInt()
  targetYear?: number;

  @Field({ nullable: true, description: 'False confirms it as official.' })
  @MayOmit()
  @IsBoolean()
  illustrative?: boolean;
}
