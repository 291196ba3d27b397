import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { MayOmit } from '../../common/dto/may-omit.decorator';
import { VersionedInput } from '../../common/dto/versioned.input';
import { ContactEmail, PhoneNumber } from '../../common/validation/contact.decorators';
import { FreeText } from '../../common/validation/free-text.decorator';

@InputType({ description: 'Only the fields given change; null clears those that may be empty.' })
export class UpdatePersonInput extends VersionedInput {
  @Field({ nullable: true })
  @MayOmit()
  @FreeText(200)
  fullName?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Not for a person with a login: an administrator changes that with changeAccountEmail.',
  })
  @IsOptional()
  @ContactEmail()
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @PhoneNumber()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @FreeText(200)
  position?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  institutionId?: string | null;
}
