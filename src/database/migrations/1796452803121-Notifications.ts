import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Issue 16: notifications in the app (one row per reader, a reminder's key unique), each
 * person's notification settings, and the days the daily job has done.
 */

export class Notifications1796452803121 implements MigrationInterface {
    name = 'Notifications1796452803121'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "daily_run" ("day" date PRIMARY KEY NOT NULL, "finished_at" datetime NOT NULL, "summary" text NOT NULL)`);
        await queryRunner.query(`CREATE TABLE "notification" ("id" varchar PRIMARY KEY NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL, "person_id" varchar NOT NULL, "kind" varchar(40) NOT NULL, "task_force_id" varchar, "task_force_name" varchar(200) NOT NULL, "subject_id" varchar NOT NULL, "title" varchar(300), "due_date" date, "starts_at" datetime, "year" integer, "path" varchar(120) NOT NULL, "reason" text, "read_at" datetime, "dedupe_key" varchar(200), "mail_frequency" varchar(12) NOT NULL, "mailed_at" datetime, CONSTRAINT "UQ_b390c6bcca8179ba55a6eb95fac" UNIQUE ("dedupe_key"))`);
        await queryRunner.query(`CREATE INDEX "IDX_73200c31f9cc6f09cf5e0df13c" ON "notification" ("mail_frequency", "mailed_at") `);
        await queryRunner.query(`CREATE INDEX "IDX_8e3234990f2eefa5d46555910c" ON "notification" ("person_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "notification_settings" ("id" varchar PRIMARY KEY NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL, "person_id" varchar NOT NULL, "due_soon_days" integer NOT NULL, "frequencies" text NOT NULL, CONSTRAINT "UQ_3de6419cf1359453d1353947d75" UNIQUE ("person_id"))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "notification_settings"`);
        await queryRunner.query(`DROP INDEX "IDX_8e3234990f2eefa5d46555910c"`);
        await queryRunner.query(`DROP INDEX "IDX_73200c31f9cc6f09cf5e0df13c"`);
        await queryRunner.query(`DROP TABLE "notification"`);
        await queryRunner.query(`DROP TABLE "daily_run"`);
    }

}
