import { readFileSync } from 'fs';
import { join } from 'path';
import { ALL_LIFECYCLES } from './all-lifecycles';

/** A table row without the padding Prettier adds to the README. */
const rowKey = (line: string) =>
  line
    .split('|')
    .map((cell) => cell.trim())
    .join('|');

describe('the lifecycle tables in the README', () => {
  const readme = new Set(
    readFileSync(join(__dirname, '../../../README.md'), 'utf8').split('\n').map(rowKey),
  );

  it.each(ALL_LIFECYCLES.map((l) => [l.definition.record, l] as const))(
    '%s: every row the services consult is printed',
    (_record, lifecycle) => {
      const rows = lifecycle
        .markdown()
        .split('\n')
        .filter((line) => line.startsWith('| `'));
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.map(rowKey).filter((row) => !readme.has(row))).toEqual([]);
    },
  );
});
