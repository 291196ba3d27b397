import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Issue 13 (administrator-issued password reset) on issue 16's mail machinery: the outbox
 * written with each change, and one-time password links (only their hashes).
 */
export class MailOutboxAndPasswordTokens1796452803119 implements MigrationInterface {
    name = 'MailOutboxAndPasswordTokens1796452803119'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "password_token" ("id" varchar PRIMARY KEY NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "account_id" varchar NOT NULL, "token_hash" varchar(64) NOT NULL, "purpose" varchar(12) NOT NULL, "expires_at" datetime NOT NULL, "used_at" datetime, CONSTRAINT "UQ_207f5644a9050a7450fa999270c" UNIQUE ("token_hash"))`);
        await queryRunner.query(`CREATE INDEX "IDX_5e00f62fe1217aeb43cc24b6f3" ON "password_token" ("account_id") `);
        await queryRunner.query(`CREATE TABLE "mail_outbox" ("id" varchar PRIMARY KEY NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "sequence" integer NOT NULL, "kind" varchar(40) NOT NULL, "recipient" varchar(254) NOT NULL, "params" text NOT NULL, "secret" varchar(200), "status" varchar(10) NOT NULL DEFAULT ('PENDING'), "attempts" integer NOT NULL DEFAULT (0), "next_attempt_at" datetime NOT NULL, "sent_at" datetime, "last_error" varchar(500), CONSTRAINT "UQ_ca34fefedd82522c6878f60bc20" UNIQUE ("sequence"))`);
        await queryRunner.query(`CREATE INDEX "IDX_63513349650e25976f9ec6dcda" ON "mail_outbox" ("status", "next_attempt_at") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_63513349650e25976f9ec6dcda"`);
        await queryRunner.query(`DROP TABLE "mail_outbox"`);
        await queryRunner.query(`DROP INDEX "IDX_5e00f62fe1217aeb43cc24b6f3"`);
        await queryRunner.query(`DROP TABLE "password_token"`);
    }

}
