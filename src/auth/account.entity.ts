import { Field, HideField, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, OneToOne } from 'typeorm';
import { BaseEntity } from '../common/entities/base.entity';
import { Language } from '../common/i18n/language';
import { SearchedBy } from '../database/search-text';
import { Person } from '../people/person.entity';
import { SystemRole } from './system-role.enum';

@ObjectType({ description: "A person's login to the workspace." })
@Entity('account')
@SearchedBy('email')
export class Account extends BaseEntity {
  @Field({ description: 'Login e-mail, stored lower-case.' })
  @Column({ type: 'varchar', length: 254, unique: true })
  email: string;

  @HideField()
  @Column({ name: 'password_hash', type: 'varchar', length: 200 })
  passwordHash: string;

  @Field(() => SystemRole)
  @Column({ name: 'system_role', type: 'varchar', length: 20, default: SystemRole.NONE })
  systemRole: SystemRole;

  @Field(() => SystemRole, {
    nullable: true,
    description: "A national role asked for and waiting for a second administrator's confirmation.",
  })
  @Column({ name: 'pending_system_role', type: 'varchar', length: 20, nullable: true })
  pendingSystemRole: SystemRole | null;

  @Field(() => ID, { nullable: true, description: 'The administrator who asked for that role.' })
  @Column({ name: 'pending_role_requested_by_id', type: 'uuid', nullable: true })
  pendingRoleRequestedById: string | null;

  @Field({ description: 'A disabled account cannot log in and its tokens stop working.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Bumped to end every token issued before (disabling, password change). */
  @HideField()
  @Column({ name: 'token_version', type: 'integer', default: 0 })
  tokenVersion: number;

  @Field(() => Language, {
    nullable: true,
    description:
      'The language the person chose for documents and calendar feeds; none: the browser decides.',
  })
  @Column({ name: 'preferred_language', type: 'varchar', length: 2, nullable: true })
  preferredLanguage: Language | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'last_login_at', type: Date, nullable: true })
  lastLoginAt: Date | null;

  @Field(() => ID)
  @Column({ name: 'person_id', type: 'uuid', unique: true })
  personId: string;

  @OneToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;
}
