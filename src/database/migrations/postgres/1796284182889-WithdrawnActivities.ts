import { MigrationInterface, QueryRunner } from "typeorm";

/** Issue 13: prevention activities withdrawn with a reason stay, uncounted. */
export class PostgresWithdrawnActivities1796284182889 implements MigrationInterface {
    name = 'PostgresWithdrawnActivities1796284182889'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "prevention_activity" ADD "withdrawn_at" TIMESTAMP`);
        await queryRunner.query(`ALTER TABLE "prevention_activity" ADD "withdrawn_by_id" uuid`);
        await queryRunner.query(`ALTER TABLE "prevention_activity" ADD "withdrawal_reason" text`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "prevention_activity" DROP COLUMN "withdrawal_reason"`);
        await queryRunner.query(`ALTER TABLE "prevention_activity" DROP COLUMN "withdrawn_by_id"`);
        await queryRunner.query(`ALTER TABLE "prevention_activity" DROP COLUMN "withdrawn_at"`);
    }

}
