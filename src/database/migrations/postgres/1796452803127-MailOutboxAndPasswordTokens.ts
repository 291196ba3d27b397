import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Issue 13 (administrator-issued password reset) on issue 16's mail machinery: the outbox
 * written with each change, and one-time password links (only their hashes).
 */
export class PostgresMailOutboxAndPasswordTokens1796452803127 implements MigrationInterface {
    name = 'PostgresMailOutboxAndPasswordTokens1796452803127'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "password_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP NOT NULL DEFAULT now(), "account_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "purpose" character varying(12) NOT NULL, "expires_at" TIMESTAMP NOT NULL, "used_at" TIMESTAMP, CONSTRAINT "UQ_207f5644a9050a7450fa999270c" UNIQUE ("token_hash"), CONSTRAINT "PK_4b36905cda55c809d6c39cb74f1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_5e00f62fe1217aeb43cc24b6f3" ON "password_token" ("account_id") `);
        await queryRunner.query(`CREATE TABLE "mail_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP NOT NULL DEFAULT now(), "sequence" integer NOT NULL, "kind" character varying(40) NOT NULL, "recipient" character varying(254) NOT NULL, "params" text NOT NULL, "secret" character varying(200), "status" character varying(10) NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP NOT NULL, "sent_at" TIMESTAMP, "last_error" character varying(500), CONSTRAINT "UQ_ca34fefedd82522c6878f60bc20" UNIQUE ("sequence"), CONSTRAINT "PK_fecc63c96385bc35a39ccf2a72e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_63513349650e25976f9ec6dcda" ON "mail_outbox" ("status", "next_attempt_at") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_63513349650e25976f9ec6dcda"`);
        await queryRunner.query(`DROP TABLE "mail_outbox"`);
        await queryRunner.query(`DROP INDEX "IDX_5e00f62fe1217aeb43cc24b6f3"`);
        await queryRunner.query(`DROP TABLE "password_token"`);
    }

}
