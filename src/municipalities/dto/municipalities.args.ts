import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageArgs } from '../../common/pagination/connection.type';

@ArgsType()
export class MunicipalitiesArgs extends PageArgs {
  @Field({
    nullable: true,
    description:
      'Part of the Lithuanian or English name (case and accents are ignored), or the exact code.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}
