import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { Language } from '../../common/i18n/language';

@InputType()
export class RenewSessionInput {
  @Field({ description: 'The refresh token of the last login or renewal.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  refreshToken: string;
}

@InputType()
export class SetPreferredLanguageInput {
  @Field(() => Language, { nullable: true, description: 'None: the browser decides again.' })
  @IsOptional()
  @IsEnum(Language)
  language: Language | null;
}
