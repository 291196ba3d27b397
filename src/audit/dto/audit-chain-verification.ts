import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';
import { HEAD_FORM } from '../audit-chain';

@ArgsType()
export class AuditChainVerificationArgs {
  @Field({
    nullable: true,
    description:
      'A head exported earlier (`sequence:hash`): the chain must still reach it unchanged, ' +
      'which shows that no newest events were removed since.',
  })
  @IsOptional()
  @Matches(HEAD_FORM, { message: 'head must be sequence:hash, as npm run audit:head prints it' })
  head?: string;
}

@ObjectType({ description: 'The result of checking the whole audit hash chain.' })
export class AuditChainVerification {
  @Field()
  valid: boolean;

  @Field(() => Int, { description: 'Events verified before the first break, or all of them.' })
  eventCount: number;

  @Field(() => Int, {
    description: 'Of those, events hashed before the chain had a key, sealed by a keyed event.',
  })
  unkeyedEventCount: number;

  @Field(() => Int, { nullable: true, description: 'Sequence of the first broken event.' })
  brokenAtSequence: number | null;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The newest event as `sequence:hash` (null when broken): keep it outside the database ' +
      'and pass it back as `head` later.',
  })
  head: string | null;

  @Field(() => Int, { nullable: true, description: 'Sequence of the newest event.' })
  headSequence: number | null;

  @Field(() => String, { nullable: true, description: 'Hash of the newest event.' })
  headHash: string | null;
}
