/**
 * Size budgets of the production build that `npm test` makes before vitest runs. The figures come
 * from scripts/measure.mjs, the same code that `npm run bench` prints them with.
 */
import { readdirSync, readFileSync } from 'node:fs';
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
    for (const { file } of sizes.initialJs.files) expect(precached, file).toContain(file);
    expect(precached).toContain('index.html');
  });

  it('the start page paints from its inline critical CSS: the stylesheet is linked at the end of <body> and kept with the screens (ADR 0012)', () => {
    const page = readFileSync('dist/index.html', 'utf8');
    expect(page).toMatch(/<head>[\s\S]*<style>[^<]+<\/style>[\s\S]*<\/head>/);
    const head = page.slice(0, page.indexOf('</head>'));
    expect(head).not.toMatch(/<link rel="stylesheet"/);
    expect(sizes.initialCss.files.length).toBeGreaterThan(0);
    const precached = sizes.precache.files.map((f) => f.file);
    const screens = sizes.screens.files.map((f) => f.file);
    for (const { file } of sizes.initialCss.files) {
      expect(page.trimEnd(), file).toMatch(new RegExp(`<link rel="stylesheet"[^>]*href="/${file}"></body>\\s*</html>$`));
      expect(precached, file).not.toContain(file);
      expect(screens, file).toContain(file);
    }
  });

  it('the precache holds what the start screen needs: the screens after it are kept once loaded', () => {
    const precached = sizes.precache.files.map((f) => f.file);
    const screens = sizes.screens.files.map((f) => f.file);
    for (const screen of ['Questionnaire', 'ResultsScreen', 'CataloguePage', 'HelpNowScreen']) {
      expect(precached.some((file) => file.startsWith(`assets/${screen}-`)), screen).toBe(false);
      expect(screens.some((file) => file.startsWith(`assets/${screen}-`)), screen).toBe(true);
    }
  });

  it('the precache holds the app and Dutch only: another language costs a phone nothing until it is chosen', () => {
    const precached = sizes.precache.files.map((f) => f.file);
    expect(precached.filter((file) => /^assets\/locale-/.test(file)).every((file) => file.startsWith('assets/locale-nl-'))).toBe(true);
    expect(precached.some((file) => file.startsWith('assets/locale-nl-translation-'))).toBe(true);
    expect(precached.filter((file) => file.endsWith('.html')).every((file) => file === 'index.html' || file.startsWith('nl/'))).toBe(true);
  });

  it('every language in locales/ is prerendered and can be cached on its own, text chunks and start page', () => {
    const languages = readdirSync('locales');
    expect(Object.keys(sizes.languages).sort()).toEqual([...languages].sort());
    for (const code of languages.filter((code) => code !== 'nl')) {
      const files = sizes.languages[code]!.files.map((f) => f.file);
      expect(files, code).toContain(`${code}/index.html`);
      expect(files.filter((file) => file.startsWith(`assets/locale-${code}-`)), code).toHaveLength(readdirSync(`locales/${code}`).length);
    }
  });
});
