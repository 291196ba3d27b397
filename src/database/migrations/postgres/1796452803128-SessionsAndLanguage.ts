import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Issue 14: sessions that renew (refresh tokens kept only as hashes, ended by logout, by a
 * reused refresh token, or by the account's token version) and the account's language.
 */

export class PostgresSessionsAndLanguage1796452803128 implements MigrationInterface {
    name = 'PostgresSessionsAndLanguage1796452803128'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP NOT NULL DEFAULT now(), "updated_at" TIMESTAMP NOT NULL DEFAULT now(), "version" integer NOT NULL, "account_id" uuid NOT NULL, "refresh_hash" character varying(64) NOT NULL, "previous_refresh_hash" character varying(64), "token_version" integer NOT NULL, "idle_expires_at" TIMESTAMP NOT NULL, "expires_at" TIMESTAMP NOT NULL, "ended_at" TIMESTAMP, "end_reason" character varying(20), CONSTRAINT "UQ_d3fbfc3dae3d421d2e6486bd377" UNIQUE ("refresh_hash"), CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_fae5a6b4a57f098e9af8520d49" ON "session" ("account_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_70c4e10e6226bf19c0ab97d79d" ON "session" ("previous_refresh_hash") `);
        await queryRunner.query(`ALTER TABLE "account" ADD "preferred_language" character varying(2)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "preferred_language"`);
        await queryRunner.query(`DROP INDEX "IDX_70c4e10e6226bf19c0ab97d79d"`);
        await queryRunner.query(`DROP INDEX "IDX_fae5a6b4a57f098e9af8520d49"`);
        await queryRunner.query(`DROP TABLE "session"`);
    }

}
