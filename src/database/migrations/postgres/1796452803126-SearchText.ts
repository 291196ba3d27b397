import { MigrationInterface, QueryRunner } from 'typeorm';
import { refillSearchText } from '../../search-text';

/** The searched tables and the columns their search text folds, as their entities say. */
const SEARCHED_COLUMNS: Record<string, string[]> = {
  institution: ['name', 'name_en'],
  municipality: ['name', 'name_en'],
  account: ['email'],
  action_item: ['title', 'description'],
};

/**
 * Issue 13: a search text folded for case- and accent-blind search (like-pattern.ts), filled
 * for the rows already there.
 */
export class PostgresSearchText1796452803126 implements MigrationInterface {
  name = 'PostgresSearchText1796452803126';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, columns] of Object.entries(SEARCHED_COLUMNS)) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD COLUMN "search_text" text NOT NULL DEFAULT ''`,
      );
      await refillSearchText(queryRunner, table, columns, true);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of Object.keys(SEARCHED_COLUMNS).reverse()) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "search_text"`);
    }
  }
}
