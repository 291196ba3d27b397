import { InputType } from '@nestjs/graphql';
import { VersionedInput } from '../../common/dto/versioned.input';

@InputType()
export class MarkMeetingHeldInput extends VersionedInput {}
