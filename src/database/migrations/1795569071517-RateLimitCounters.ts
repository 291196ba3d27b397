import { MigrationInterface, QueryRunner } from "typeorm";

export class RateLimitCounters1795569071517 implements MigrationInterface {
    name = 'RateLimitCounters1795569071517'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "rate_limit_counter" ("key" varchar(400) PRIMARY KEY NOT NULL, "hits" integer NOT NULL, "window_ends" bigint NOT NULL)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "rate_limit_counter"`);
    }

}
