import { readFileSync } from 'fs';
import { join } from 'path';

/** A Markdown table row without the padding Prettier adds to the README. */
export const rowKey = (line: string) =>
  line
    .split('|')
    .map((cell) => cell.trim())
    .join('|');

/** The README's table rows, so specs can check that printed tables are in it. */
export function readmeRows(): Set<string> {
  return new Set(readFileSync(join(__dirname, '../../README.md'), 'utf8').split('\n').map(rowKey));
}

/** The rows of a printed table (those naming a code) that the README lacks. */
export function rowsMissingFromReadme(markdown: string): string[] {
  const readme = readmeRows();
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map(rowKey)
    .filter((row) => !readme.has(row));
}
