import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: when each follow-up request was closed, so the overview of a past period counts
 * the requests open then. A closed request changes no more: its last change was its closing.
 */
export class PostgresFollowUpClosedAt1796452803125 implements MigrationInterface {
  name = 'PostgresFollowUpClosedAt1796452803125';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "follow_up_request" ADD COLUMN "closed_at" TIMESTAMP`);
    await queryRunner.query(
      `UPDATE "follow_up_request" SET "closed_at" = "updated_at" WHERE "status" = 'CLOSED'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "follow_up_request" DROP COLUMN "closed_at"`);
  }
}
