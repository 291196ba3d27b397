import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { MayOmit } from '../../common/dto/may-omit.decorator';
import { VersionedInput } from '../../common/dto/versioned.input';
import { FreeText } from '../../common/validation/free-text.decorator';
import { InstitutionType } from '../institution-type.enum';

@InputType()
export class CreateInstitutionInput {
  @Field({ description: 'Official name, in Lithuanian; unique.' })
  @FreeText(300)
  name: string;

  @Field({ nullable: true, description: 'English name.' })
  @IsOptional()
  @FreeText(300)
  nameEn?: string;

  @Field(() => InstitutionType)
  @IsEnum(InstitutionType)
  type: InstitutionType;

  @Field(() => ID, { nullable: true, description: 'Its municipality; none for a national one.' })
  @IsOptional()
  @IsUUID()
  municipalityId?: string;
}

@InputType({ description: 'Changes the fields given; the others stay.' })
export class UpdateInstitutionInput extends VersionedInput {
  @Field({ nullable: true, description: 'Official name, in Lithuanian; unique.' })
  @MayOmit()
  @FreeText(300)
  name?: string;

  @Field(() => String, { nullable: true, description: 'null clears it.' })
  @IsOptional()
  @FreeText(300)
  nameEn?: string | null;

  @Field(() => InstitutionType, { nullable: true })
  @MayOmit()
  @IsEnum(InstitutionType)
  type?: InstitutionType;

  @Field(() => ID, { nullable: true, description: 'Its municipality; null makes it national.' })
  @IsOptional()
  @IsUUID()
  municipalityId?: string | null;
}
