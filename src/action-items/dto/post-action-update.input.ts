import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsNumber,
  IsOptional,
  IsUUID,
  Max,
  ValidateNested,
} from 'class-validator';
import { FreeText } from '../../common/validation/free-text.decorator';
import { ActionItemStatus } from '../action-item.enums';
import { MAX_CONTRIBUTIONS } from '../../common/graphql/list-bounds';
import { FIGURE_LIMITS } from '../../common/dto/figure-limits';

@InputType({ description: "A figure against an indicator of one of the item's measures." })
export class IndicatorContributionInput {
  @Field(() => ID)
  @IsUUID()
  indicatorId: string;

  @Field(() => Float, {
    description: `Positive, in the indicator's unit (e.g. 25 persons), at most ${FIGURE_LIMITS.contribution}.`,
  })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Max(FIGURE_LIMITS.contribution)
  value: number;
}

@InputType()
export class PostActionUpdateInput {
  @Field(() => ID)
  @IsUUID()
  actionItemId: string;

  @Field({ description: 'What was done.' })
  @FreeText(20000)
  text: string;

  @Field(() => ActionItemStatus, { nullable: true, description: 'A status change with it.' })
  @IsOptional()
  @IsEnum(ActionItemStatus)
  status?: ActionItemStatus;

  @Field(() => [IndicatorContributionInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @Type(() => IndicatorContributionInput)
  @ArrayMaxSize(MAX_CONTRIBUTIONS)
  contributions: IndicatorContributionInput[] = [];
}
