import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsUUID, Matches } from 'class-validator';
import { MayOmit } from '../../common/dto/may-omit.decorator';
import { VersionedInput } from '../../common/dto/versioned.input';
import { FreeText } from '../../common/validation/free-text.decorator';

/** A code as the tree writes it; plan-items.ts checks that it nests under its parent's. */
export const ItemCode = () =>
  Matches(/^[0-9]{1,3}(\.[0-9]{1,3}){0,2}$/, {
    message: 'code must be like "1", "1.2" or "1.2.3"',
  });

@InputType({ isAbstract: true })
export abstract class NewPlanNode {
  @Field({ description: 'Code within the plan: "2" (goal), "2.1" (objective), "2.1.3" (measure).' })
  @ItemCode()
  code: string;

  @Field()
  @FreeText(2000)
  title: string;
}

@InputType({ isAbstract: true })
export abstract class PlanNodeChanges extends VersionedInput {
  @Field({ nullable: true, description: 'Unique within the plan; nests under its parent’s.' })
  @MayOmit()
  @ItemCode()
  code?: string;

  @Field({ nullable: true })
  @MayOmit()
  @FreeText(2000)
  title?: string;

  @Field({
    nullable: true,
    description: 'False confirms the wording as official (seeded rows start illustrative).',
  })
  @MayOmit()
  @IsBoolean()
  illustrative?: boolean;
}

@InputType()
export class AddPlanGoalInput extends NewPlanNode {
  @Field(() => ID)
  @IsUUID()
  planId: string;
}

@InputType()
export class AddPlanObjectiveInput extends NewPlanNode {
  @Field(() => ID)
  @IsUUID()
  goalId: string;
}

@InputType({ description: 'Changes the fields given; the others stay.' })
export class UpdatePlanGoalInput extends PlanNodeChanges {}

@InputType({ description: 'Changes the fields given; the others stay.' })
export class UpdatePlanObjectiveInput extends PlanNodeChanges {}
