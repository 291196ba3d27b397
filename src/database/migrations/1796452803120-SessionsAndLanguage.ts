import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Issue 14: sessions that renew (refresh tokens kept only as hashes, ended by logout, by a
 * reused refresh token, or by the account's token version) and the account's language.
 */

export class SessionsAndLanguage1796452803120 implements MigrationInterface {
    name = 'SessionsAndLanguage1796452803120'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "session" ("id" varchar PRIMARY KEY NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL, "account_id" varchar NOT NULL, "refresh_hash" varchar(64) NOT NULL, "previous_refresh_hash" varchar(64), "token_version" integer NOT NULL, "idle_expires_at" datetime NOT NULL, "expires_at" datetime NOT NULL, "ended_at" datetime, "end_reason" varchar(20), CONSTRAINT "UQ_d3fbfc3dae3d421d2e6486bd377" UNIQUE ("refresh_hash"))`);
        await queryRunner.query(`CREATE INDEX "IDX_fae5a6b4a57f098e9af8520d49" ON "session" ("account_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_70c4e10e6226bf19c0ab97d79d" ON "session" ("previous_refresh_hash") `);
        await queryRunner.query(`CREATE TABLE "temporary_account" ("id" varchar PRIMARY KEY NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL, "email" varchar(254) NOT NULL, "password_hash" varchar(200) NOT NULL, "system_role" varchar(20) NOT NULL DEFAULT ('NONE'), "active" boolean NOT NULL DEFAULT (1), "token_version" integer NOT NULL DEFAULT (0), "last_login_at" datetime, "person_id" varchar NOT NULL, "pending_system_role" varchar(20), "pending_role_requested_by_id" varchar, "search_text" text NOT NULL DEFAULT (''), "preferred_language" varchar(2), CONSTRAINT "UQ_73b5a14ecc8f5529ea98a746d51" UNIQUE ("person_id"), CONSTRAINT "UQ_4c8f96ccf523e9a3faefd5bdd4c" UNIQUE ("email"), CONSTRAINT "FK_73b5a14ecc8f5529ea98a746d51" FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
        await queryRunner.query(`INSERT INTO "temporary_account"("id", "created_at", "updated_at", "version", "email", "password_hash", "system_role", "active", "token_version", "last_login_at", "person_id", "pending_system_role", "pending_role_requested_by_id", "search_text") SELECT "id", "created_at", "updated_at", "version", "email", "password_hash", "system_role", "active", "token_version", "last_login_at", "person_id", "pending_system_role", "pending_role_requested_by_id", "search_text" FROM "account"`);
        await queryRunner.query(`DROP TABLE "account"`);
        await queryRunner.query(`ALTER TABLE "temporary_account" RENAME TO "account"`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "account" RENAME TO "temporary_account"`);
        await queryRunner.query(`CREATE TABLE "account" ("id" varchar PRIMARY KEY NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL, "email" varchar(254) NOT NULL, "password_hash" varchar(200) NOT NULL, "system_role" varchar(20) NOT NULL DEFAULT ('NONE'), "active" boolean NOT NULL DEFAULT (1), "token_version" integer NOT NULL DEFAULT (0), "last_login_at" datetime, "person_id" varchar NOT NULL, "pending_system_role" varchar(20), "pending_role_requested_by_id" varchar, "search_text" text NOT NULL DEFAULT (''), CONSTRAINT "UQ_73b5a14ecc8f5529ea98a746d51" UNIQUE ("person_id"), CONSTRAINT "UQ_4c8f96ccf523e9a3faefd5bdd4c" UNIQUE ("email"), CONSTRAINT "FK_73b5a14ecc8f5529ea98a746d51" FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`);
        await queryRunner.query(`INSERT INTO "account"("id", "created_at", "updated_at", "version", "email", "password_hash", "system_role", "active", "token_version", "last_login_at", "person_id", "pending_system_role", "pending_role_requested_by_id", "search_text") SELECT "id", "created_at", "updated_at", "version", "email", "password_hash", "system_role", "active", "token_version", "last_login_at", "person_id", "pending_system_role", "pending_role_requested_by_id", "search_text" FROM "temporary_account"`);
        await queryRunner.query(`DROP TABLE "temporary_account"`);
        await queryRunner.query(`DROP INDEX "IDX_70c4e10e6226bf19c0ab97d79d"`);
        await queryRunner.query(`DROP INDEX "IDX_fae5a6b4a57f098e9af8520d49"`);
        await queryRunner.query(`DROP TABLE "session"`);
    }

}
