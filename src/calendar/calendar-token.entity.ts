import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/entities/base.entity';
import { Person } from '../people/person.entity';

@ObjectType({
  description:
    'A secret address for subscribing to your meetings from a calendar app. Only its hash is stored.',
})
@Entity('calendar_token')
export class CalendarToken extends BaseEntity {
  @Field(() => ID)
  @Index()
  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @Column({ name: 'token_hash', type: 'varchar', length: 64, unique: true })
  tokenHash: string;

  @Field(() => String, { nullable: true, description: 'Your note, e.g. "phone".' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  label: string | null;

  /** The account's session version when it was made: a password change or disabling ends it. */
  @Column({ name: 'account_token_version', type: 'integer', default: 0 })
  accountTokenVersion: number;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'revoked_at', type: Date, nullable: true })
  revokedAt: Date | null;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;
}
