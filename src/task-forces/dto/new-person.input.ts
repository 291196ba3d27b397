import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { ContactEmail, PhoneNumber } from '../../common/validation/contact.decorators';
import { FreeText } from '../../common/validation/free-text.decorator';

@InputType({ description: 'A professional not yet in the workspace.' })
export class NewPersonInput {
  @Field()
  @FreeText(200)
  fullName: string;

  @Field({ nullable: true })
  @IsOptional()
  @ContactEmail()
  email?: string;

  @Field({ nullable: true })
  @IsOptional()
  @PhoneNumber()
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
