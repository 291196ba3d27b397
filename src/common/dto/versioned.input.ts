import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID } from 'class-validator';

/** An update of one record: its id and the version the caller read (stale → CONFLICT). */
@InputType({ isAbstract: true })
export abstract class VersionedInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one is refused as CONFLICT.' })
  @IsInt()
  version: number;
}
