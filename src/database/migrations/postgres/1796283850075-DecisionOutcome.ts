import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: a decision stores the outcome of its vote. Decisions recorded before get the
 * outcome the rule of decision-outcome.ts gives their votes (written out here, as it stood
 * when this migration was made).
 */
export class PostgresDecisionOutcome1796283850075 implements MigrationInterface {
  name = 'PostgresDecisionOutcome1796283850075';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "decision" ADD "outcome" character varying(10)`);
    await queryRunner.query(
      `UPDATE "decision" SET "outcome" = CASE WHEN "votes_for" > COALESCE("votes_against", 0) THEN 'ADOPTED' ELSE 'REJECTED' END WHERE "votes_for" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "decision" DROP COLUMN "outcome"`);
  }
}
