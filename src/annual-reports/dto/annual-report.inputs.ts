import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { VersionedInput } from '../../common/dto/versioned.input';
import { FreeText } from '../../common/validation/free-text.decorator';

/** A task force and a calendar year: what names one annual report. */
@ArgsType()
@InputType({ isAbstract: true })
abstract class TaskForceYear {
  @Field(() => ID)
  @IsUUID()
  taskForceId: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;
}

@ArgsType()
export class AnnualReportArgs extends TaskForceYear {}

@InputType()
export class GenerateAnnualReportInput extends TaskForceYear {}

@InputType()
export class SaveAnnualReportNarrativeInput extends VersionedInput {
  @Field()
  @FreeText(100000)
  narrative: string;
}

@InputType()
export class AnnualReportStepInput extends VersionedInput {}

@InputType()
export class ReturnAnnualReportInput extends VersionedInput {
  @Field({ description: 'What the task force must change.' })
  @FreeText(5000)
  reason: string;
}
