import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageArgs } from '../../common/pagination/connection.type';
import { InstitutionType } from '../institution-type.enum';

@ArgsType()
export class InstitutionsArgs extends PageArgs {
  @Field(() => InstitutionType, { nullable: true })
  @IsOptional()
  @IsEnum(InstitutionType)
  type?: InstitutionType;

  @Field(() => ID, { nullable: true, description: 'Only institutions of this municipality.' })
  @IsOptional()
  @IsUUID()
  municipalityId?: string;

  @Field({
    nullable: true,
    description: 'True: only national institutions; false: only municipal ones.',
  })
  @IsOptional()
  @IsBoolean()
  national?: boolean;

  @Field({
    nullable: true,
    description: 'Part of the Lithuanian or English name; case and accents are ignored.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}
