/**
 * `npm run figures [-- YYYY-MM-DD]`: the figures report for a date (default today), for the yearly
 * update on 1 January and 1 July. Exits with 1 when a figure in force has no value for a day within
 * the next 30 days. The report itself is src/rules/norms/figuresReport.ts (tested there); this
 * script only bundles it for Node and prints it.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const OUT_DIR = resolve('node_modules/.cache/figures');

const arg = process.argv[2];
if (arg !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(arg)) {
  console.error(`Usage: npm run figures -- YYYY-MM-DD (got "${arg}")`);
  process.exit(2);
}
// The one place besides src/main.tsx that reads the clock: a person runs this on the day itself.
const today = arg ?? new Date().toISOString().slice(0, 10);

rmSync(OUT_DIR, { recursive: true, force: true });
await build({
  configFile: false,
  publicDir: false,
  logLevel: 'warn',
  build: { outDir: OUT_DIR, emptyOutDir: true, target: 'es2022', lib: { entry: { figures: resolve('src/rules/norms/figuresReport.ts') }, formats: ['es'] } },
});
const { figuresReport } = await import(pathToFileURL(`${OUT_DIR}/figures.js`).href);
const { lines, problems } = figuresReport(today);
console.log(lines.join('\n'));
process.exit(problems.length > 0 ? 1 : 0);
