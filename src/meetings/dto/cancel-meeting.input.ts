import { Field, InputType } from '@nestjs/graphql';
import { VersionedInput } from '../../common/dto/versioned.input';
import { FreeText } from '../../common/validation/free-text.decorator';

@InputType()
export class CancelMeetingInput extends VersionedInput {
  @Field({ description: 'Why the meeting will not take place.' })
  @FreeText(2000)
  reason: string;
}
