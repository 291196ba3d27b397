import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: a decision stores the outcome of its vote. Plain ADD COLUMN instead of the
 * generated table rebuild: same schema, no copy of the rows. Decisions recorded before get
 * the outcome the rule of decision-outcome.ts gives their votes (written out here, as it
 * stood when this migration was made).
 */
export class DecisionOutcome1796283835815 implements MigrationInterface {
  name = 'DecisionOutcome1796283835815';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "decision" ADD COLUMN "outcome" varchar(10)`);
    await queryRunner.query(
      `UPDATE "decision" SET "outcome" = CASE WHEN "votes_for" > COALESCE("votes_against", 0) THEN 'ADOPTED' ELSE 'REJECTED' END WHERE "votes_for" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "decision" DROP COLUMN "outcome"`);
  }
}
