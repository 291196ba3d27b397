import { MigrationInterface, QueryRunner } from 'typeorm';

/** A random UUID (version 4) in SQLite, which has no function for one. */
const UUID = `lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))`;

/**
 * Issue 13: every submission, return and acceptance of an annual report kept as its history.
 * Reports reviewed before get what their own columns still say: the latest submission (with
 * the narrative and figures where they cannot have changed since) and the latest decision (a
 * report submitted again after a return keeps that return, its reason already cleared).
 */
export class AnnualReportHistory1796284711859 implements MigrationInterface {
  name = 'AnnualReportHistory1796284711859';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "annual_report_event" ("id" varchar PRIMARY KEY NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL, "report_id" varchar NOT NULL, "sequence" integer NOT NULL, "kind" varchar(10) NOT NULL, "occurred_at" datetime NOT NULL, "by_id" varchar NOT NULL, "reason" text, "narrative" text, "figures" text, CONSTRAINT "UQ_168b4a53da4f3956406635a6ea5" UNIQUE ("report_id", "sequence"), CONSTRAINT "FK_451ef46fbd3ec3ce6aed65cba0a" FOREIGN KEY ("report_id") REFERENCES "annual_report" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_897f340e688b72868c366ff2ac1" FOREIGN KEY ("by_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    const insert = `INSERT INTO "annual_report_event" ("id", "version", "report_id", "sequence", "kind", "occurred_at", "by_id", "reason", "narrative", "figures")`;
    // A return the report was submitted again after.
    await queryRunner.query(
      `${insert} SELECT ${UUID}, 1, "id", 1, 'RETURNED', "decided_at", "decided_by_id", NULL, NULL, NULL FROM "annual_report" WHERE "status" = 'SUBMITTED' AND "decided_at" IS NOT NULL AND "decided_by_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `${insert} SELECT ${UUID}, 1, "id", CASE WHEN "status" = 'SUBMITTED' AND "decided_at" IS NOT NULL AND "decided_by_id" IS NOT NULL THEN 2 ELSE 1 END, 'SUBMITTED', "submitted_at", "submitted_by_id", NULL, CASE WHEN "status" IN ('SUBMITTED', 'ACCEPTED') THEN "narrative" END, CASE WHEN "status" IN ('SUBMITTED', 'ACCEPTED', 'RETURNED') THEN "figures" END FROM "annual_report" WHERE "submitted_at" IS NOT NULL AND "submitted_by_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `${insert} SELECT ${UUID}, 1, "id", CASE WHEN "submitted_at" IS NULL THEN 1 ELSE 2 END, CASE WHEN "status" = 'ACCEPTED' THEN 'ACCEPTED' ELSE 'RETURNED' END, "decided_at", "decided_by_id", CASE WHEN "status" = 'ACCEPTED' THEN NULL ELSE "return_reason" END, NULL, NULL FROM "annual_report" WHERE "status" <> 'SUBMITTED' AND "decided_at" IS NOT NULL AND "decided_by_id" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "annual_report_event"`);
  }
}
