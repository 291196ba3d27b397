import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
} from 'class-validator';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar';
import { FreeText } from '../../common/validation/free-text.decorator';
import { IsLocalDate } from '../../common/validation/is-local-date.decorator';
import { MeasureIds } from '../../national-plans/measure-ids.decorator';
import { PreventionActivityKind, TargetGroup } from '../prevention-activity.enums';
import { MAX_PARTNERS } from '../../common/graphql/list-bounds';
import { FIGURE_LIMITS } from '../../common/dto/figure-limits';

@InputType()
export class RecordPreventionActivityInput {
  @Field(() => ID)
  @IsUUID()
  taskForceId: string;

  @Field(() => PreventionActivityKind)
  @IsEnum(PreventionActivityKind)
  kind: PreventionActivityKind;

  @Field()
  @FreeText(300)
  title: string;

  @Field(() => LocalDateScalar, {
    description: 'When it took place: today or earlier (Vilnius); a later date is refused.',
  })
  @IsLocalDate()
  date: string;

  @Field({ nullable: true })
  @IsOptional()
  @FreeText(300)
  place?: string;

  @Field(() => TargetGroup)
  @IsEnum(TargetGroup)
  targetGroup: TargetGroup;

  @Field(() => Int, {
    description: `How many people took part (an aggregate, never names), at most ${FIGURE_LIMITS.participants}.`,
  })
  @IsInt()
  @Min(0)
  @Max(FIGURE_LIMITS.participants)
  participants: number;

  @Field({ nullable: true })
  @IsOptional()
  @FreeText(20000)
  description?: string;

  @Field(() => [ID], { defaultValue: [], description: 'Institutions it was organised with.' })
  @IsUUID('all', { each: true })
  @ArrayUnique()
  @ArrayMaxSize(MAX_PARTNERS)
  partnerInstitutionIds: string[] = [];

  @Field(() => [ID], { defaultValue: [] })
  @MeasureIds()
  measureIds: string[] = [];

  @Field(() => ID, { nullable: true, description: 'The action item it carried out.' })
  @IsOptional()
  @IsUUID()
  originActionItemId?: string;
}
