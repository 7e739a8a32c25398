/**
 * Accessibility sweep: axe-core (WCAG 2.0/2.1, A and AA) on every screen of the production build,
 * in every language and mode listed in VARIANTS. Zero violations allowed.
 *
 * Screens: the start screen; every questionnaire step, filled in (so follow-up questions show);
 * every step again right after submitting it empty (error summary and field errors); "check your
 * answers"; the results with every fold-out opened; the pages about the app.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STEP_IDS } from '../../src/questionnaire/steps';
import { BASE_URL, launch, phone, screenshot } from './browser';

/**
 * One row per language or mode; each runs in its own page, side by side. `locale` is the browser's
 * language (the app starts in it); `storage` is put in localStorage before the app starts, the way
 * a returning visitor's choice is remembered. For example:
 *   { name: 'ar', locale: 'ar' },
 *   { name: 'nl easy-read', locale: 'nl-NL', storage: { 'rondkomen-check.easyRead': '1' } },
 */
type Variant = { name: string; locale: string; storage?: Record<string, string> };

const VARIANTS: Variant[] = [
  { name: 'nl', locale: 'nl-NL' },
  { name: 'en', locale: 'en-GB' },
  { name: 'ar', locale: 'ar' },
];

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SAVE_KEY = 'rondkomen-check.v1';

/** Answers that make every step apply and bring out the follow-up questions (answerOpenQuestions does the rest). */
const EVERY_QUESTION = {
  woonplaats: 'heemskerk',
  leefvorm: 'samen',
  leeftijd: '56',
  partnerLeeftijd: '54',
  aantalKinderen: '2',
  kinderLeeftijden: ['7', '10'],
  kinderopvang: 'ja',
  kostendelers: '0',
  ondernemer: 'nee',
  werkloosNa50: 'nee',
  studiefinanciering: 'ja',
  studieBeperking: 'nee',
  inkomstenbronnen: ['werk', 'uitkering'],
  inkomen: { werk: '1.000', uitkering: '' },
  inkomenOnbekend: { uitkering: true },
  toetsingsinkomen: '24.000',
  ontvangtBijstand: 'nee',
  laagInkomenSinds: 'lang',
  vermogen: '1000',
  woonsituatie: 'huur',
  huur: '650',
  betalingsachterstanden: 'ja',
  schulden: 'zegIkLiever',
  wilHulpBijGeldzaken: 'ja',
  partnerVerblijfsstatus: 'tijdelijkeBescherming',
  ontvangtAl: ['zorgtoeslag'],
};

