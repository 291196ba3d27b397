import { getEntities } from '../src/database/entity-rows';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Lists build their entities from raw rows (src/database/entity-rows.ts) instead of TypeORM's
 * general hydration: every entity must come out as getMany makes it, values and types alike
 * (instants as Dates, booleans, dates as text), on the demo data and on either engine.
 */
describe('Entities from raw rows', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('builds every entity of the demo data as getMany does', async () => {
    const checked: string[] = [];
    for (const metadata of t.dataSource.entityMetadatas) {
      if (metadata.tableType === 'junction' || !metadata.hasColumnWithPropertyPath('id')) continue;
      const query = () =>
        t.dataSource
          .getRepository(metadata.target)
          .createQueryBuilder('e')
          .orderBy('e.id')
          .limit(20);
      const expected = await query().getMany();
      const actual = await getEntities(query());
      expect({ table: metadata.tableName, rows: actual }).toEqual({
        table: metadata.tableName,
        rows: expected,
      });
      for (const entity of actual) expect(entity).toBeInstanceOf(metadata.target as never);
      if (expected.length) checked.push(metadata.tableName);
    }
    // The demo data has rows in the tables the lists read.
    expect(checked).toEqual(
      expect.arrayContaining(['action_item', 'meeting', 'membership', 'person', 'task_force']),
    );
  });
});
