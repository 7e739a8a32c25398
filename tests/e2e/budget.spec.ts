/**
 * Size budgets of the production build that `npm test` makes before vitest runs. The figures come
 * from scripts/measure.mjs, the same code that `npm run bench` prints them with.
 */
import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets, kB, measure } from '../../scripts/measure.mjs';

const sizes = measure('dist');

describe('the production build stays within its budgets', () => {
  it.each(checkBudgets(sizes))('$name is at most its budget', ({ actual, limit }) => {
    expect(actual, `${kB(actual)} measured, budget ${kB(limit)}`).toBeLessThanOrEqual(limit);
  });

  it(`initial JS is measured over the entry and what it imports (budget ${kB(BUDGETS.initialJsGzip)} gzip)`, () => {
    const files = sizes.initialJs.files.map((f) => f.file);
    expect(files.some((file) => /^assets\/index-[\w-]+\.js$/.test(file))).toBe(true);
    // The screens after the start screen load on demand (React.lazy), so they are not initial.
    expect(files.some((file) => /Questionnaire|ResultsPage/.test(file))).toBe(false);
  });

  it('every file of the first screen is precached, so the app starts offline', () => {
    const precached = new Set(sizes.precache.files.map((f) => f.file));
    for (const { file } of [...sizes.initialJs.files, ...sizes.initialCss.files]) expect(precached, file).toContain(file);
    expect(precached).toContain('index.html');
  });
});
