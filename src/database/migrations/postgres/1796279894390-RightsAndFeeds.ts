import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12: a national role waiting for a second administrator; calendar addresses that end
 * with the account's sessions; the quorum of approved minutes kept as it stood at approval.
 * Plain ADD COLUMN instead of the generated table rebuilds: same schema, no copy of the rows.
 */
export class PostgresRightsAndFeeds1796279894390 implements MigrationInterface {
  name = 'PostgresRightsAndFeeds1796279894390';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "account" ADD COLUMN "pending_system_role" varchar(20)`);
    await queryRunner.query(
      `ALTER TABLE "account" ADD COLUMN "pending_role_requested_by_id" uuid`,
    );
    await queryRunner.query(
      `ALTER TABLE "calendar_token" ADD COLUMN "account_token_version" integer NOT NULL DEFAULT 0`,
    );
    // Addresses made before this change stay valid until the account's next password change.
    await queryRunner.query(
      `UPDATE "calendar_token" SET "account_token_version" = COALESCE((SELECT "token_version" FROM "account" WHERE "account"."person_id" = "calendar_token"."person_id"), 0)`,
    );
    await queryRunner.query(`ALTER TABLE "minutes" ADD COLUMN "approved_quorum" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "minutes" DROP COLUMN "approved_quorum"`);
    await queryRunner.query(`ALTER TABLE "calendar_token" DROP COLUMN "account_token_version"`);
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "pending_role_requested_by_id"`);
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "pending_system_role"`);
  }
}
