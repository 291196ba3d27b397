import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum PasswordTokenPurpose {
  /** An administrator let the person choose a new password. */
  RESET = 'RESET',
  /** A new account's first password. */
  INVITATION = 'INVITATION',
}

/**
 * A one-time permission to choose a password, sent by mail as a link. Only the token's hash
 * is stored, so neither the administrator nor a copy of the database learns it. Not in the API.
 */
@Entity('password_token')
@Index(['accountId'])
export class PasswordToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  /** SHA-256 of the token, hex. */
  @Column({ name: 'token_hash', type: 'varchar', length: 64, unique: true })
  tokenHash: string;

  @Column({ type: 'varchar', length: 12 })
  purpose: PasswordTokenPurpose;

  @Column({ name: 'expires_at', type: Date })
  expiresAt: Date;

  /** When it was used, or replaced by a newer one: either way it opens nothing any more. */
  @Column({ name: 'used_at', type: Date, nullable: true })
  usedAt: Date | null;
}
