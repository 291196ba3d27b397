import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { MayOmit } from '../../common/dto/may-omit.decorator';
import { VersionedInput } from '../../common/dto/versioned.input';
import { LocalDateScalar } from '../../common/scalars/local-date.scalar';
import { IsLocalDate } from '../../common/validation/is-local-date.decorator';
import { FreeText } from '../../common/validation/free-text.decorator';
import { QuorumRule } from '../task-force.enums';

@InputType({ description: 'Only the fields given change.' })
export class UpdateTaskForceInput extends VersionedInput {
  @Field({ nullable: true })
  @MayOmit()
  @FreeText(300)
  name?: string;

  @Field(() => String, { nullable: true, description: 'null clears it.' })
  @IsOptional()
  @FreeText(500)
  establishingAct?: string | null;

  @Field(() => QuorumRule, {
    nullable: true,
    description: 'Applies to meetings not yet approved; approved ones keep their quorum.',
  })
  @MayOmit()
  @IsEnum(QuorumRule)
  quorumRule?: QuorumRule;
}

@InputType()
export class DissolveTaskForceInput extends VersionedInput {
  @Field(() => LocalDateScalar, { nullable: true, description: 'Its last day; default today.' })
  @IsOptional()
  @IsLocalDate()
  dissolvedOn?: string;

  @Field({ nullable: true, description: 'The act that dissolved it, with its number.' })
  @IsOptional()
  @FreeText(500)
  dissolvingAct?: string;
}
