import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { BaseEntity } from '../common/entities/base.entity';
import { MailFrequency, NotificationKind } from './notification.enums';

@ObjectType({ description: 'How one kind of notification reaches you by e-mail.' })
export class NotificationKindSetting {
  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => MailFrequency)
  mail: MailFrequency;
}

/** A person's choices; someone who never chose has no row and gets the defaults. */
@Entity('notification_settings')
export class NotificationSettingsRow extends BaseEntity {
  @Column({ name: 'person_id', type: 'uuid', unique: true })
  personId: string;

  @Column({ name: 'due_soon_days', type: 'integer' })
  dueSoonDays: number;

  /** JSON `{ kind: frequency }` for the kinds chosen differently from the default. */
  @Column({ type: 'text' })
  frequencies: string;
}

@ObjectType({ description: 'Which notifications reach you by e-mail, and how often.' })
export class NotificationSettings {
  @Field(() => Int, {
    description: 'How many days before a due date you are reminded of it (0–30, default 3).',
  })
  dueSoonDays: number;

  @Field(() => [NotificationKindSetting], { description: 'Every kind, in a fixed order.' })
  kinds: NotificationKindSetting[];

  @Field(() => Int, { description: 'Send it back with a change; 0 before the first change.' })
  version: number;
}
