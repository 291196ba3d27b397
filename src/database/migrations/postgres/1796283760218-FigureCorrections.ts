import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Issue 13: corrected indicator figures. A figure points at the correction (an update) that
 * replaced or withdrew it, and a replacement at the figure it corrects.
 */
export class PostgresFigureCorrections1796283760218 implements MigrationInterface {
    name = 'PostgresFigureCorrections1796283760218'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "indicator_contribution" ADD "replaces_id" uuid`);
        await queryRunner.query(`ALTER TABLE "indicator_contribution" ADD "corrected_by_update_id" uuid`);
        await queryRunner.query(`CREATE INDEX "IDX_5573a24382fd9ceb4709abbb0b" ON "indicator_contribution" ("corrected_by_update_id") `);
        await queryRunner.query(`ALTER TABLE "indicator_contribution" ADD CONSTRAINT "FK_ff0c6fdf560353719f04b16dbe4" FOREIGN KEY ("replaces_id") REFERENCES "indicator_contribution"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "indicator_contribution" ADD CONSTRAINT "FK_5573a24382fd9ceb4709abbb0b0" FOREIGN KEY ("corrected_by_update_id") REFERENCES "action_update"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "indicator_contribution" DROP CONSTRAINT "FK_5573a24382fd9ceb4709abbb0b0"`);
        await queryRunner.query(`ALTER TABLE "indicator_contribution" DROP CONSTRAINT "FK_ff0c6fdf560353719f04b16dbe4"`);
        await queryRunner.query(`DROP INDEX "IDX_5573a24382fd9ceb4709abbb0b"`);
        await queryRunner.query(`ALTER TABLE "indicator_contribution" DROP COLUMN "corrected_by_update_id"`);
        await queryRunner.query(`ALTER TABLE "indicator_contribution" DROP COLUMN "replaces_id"`);
    }

}
