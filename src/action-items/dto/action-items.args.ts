import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { PageArgs } from '../../common/pagination/connection.type';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar';
import { IsLocalDate } from '../../common/validation/is-local-date.decorator';
import { ActionItemOrder, ActionItemStatus } from '../action-item.enums';

@ArgsType()
export class ActionItemsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  taskForceId?: string;

  @Field(() => ID, { nullable: true, description: 'Person id of the assignee.' })
  @IsOptional()
  @IsUUID()
  assigneeId?: string;

  @Field(() => [ActionItemStatus], { nullable: true, description: 'Any of these statuses.' })
  @IsOptional()
  @IsEnum(ActionItemStatus, { each: true })
  status?: ActionItemStatus[];

  @Field({ nullable: true, description: 'true: only overdue items; false: none of them.' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;

  @Field(() => ID, { nullable: true, description: 'Linked to a measure of this plan.' })
  @IsOptional()
  @IsUUID()
  planId?: string;

  @Field(() => ID, { nullable: true, description: 'Linked to this measure.' })
  @IsOptional()
  @IsUUID()
  measureId?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Due on or after.' })
  @IsOptional()
  @IsLocalDate()
  dueFrom?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Due on or before.' })
  @IsOptional()
  @IsLocalDate()
  dueTo?: string;

  @Field({
    nullable: true,
    description: 'Text in the title or description; case and accents are ignored.',
  })
  @IsOptional()
  @MaxLength(200)
  text?: string;

  @Field(() => ActionItemOrder, { defaultValue: ActionItemOrder.DUE_DATE_ASC })
  @IsEnum(ActionItemOrder)
  order: ActionItemOrder = ActionItemOrder.DUE_DATE_ASC;
}

@ArgsType()
export class MyActionItemsArgs extends PageArgs {
  @Field({ defaultValue: false, description: 'Also list done and cancelled items.' })
  @IsBoolean()
  includeClosed: boolean = false;
}
