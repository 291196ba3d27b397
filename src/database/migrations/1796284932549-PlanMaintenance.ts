import { MigrationInterface, QueryRunner } from 'typeorm';

const CLOSABLE = ['plan_goal', 'plan_objective', 'plan_measure', 'plan_indicator'];

/**
 * Issue 13: plan items are closed rather than deleted once records link them, and the seeder
 * remembers the natural keys reference rows were renamed away from.
 */
export class PlanMaintenance1796284932549 implements MigrationInterface {
  name = 'PlanMaintenance1796284932549';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "former_reference_key" ("kind" varchar(40) NOT NULL, "key" varchar(500) NOT NULL, "row_id" varchar NOT NULL, PRIMARY KEY ("kind", "key"))`,
    );
    for (const table of CLOSABLE) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD COLUMN "closed_on" date`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...CLOSABLE].reverse()) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "closed_on"`);
    }
    await queryRunner.query(`DROP TABLE "former_reference_key"`);
  }
}
