import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { VersionedInput } from '../../common/dto/versioned.input';
import { PageArgs } from '../../common/pagination/connection.type';
import { AnnualReportStatus } from '../annual-report.enums';
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

@ArgsType()
export class AnnualReportsArgs extends PageArgs {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @Field(() => AnnualReportStatus, {
    nullable: true,
    description: 'SUBMITTED: the reports awaiting a decision.',
  })
  @IsOptional()
  @IsEnum(AnnualReportStatus)
  status?: AnnualReportStatus;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  taskForceId?: string;
}

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
