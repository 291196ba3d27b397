import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { PAGE_BOUND } from '../../common/graphql/list-bounds';

/** How many of a measure's records to list: they run into thousands at national scale. */
@ArgsType()
export class TraceArgs {
  @Field(() => Int, {
    defaultValue: PAGE_BOUND.default,
    description: `How many to list (the first ones), at most ${PAGE_BOUND.max}.`,
  })
  @IsInt()
  @Min(1)
  @Max(PAGE_BOUND.max)
  first: number = PAGE_BOUND.default;
}
