import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsNumber, IsOptional, IsUUID, Max } from 'class-validator';
import { FIGURE_LIMITS } from '../../common/dto/figure-limits';
import { FreeText } from '../../common/validation/free-text.decorator';

@InputType({
  description:
    'Corrects a reported figure: the figure stays in the history, marked corrected, and totals count the new value instead (or nothing, when it is withdrawn).',
})
export class CorrectContributionInput {
  @Field(() => ID, { description: 'The figure to correct (an `IndicatorContribution`).' })
  @IsUUID()
  contributionId: string;

  @Field(() => Float, {
    nullable: true,
    description: `The right figure, in the indicator's unit, at most ${FIGURE_LIMITS.contribution}; null or 0 withdraws the figure.`,
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Max(FIGURE_LIMITS.contribution)
  value?: number | null;

  @Field({ description: 'Why the figure is corrected; it becomes the text of the correction.' })
  @FreeText(2000)
  reason: string;
}
