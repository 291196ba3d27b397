import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: prevention activities withdrawn with a reason stay, uncounted. Plain ADD COLUMN
 * instead of the generated table rebuild: same schema, no copy of the rows.
 */
export class WithdrawnActivities1796284150703 implements MigrationInterface {
  name = 'WithdrawnActivities1796284150703';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "prevention_activity" ADD COLUMN "withdrawn_at" datetime`);
    await queryRunner.query(
      `ALTER TABLE "prevention_activity" ADD COLUMN "withdrawn_by_id" varchar`,
    );
    await queryRunner.query(`ALTER TABLE "prevention_activity" ADD COLUMN "withdrawal_reason" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "prevention_activity" DROP COLUMN "withdrawal_reason"`);
    await queryRunner.query(`ALTER TABLE "prevention_activity" DROP COLUMN "withdrawn_by_id"`);
    await queryRunner.query(`ALTER TABLE "prevention_activity" DROP COLUMN "withdrawn_at"`);
  }
}
