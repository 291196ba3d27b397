import { MigrationInterface, QueryRunner } from "typeorm";

export class PostgresRateLimitCounters1795569081071 implements MigrationInterface {
    name = 'PostgresRateLimitCounters1795569081071'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "rate_limit_counter" ("key" character varying(400) NOT NULL, "hits" integer NOT NULL, "window_ends" bigint NOT NULL, CONSTRAINT "PK_5bfa3ad3fe33321b1d17eae4746" PRIMARY KEY ("key"))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "rate_limit_counter"`);
    }

}
