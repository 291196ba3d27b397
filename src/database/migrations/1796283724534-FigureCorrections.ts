import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Issue 13: corrected indicator figures. A figure points at the correction (an update) that
 * replaced or withdrew it, and a replacement at the figure it corrects. SQLite cannot add a
 * foreign key to a table, hence the generated rebuild (which copies every figure).
 */
export class FigureCorrections1796283724534 implements MigrationInterface {
    name = 'FigureCorrections1796283724534'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_d351eeff7e62349a194f3f1feb"`);
        await queryRunner.query(`DROP INDEX "IDX_cd08940b11993efebe715d15d7"`);
        await queryRunner.query(`DROP INDEX "IDX_dca5b01e5e79ed5797378f9904"`);
        await queryRunner.query(`DROP INDEX "IDX_5ec4fc38acee9b77368f12cdb8"`);
        await queryRunner.query(`CREATE TABLE "temporary_indicator_contribution" ("id" varchar PRIMARY KEY NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL, "action_update_id" varchar NOT NULL, "action_item_id" varchar NOT NULL, "task_force_id" varchar NOT NULL, "measure_id" varchar NOT NULL, "indicator_id" varchar NOT NULL, "value" double precision NOT NULL, "replaces_id" varchar, "corrected_by_update_id" varchar, CONSTRAINT "FK_647e19c17a56f4c01403eaf0bb6" FOREIGN KEY ("indicator_id") REFERENCES "plan_indicator" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_5ec4fc38acee9b77368f12cdb8d" FOREIGN KEY ("action_update_id") REFERENCES "action_update" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
        await queryRunner.query(`INSERT INTO "temporary_indicator_contribution"("id", "created_at", "updated_at", "version", "action_update_id", "action_item_id", "task_force_id", "measure_id", "indicator_id", "value") SELECT "id", "created_at", "updated_at", "version", "action_update_id", "action_item_id", "task_force_id", "measure_id", "indicator_id", "value" FROM "indicator_contribution"`);
        await queryRunner.query(`DROP TABLE "indicator_contribution"`);
        await queryRunner.query(`ALTER TABLE "temporary_indicator_contribution" RENAME TO "indicator_contribution"`);
        await queryRunner.query(`CREATE INDEX "IDX_d351eeff7e62349a194f3f1feb" ON "indicator_contribution" ("indicator_id", "task_force_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_cd08940b11993efebe715d15d7" ON "indicator_contribution" ("measure_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_dca5b01e5e79ed5797378f9904" ON "indicator_contribution" ("action_item_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_5ec4fc38acee9b77368f12cdb8" ON "indicator_contribution" ("action_update_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_5573a24382fd9ceb4709abbb0b" ON "indicator_contribution" ("corrected_by_update_id") `);
        await queryRunner.query(`DROP INDEX "IDX_d351eeff7e62349a194f3f1feb"`);
        await queryRunner.query(`DROP INDEX "IDX_cd08940b11993efebe715d15d7"`);
        await queryRunner.query(`DROP INDEX "IDX_dca5b01e5e79ed5797378f9904"`);
        await queryRunner.query(`DROP INDEX "IDX_5ec4fc38acee9b77368f12cdb8"`);
        await queryRunner.query(`DROP INDEX "IDX_5573a24382fd9ceb4709abbb0b"`);
        await queryRunner.query(`CREATE TABLE "temporary_indicator_contribution" ("id" varchar PRIMARY KEY NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL, "action_update_id" varchar NOT NULL, "action_item_id" varchar NOT NULL, "task_force_id" varchar NOT NULL, "measure_id" varchar NOT NULL, "indicator_id" varchar NOT NULL, "value" double precision NOT NULL, "replaces_id" varchar, "corrected_by_update_id" varchar, CONSTRAINT "FK_647e19c17a56f4c01403eaf0bb6" FOREIGN KEY ("indicator_id") REFERENCES "plan_indicator" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_5ec4fc38acee9b77368f12cdb8d" FOREIGN KEY ("action_update_id") REFERENCES "action_update" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_ff0c6fdf560353719f04b16dbe4" FOREIGN KEY ("replaces_id") REFERENCES "indicator_contribution" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_5573a24382fd9ceb4709abbb0b0" FOREIGN KEY ("corrected_by_update_id") REFERENCES "action_update" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
        await queryRunner.query(`INSERT INTO "temporary_indicator_contribution"("id", "created_at", "updated_at", "version", "action_update_id", "action_item_id", "task_force_id", "measure_id", "indicator_id", "value", "replaces_id", "corrected_by_update_id") SELECT "id", "created_at", "updated_at", "version", "action_update_id", "action_item_id", "task_force_id", "measure_id", "indicator_id", "value", "replaces_id", "corrected_by_update_id" FROM "indicator_contribution"`);
        await queryRunner.query(`DROP TABLE "indicator_contribution"`);
        await queryRunner.query(`ALTER TABLE "temporary_indicator_contribution" RENAME TO "indicator_contribution"`);
        await queryRunner.query(`CREATE INDEX "IDX_d351eeff7e62349a194f3f1feb" ON "indicator_contribution" ("indicator_id", "task_force_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_cd08940b11993efebe715d15d7" ON "indicator_contribution" ("measure_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_dca5b01e5e79ed5797378f9904" ON "indicator_contribution" ("action_item_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_5ec4fc38acee9b77368f12cdb8" ON "indicator_contribution" ("action_update_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_5573a24382fd9ceb4709abbb0b" ON "indicator_contribution" ("corrected_by_update_id") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_5573a24382fd9ceb4709abbb0b"`);
        await queryRunner.query(`DROP INDEX "IDX_5ec4fc38acee9b77368f12cdb8"`);
        await queryRunner.query(`DROP INDEX "IDX_dca5b01e5e79ed5797378f9904"`);
        await queryRunner.query(`DROP INDEX "IDX_cd08940b11993efebe715d15d7"`);
        await queryRunner.query(`DROP INDEX "IDX_d351eeff7e62349a194f3f1feb"`);
        await queryRunner.query(`ALTER TABLE "indicator_contribution" RENAME TO "temporary_indicator_contribution"`);
        await queryRunner.query(`CREATE TABLE "indicator_contribution" ("id" varchar PRIMARY KEY NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL, "action_update_id" varchar NOT NULL, "action_item_id" varchar NOT NULL, "task_force_id" varchar NOT NULL, "measure_id" varchar NOT NULL, "indicator_id" varchar NOT NULL, "value" double precision NOT NULL, "replaces_id" varchar, "corrected_by_update_id" varchar, CONSTRAINT "FK_647e19c17a56f4c01403eaf0bb6" FOREIGN KEY ("indicator_id") REFERENCES "plan_indicator" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_5ec4fc38acee9b77368f12cdb8d" FOREIGN KEY ("action_update_id") REFERENCES "action_update" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
        await queryRunner.query(`INSERT INTO "indicator_contribution"("id", "created_at", "updated_at", "version", "action_update_id", "action_item_id", "task_force_id", "measure_id", "indicator_id", "value", "replaces_id", "corrected_by_update_id") SELECT "id", "created_at", "updated_at", "version", "action_update_id", "action_item_id", "task_force_id", "measure_id", "indicator_id", "value", "replaces_id", "corrected_by_update_id" FROM "temporary_indicator_contribution"`);
        await queryRunner.query(`DROP TABLE "temporary_indicator_contribution"`);
        await queryRunner.query(`CREATE INDEX "IDX_5573a24382fd9ceb4709abbb0b" ON "indicator_contribution" ("corrected_by_update_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_5ec4fc38acee9b77368f12cdb8" ON "indicator_contribution" ("action_update_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_dca5b01e5e79ed5797378f9904" ON "indicator_contribution" ("action_item_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_cd08940b11993efebe715d15d7" ON "indicator_contribution" ("measure_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_d351eeff7e62349a194f3f1feb" ON "indicator_contribution" ("indicator_id", "task_force_id") `);
        await queryRunner.query(`DROP INDEX "IDX_5573a24382fd9ceb4709abbb0b"`);
        await queryRunner.query(`DROP INDEX "IDX_5ec4fc38acee9b77368f12cdb8"`);
        await queryRunner.query(`DROP INDEX "IDX_dca5b01e5e79ed5797378f9904"`);
        await queryRunner.query(`DROP INDEX "IDX_cd08940b11993efebe715d15d7"`);
        await queryRunner.query(`DROP INDEX "IDX_d351eeff7e62349a194f3f1feb"`);
        await queryRunner.query(`ALTER TABLE "indicator_contribution" RENAME TO "temporary_indicator_contribution"`);
        await queryRunner.query(`CREATE TABLE "indicator_contribution" ("id" varchar PRIMARY KEY NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL, "action_update_id" varchar NOT NULL, "action_item_id" varchar NOT NULL, "task_force_id" varchar NOT NULL, "measure_id" varchar NOT NULL, "indicator_id" varchar NOT NULL, "value" double precision NOT NULL, CONSTRAINT "FK_647e19c17a56f4c01403eaf0bb6" FOREIGN KEY ("indicator_id") REFERENCES "plan_indicator" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_5ec4fc38acee9b77368f12cdb8d" FOREIGN KEY ("action_update_id") REFERENCES "action_update" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
        await queryRunner.query(`INSERT INTO "indicator_contribution"("id", "created_at", "updated_at", "version", "action_update_id", "action_item_id", "task_force_id", "measure_id", "indicator_id", "value") SELECT "id", "created_at", "updated_at", "version", "action_update_id", "action_item_id", "task_force_id", "measure_id", "indicator_id", "value" FROM "temporary_indicator_contribution"`);
        await queryRunner.query(`DROP TABLE "temporary_indicator_contribution"`);
        await queryRunner.query(`CREATE INDEX "IDX_5ec4fc38acee9b77368f12cdb8" ON "indicator_contribution" ("action_update_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_dca5b01e5e79ed5797378f9904" ON "indicator_contribution" ("action_item_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_cd08940b11993efebe715d15d7" ON "indicator_contribution" ("measure_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_d351eeff7e62349a194f3f1feb" ON "indicator_contribution" ("indicator_id", "task_force_id") `);
    }

}