/** What axe found, one readable line per rule and element, so a failure names what to fix. */
async function violations(page: Page): Promise<string[]> {
  // Legacy mode runs axe.run in the page itself. The default mode opens a helper page for every
  // run to support cross-origin frames, which this app has none of; that costs a second a screen.
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  return results.violations.flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}): ${v.help} at ${node.target.join(' ')}: ${node.failureSummary}`));
}

/** Starts the app afresh with these items in localStorage (and nothing else). */
async function openWith(page: Page, variant: Variant, items: Record<string, string>): Promise<void> {
  await page.evaluate((all) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(all)) localStorage.setItem(key, value);
  }, { ...variant.storage, ...items });
  await page.reload();
  await page.locator('h1').first().waitFor();
}

/**
 * Answers every radio question the saved answers leave open with its first option (usually "Ja",
 * which brings out the follow-up questions), so questions added later are swept too.
 */
async function answerOpenQuestions(page: Page): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const answered = await page.evaluate(() => {
      const radios = [...document.querySelectorAll<HTMLInputElement>('form input[type="radio"]')];
      const open = [...new Set(radios.map((r) => r.name))].filter((name) => !radios.some((r) => r.name === name && r.checked));
      for (const name of open) radios.find((r) => r.name === name)!.click();
      return open.length;
    });
    if (answered === 0) return;
  }
}

async function stepNumber(page: Page): Promise<number> {
  return Number(await page.locator('progress').getAttribute('value'));
}

let browser: Browser;
const pages = new Map<Variant, Page>();
beforeAll(async () => {
  browser = await launch();
  for (const variant of VARIANTS) {
    const { page } = await phone(browser, variant.locale);
    await page.goto(BASE_URL);
    pages.set(variant, page);
  }
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Runs one screen in every variant at the same time (one page each) and expects no violations
 * anywhere; a failure lists them per variant and screen.
 */
async function inEveryVariant(screens: (page: Page, variant: Variant) => Promise<string[]>): Promise<void> {
  const found = await Promise.all(VARIANTS.map(async (variant) => [variant.name, await screens(pages.get(variant)!, variant)] as const));
  expect(Object.fromEntries(found)).toEqual(Object.fromEntries(VARIANTS.map((variant) => [variant.name, []])));
}

describe(`axe finds no WCAG 2.1 AA violations (${VARIANTS.map((v) => v.name).join(', ')})`, () => {
  it('on the start screen', async () => {
    await inEveryVariant(async (page, variant) => {
      await openWith(page, variant, {});
      return violations(page);
    });
  });

  it('on every questionnaire step, filled in, and on the results with every fold-out open', async () => {
    await inEveryVariant(async (page, variant) => {
      await openWith(page, variant, { [SAVE_KEY]: JSON.stringify({ answers: EVERY_QUESTION, stepId: STEP_IDS[0], screen: 'questions' }) });
      const found: string[] = [];
      for (const [i, stepId] of STEP_IDS.entries()) {
        expect(await stepNumber(page), `${variant.name}: step ${stepId} is shown`).toBe(i + 1);
        await answerOpenQuestions(page);
        found.push(...(await violations(page)).map((v) => `step ${stepId}: ${v}`));
        await page.locator('form button[type="submit"]').click();
        if (i < STEP_IDS.length - 1) await page.locator(`progress[value="${i + 2}"]`).waitFor();
      }
      await page.locator('.check-answers').waitFor();
      found.push(...(await violations(page)).map((v) => `check your answers: ${v}`));
      await page.locator('form button[type="submit"]').click();
      await page.locator('[data-verdict]').first().waitFor();
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await screenshot(page, `a11y-results-${variant.name}`);
      return [...found, ...(await violations(page)).map((v) => `results: ${v}`)];
    });
    // Eleven steps in three languages, each swept by axe: longer than the default minute on a busy machine.
  }, 300_000);

  it.each(STEP_IDS)('on step %s after submitting it empty', async (stepId) => {
    await inEveryVariant(async (page, variant) => {
      await openWith(page, variant, { [SAVE_KEY]: JSON.stringify({ answers: {}, stepId, screen: 'questions' }) });
      expect(await stepNumber(page), variant.name).toBe(STEP_IDS.indexOf(stepId) + 1);
      await page.locator('form button[type="submit"]').click();
      await page.locator('[role="alert"] .callout--error').waitFor();
      return violations(page);
    });
  });
});

/** "Check your answers" and the pages about the app, in Dutch, Arabic and easy-read. */
describe('axe finds no WCAG 2.1 AA violations on "check your answers" and the pages about the app', () => {
  const LEGAL_VARIANTS: Variant[] = [VARIANTS[0]!, VARIANTS.find((v) => v.name === 'ar')!, { name: 'nl easy-read', locale: 'nl-NL', storage: { 'rondkomen-check.easyRead': '1' } }];

  it.each(['controle', 'toegankelijkheid', 'privacy', 'colofon'])('%s', async (screen) => {
    const found: Record<string, string[]> = {};
    // One after the other: Dutch and easy-read share a page.
    for (const variant of LEGAL_VARIANTS) {
      const page = pages.get(VARIANTS.find((v) => v.locale === variant.locale)!)!;
      await openWith(page, variant, { [SAVE_KEY]: JSON.stringify({ answers: EVERY_QUESTION, screen }) });
      // The pages about the app load their texts first; wait for their second-level headings.
      await page.locator('main h2').first().waitFor();
      found[variant.name] = await violations(page);
    }
    expect(found).toEqual(Object.fromEntries(LEGAL_VARIANTS.map((v) => [v.name, []])));
  });
});

/** The other screens, once each: in Dutch, in easy-read and at the kiosk. */
describe('axe finds no WCAG 2.1 AA violations on the other screens', () => {
  const NL = VARIANTS[0]!;
  const EASY: Variant = { name: 'nl easy-read', locale: 'nl-NL', storage: { 'rondkomen-check.easyRead': '1' } };

  it.each([
    ['the catalogue of all schemes', NL, 'Bekijk alle regelingen'],
    ['the money-worries path', NL, 'Geldzorgen? Direct hulp'],
    ['the start screen in easy-read', EASY, null],
  ] as const)('%s', async (_, variant, button) => {
    const page = pages.get(NL)!;
    await openWith(page, variant, {});
    if (button) await page.getByRole('button', { name: button }).click();
    await page.locator('h1').first().waitFor();
    expect(await violations(page)).toEqual([]);
  });

  it('the triage, with every level and fold-out open', async () => {
    const page = pages.get(NL)!;
    const worries = { dreigtOntruimingOfAfsluiting: 'ja', geldVoorEten: 'nee', betalingsachterstanden: 'ja', achterstandOp: ['huur'], schulden: 'ja', afbetaalbaarBinnenTermijn: 'nee', deurwaarder: 'ja', inkomenLagerDanVasteLasten: 'ja', wilHulpBijGeldzaken: 'ja' };
    await openWith(page, NL, { [SAVE_KEY]: JSON.stringify({ answers: worries, screen: 'hulp', flow: 'geldzorgen' }) });
    await page.locator('[data-triage]').first().waitFor();
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    expect(await violations(page)).toEqual([]);
  });

  it('a question in easy-read, one per screen', async () => {
    const page = pages.get(NL)!;
    await openWith(page, EASY, { [SAVE_KEY]: JSON.stringify({ answers: EVERY_QUESTION, stepId: 'huishouden', screen: 'questions' }) });
    expect(await violations(page)).toEqual([]);
  });

  it('the kiosk start screen with its set-up confirmation, and its "are you still there?" dialog', async () => {
    const { context, page } = await phone(browser);
    // The idle time is at least a minute: the test's clock jumps there instead of waiting.
    await page.clock.install();
    await page.goto(`${BASE_URL}?kiosk=1&wacht=60`);
    await page.locator('h1').first().waitFor();
    await page.getByRole('heading', { name: 'Dit apparaat instellen?' }).waitFor();
    const start = await violations(page);
    await page.clock.runFor(61_000);
    await page.getByRole('alertdialog').waitFor({ timeout: 10_000 });
    expect([...start, ...(await violations(page))]).toEqual([]);
    await context.close();
  });
});
