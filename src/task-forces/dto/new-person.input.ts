import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { FreeText } from '../../common/validation/free-text.decorator';

@InputType({ description: 'A professional not yet in the workspace.' })
export class NewPersonInput {
  @Field()
  @FreeText(200)
  fullName: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  phone?: string;

  @Field({ nullable: true })
  @IsOptional()
  @FreeText(200)
  position?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  institutionId?: string;
}
