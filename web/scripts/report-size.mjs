// Prints the gzipped JavaScript the first screen loads (the entry and its static imports),
// and fails the build above the budget. Screens loaded later are listed apart.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 200;
const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'));
const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
const first = new Set();
const visit = (key) => {
  const chunk = manifest[key] ?? Object.values(manifest).find((c) => c.file === key);
  if (!chunk || first.has(chunk.file)) return;
  first.add(chunk.file);
  (chunk.imports ?? []).forEach(visit);
};
visit(Object.keys(manifest).find((k) => manifest[k] === entry));
const gz = (file) => gzipSync(readFileSync(`dist/${file}`)).length / 1024;
const firstKb = [...first].reduce((sum, file) => sum + gz(file), 0);
const later = Object.values(manifest)
  .filter((c) => c.file.endsWith('.js') && !first.has(c.file))
  .map((c) => `${c.file} ${gz(c.file).toFixed(1)} kB`);
console.log(
  `First screen: ${firstKb.toFixed(1)} kB of JavaScript, gzipped (budget ${BUDGET_KB} kB)`,
);
console.log(`Loaded later: ${later.join(', ') || 'none'}`);
if (firstKb > BUDGET_KB) {
  console.error(`Over budget by ${(firstKb - BUDGET_KB).toFixed(1)} kB`);
  process.exit(1);
}
