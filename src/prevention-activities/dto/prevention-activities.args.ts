import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../common/pagination/connection.type';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar';
import { IsLocalDate } from '../../common/validation/is-local-date.decorator';
import { PreventionActivityKind, TargetGroup } from '../prevention-activity.enums';

@ArgsType()
export class PreventionActivitiesArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  taskForceId?: string;

  @Field(() => PreventionActivityKind, { nullable: true })
  @IsOptional()
  @IsEnum(PreventionActivityKind)
  kind?: PreventionActivityKind;

  @Field(() => TargetGroup, { nullable: true })
  @IsOptional()
  @IsEnum(TargetGroup)
  targetGroup?: TargetGroup;

  @Field(() => LocalDateScalar, { nullable: true, description: 'On or after this date.' })
  @IsOptional()
  @IsLocalDate()
  from?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'On or before this date.' })
  @IsOptional()
  @IsLocalDate()
  to?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  measureId?: string;

  @Field({ defaultValue: false, description: 'Also list withdrawn activities.' })
  @IsBoolean()
  includeWithdrawn: boolean = false;
}
