import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 13: a dissolved task force records when and by which act. */
export class TaskForceDissolution1796283381839 implements MigrationInterface {
  name = 'TaskForceDissolution1796283381839';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "task_force" ADD COLUMN "dissolved_on" date`);
    await queryRunner.query(`ALTER TABLE "task_force" ADD COLUMN "dissolving_act" varchar(500)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "task_force" DROP COLUMN "dissolving_act"`);
    await queryRunner.query(`ALTER TABLE "task_force" DROP COLUMN "dissolved_on"`);
  }
}
