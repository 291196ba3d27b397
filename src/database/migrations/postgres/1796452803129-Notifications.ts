import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Issue 16: notifications in the app (one row per reader, a reminder's key unique), each
 * person's notification settings, and the days the daily job has done.
 */

export class PostgresNotifications1796452803129 implements MigrationInterface {
    name = 'PostgresNotifications1796452803129'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "daily_run" ("day" date NOT NULL, "finished_at" TIMESTAMP NOT NULL, "summary" text NOT NULL, CONSTRAINT "PK_2677e54345a25cb41c62d9abff6" PRIMARY KEY ("day"))`);
        await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP NOT NULL DEFAULT now(), "updated_at" TIMESTAMP NOT NULL DEFAULT now(), "version" integer NOT NULL, "person_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "task_force_id" uuid, "task_force_name" character varying(200) NOT NULL, "subject_id" uuid NOT NULL, "title" character varying(300), "due_date" date, "starts_at" TIMESTAMP, "year" integer, "path" character varying(120) NOT NULL, "reason" text, "read_at" TIMESTAMP, "dedupe_key" character varying(200), "mail_frequency" character varying(12) NOT NULL, "mailed_at" TIMESTAMP, CONSTRAINT "UQ_b390c6bcca8179ba55a6eb95fac" UNIQUE ("dedupe_key"), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_73200c31f9cc6f09cf5e0df13c" ON "notification" ("mail_frequency", "mailed_at") `);
        await queryRunner.query(`CREATE INDEX "IDX_8e3234990f2eefa5d46555910c" ON "notification" ("person_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "notification_settings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP NOT NULL DEFAULT now(), "updated_at" TIMESTAMP NOT NULL DEFAULT now(), "version" integer NOT NULL, "person_id" uuid NOT NULL, "due_soon_days" integer NOT NULL, "frequencies" text NOT NULL, CONSTRAINT "UQ_3de6419cf1359453d1353947d75" UNIQUE ("person_id"), CONSTRAINT "PK_d131abd7996c475ef768d4559ba" PRIMARY KEY ("id"))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "notification_settings"`);
        await queryRunner.query(`DROP INDEX "mig_gen"."IDX_8e3234990f2eefa5d46555910c"`);
        await queryRunner.query(`DROP INDEX "mig_gen"."IDX_73200c31f9cc6f09cf5e0df13c"`);
        await queryRunner.query(`DROP TABLE "notification"`);
        await queryRunner.query(`DROP TABLE "daily_run"`);
    }

}
