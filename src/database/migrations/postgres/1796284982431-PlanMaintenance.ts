import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Issue 13: plan items are closed rather than deleted once records link them, and the seeder
 * remembers the natural keys reference rows were renamed away from.
 */
export class PostgresPlanMaintenance1796284982431 implements MigrationInterface {
    name = 'PostgresPlanMaintenance1796284982431'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "former_reference_key" ("kind" character varying(40) NOT NULL, "key" character varying(500) NOT NULL, "row_id" uuid NOT NULL, CONSTRAINT "PK_7cf6efd3b617b158ceb6d0fad5a" PRIMARY KEY ("kind", "key"))`);
        await queryRunner.query(`ALTER TABLE "plan_goal" ADD "closed_on" date`);
        await queryRunner.query(`ALTER TABLE "plan_objective" ADD "closed_on" date`);
        await queryRunner.query(`ALTER TABLE "plan_measure" ADD "closed_on" date`);
        await queryRunner.query(`ALTER TABLE "plan_indicator" ADD "closed_on" date`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "plan_indicator" DROP COLUMN "closed_on"`);
        await queryRunner.query(`ALTER TABLE "plan_measure" DROP COLUMN "closed_on"`);
        await queryRunner.query(`ALTER TABLE "plan_objective" DROP COLUMN "closed_on"`);
        await queryRunner.query(`ALTER TABLE "plan_goal" DROP COLUMN "closed_on"`);
        await queryRunner.query(`DROP TABLE "former_reference_key"`);
    }

}
