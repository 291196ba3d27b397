import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';
import { MayOmit } from '../../common/dto/may-omit.decorator';
import { VersionedInput } from '../../common/dto/versioned.input';
import { FreeText } from '../../common/validation/free-text.decorator';

const CODE = /^[0-9]{1,8}$/;
const CODE_MESSAGE = 'code must be the official numeric code, e.g. "13"';
const ISO_CODE = /^LT-[0-9A-Z]{2}$/;
const ISO_MESSAGE = 'isoCode must be an ISO 3166-2 code of Lithuania, e.g. "LT-57"';

@InputType()
export class CreateMunicipalityInput {
  @Field({ description: 'Official national code, e.g. "13"; unique.' })
  @Matches(CODE, { message: CODE_MESSAGE })
  code: string;

  @Field({ description: 'Lithuanian name with diacritics, e.g. "Šiaulių miesto savivaldybė".' })
  @FreeText(200)
  name: string;

  @Field({ description: 'English name, e.g. "Šiauliai city".' })
  @FreeText(200)
  nameEn: string;

  @Field({ description: 'County (apskritis), in Lithuanian.' })
  @FreeText(100)
  county: string;

  @Field({ nullable: true, description: 'ISO 3166-2 code, e.g. "LT-57"; unique.' })
  @IsOptional()
  @Matches(ISO_CODE, { message: ISO_MESSAGE })
  isoCode?: string;
}

@InputType({ description: 'Changes the fields given; the others stay.' })
export class UpdateMunicipalityInput extends VersionedInput {
  @Field({ nullable: true })
  @MayOmit()
  @Matches(CODE, { message: CODE_MESSAGE })
  code?: string;

  @Field({ nullable: true })
  @MayOmit()
  @FreeText(200)
  name?: string;

  @Field({ nullable: true })
  @MayOmit()
  @FreeText(200)
  nameEn?: string;

  @Field({ nullable: true })
  @MayOmit()
  @FreeText(100)
  county?: string;

  @Field(() => String, { nullable: true, description: 'null clears it.' })
  @IsOptional()
  @Matches(ISO_CODE, { message: ISO_MESSAGE })
  isoCode?: string | null;
}
