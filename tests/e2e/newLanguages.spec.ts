/**
 * The languages added for issue 17 (Persian right to left; Tigrinya and Somali once their folders
 * are in locales/): a whole check per language, axe on every step, the results and the print-out,
 * screenshots at 390 and 320 px wide, amounts with Latin digits, Persian digits typed and understood.
 */
import AxeBuilder from '@axe-core/playwright';
import { existsSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directionOf } from '../../src/i18n/languages';
import { BASE_URL, launch, phone, screenshot } from './browser';
import { bijstandAnswers, completeByFieldNames, verdictOf } from './questionnaire';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const LANGUAGES = ['fa', 'ti', 'so'].filter((language) => existsSync(`locales/${language}/translation.json`));
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/;

/** Persian readers may type with Persian digits and the Persian decimal sign: the check must read them. */
const PERSIAN_DIGITS: Record<string, string> = { leeftijd: '۴۵', 'inkomen.uitkering': '۱۴۱۹٫۴۶', vermogen: '۱۲۰۰', huur: '۶۵۰' };

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  return results.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${v.help} at ${node.target.join(' ')}`));
}

/** Nothing sticks out sideways: no horizontal scrolling, so nothing is cut off at the edge. */
/** What sticks out sideways on this screen (none: an empty list), named by tag, class and text. */
function overflowsSideways(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    if (document.documentElement.scrollWidth <= window.innerWidth + 1) return [];
    const wide = [...document.querySelectorAll('body *')].filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && (box.right > window.innerWidth + 1 || box.left < -1);
    });
    // The innermost ones: the cause, not every ancestor that holds it.
    return wide.filter((el) => !wide.some((other) => other !== el && el.contains(other))).map((el) => `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').slice(0, 40)}"`);
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(LANGUAGES)('%s', (language) => {
  type Texts = { results: { title: string }; languageReview?: { notice: string } };
  const texts = JSON.parse(readFileSync(`locales/${language}/translation.json`, 'utf8')) as Texts;
  // Until the "not yet reviewed" notice is translated into a language, it shows in Dutch.
  const dutch = JSON.parse(readFileSync('locales/nl/translation.json', 'utf8')) as Required<Texts>;
  const notice = (texts.languageReview ?? dutch.languageReview).notice;

  it('completes the whole check with axe on every step, the results and the print-out, at 390 and 320 px', async () => {
    const { context, page } = await phone(browser, language);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(BASE_URL);
    await page.locator('h1').first().waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe(language);
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe(directionOf(language));
    // Not reviewed by a native speaker yet: the page says so in the language itself.
    await page.getByText(notice).waitFor();
    const found = (await violations(page)).map((v) => `start: ${v}`);
    await screenshot(page, `${language}-start-390`);

    await page.locator('main .utrecht-button--primary-action').first().click();
    const answers = language === 'fa' ? { ...bijstandAnswers, ...PERSIAN_DIGITS } : bijstandAnswers;
    await completeByFieldNames(page, answers, async (screen) => {
      found.push(...(await violations(page)).map((v) => `screen ${screen}: ${v}`));
      for (const wide of await overflowsSideways(page)) found.push(`screen ${screen}: wider than the phone: ${wide}`);
      await screenshot(page, `${language}-step-${screen}-390`);
    });

    await page.getByRole('heading', { level: 1, name: texts.results.title }).waitFor();
    // The summary fits one phone screen under the header, whose "not yet reviewed" notice is one line here.
    await page.evaluate(() => window.scrollTo(0, 0));
    const summaryBox = (await page.locator('.results-summary').boundingBox())!;
    expect(summaryBox.y + summaryBox.height, 'bottom of the summary').toBeLessThanOrEqual(844);
    expect(await verdictOf(page, 'minimaregelingen')).toBe('likely');
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    found.push(...(await violations(page)).map((v) => `results: ${v}`));
    // Amounts as on letters and bank statements: the € sign and Latin digits, in every language.
    const amounts = await page.locator('main').evaluate((main) => main.textContent ?? '');
    expect(amounts).toContain('€');
    expect(amounts).not.toMatch(EASTERN_DIGITS);
    await screenshot(page, `${language}-results-390`);

    await page.setViewportSize({ width: 320, height: 700 });
    expect(await overflowsSideways(page), 'results at 320 px').toEqual([]);
    await screenshot(page, `${language}-results-320`);

    await page.emulateMedia({ media: 'print' });
    const summary = page.locator('.print-summary');
    await expect(summary.isVisible()).resolves.toBe(true);
    // Each page has a column in the language and one in Dutch; the Dutch columns keep their own
    // direction, so their full stops stay at the end.
    await expect(summary.locator(`section[lang="${language}"]`).count()).resolves.toBeGreaterThan(0);
    const dutch = await summary.locator('section[lang="nl"]').evaluateAll((sections) => sections.map((s) => s.getAttribute('dir')));
    expect(dutch.length).toBeGreaterThan(0);
    expect(dutch.every((dir) => dir === 'ltr')).toBe(true);
    found.push(...(await violations(page)).map((v) => `print-out: ${v}`));
    await screenshot(page, `${language}-print`);
    await page.emulateMedia({ media: 'screen' });

    expect(found).toEqual([]);
    await context.close();
  }, 300_000);

  it('says calmly that the device has no voice for the language (headless Chromium has none)', async () => {
    const { context, page } = await phone(browser, language);
    const readAloud = JSON.parse(readFileSync(`locales/${language}/translation.json`, 'utf8')) as { readAloud: { start: string; noVoice: string } };
    await page.goto(BASE_URL);
    await page.getByRole('button', { name: readAloud.readAloud.start }).click();
    await page.getByRole('status').filter({ hasText: readAloud.readAloud.noVoice }).waitFor();
    await context.close();
  });
});
