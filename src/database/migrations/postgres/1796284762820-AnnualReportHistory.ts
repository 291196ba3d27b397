import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: every submission, return and acceptance of an annual report kept as its history.
 * Reports reviewed before get what their own columns still say: the latest submission (with
 * the narrative and figures where they cannot have changed since) and the latest decision (a
 * report submitted again after a return keeps that return, its reason already cleared).
 */
export class PostgresAnnualReportHistory1796284762820 implements MigrationInterface {
  name = 'PostgresAnnualReportHistory1796284762820';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "annual_report_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP NOT NULL DEFAULT now(), "updated_at" TIMESTAMP NOT NULL DEFAULT now(), "version" integer NOT NULL, "report_id" uuid NOT NULL, "sequence" integer NOT NULL, "kind" character varying(10) NOT NULL, "occurred_at" TIMESTAMP NOT NULL, "by_id" uuid NOT NULL, "reason" text, "narrative" text, "figures" text, CONSTRAINT "UQ_168b4a53da4f3956406635a6ea5" UNIQUE ("report_id", "sequence"), CONSTRAINT "PK_4c68934f7263f6ca226c6ac5336" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "annual_report_event" ADD CONSTRAINT "FK_451ef46fbd3ec3ce6aed65cba0a" FOREIGN KEY ("report_id") REFERENCES "annual_report"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "annual_report_event" ADD CONSTRAINT "FK_897f340e688b72868c366ff2ac1" FOREIGN KEY ("by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    const insert = `INSERT INTO "annual_report_event" ("version", "report_id", "sequence", "kind", "occurred_at", "by_id", "reason", "narrative", "figures")`;
    // A return the report was submitted again after.
    await queryRunner.query(
      `${insert} SELECT 1, "id", 1, 'RETURNED', "decided_at", "decided_by_id", NULL, NULL, NULL FROM "annual_report" WHERE "status" = 'SUBMITTED' AND "decided_at" IS NOT NULL AND "decided_by_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `${insert} SELECT 1, "id", CASE WHEN "status" = 'SUBMITTED' AND "decided_at" IS NOT NULL AND "decided_by_id" IS NOT NULL THEN 2 ELSE 1 END, 'SUBMITTED', "submitted_at", "submitted_by_id", NULL, CASE WHEN "status" IN ('SUBMITTED', 'ACCEPTED') THEN "narrative" END, CASE WHEN "status" IN ('SUBMITTED', 'ACCEPTED', 'RETURNED') THEN "figures" END FROM "annual_report" WHERE "submitted_at" IS NOT NULL AND "submitted_by_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `${insert} SELECT 1, "id", CASE WHEN "submitted_at" IS NULL THEN 1 ELSE 2 END, CASE WHEN "status" = 'ACCEPTED' THEN 'ACCEPTED' ELSE 'RETURNED' END, "decided_at", "decided_by_id", CASE WHEN "status" = 'ACCEPTED' THEN NULL ELSE "return_reason" END, NULL, NULL FROM "annual_report" WHERE "status" <> 'SUBMITTED' AND "decided_at" IS NOT NULL AND "decided_by_id" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "annual_report_event" DROP CONSTRAINT "FK_897f340e688b72868c366ff2ac1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "annual_report_event" DROP CONSTRAINT "FK_451ef46fbd3ec3ce6aed65cba0a"`,
    );
    await queryRunner.query(`DROP TABLE "annual_report_event"`);
  }
}
