/**
 * Issue 13, item 7: a 68-year-old is asked about a business only if some rule needs it
 * (nodigOndernemer). From AOW age the Bbz, IOAZ and IOAW no longer apply (Bbz 2004 art. 1 b) and the
 * bijstand is the AIO (art. 47a PW): the business question only changes the holiday pay counted
 * with work income. So a pensioner on AOW alone goes through the check without it and without an
 * empty "Werk en studie" step; with a small work income it is asked in the income step. On a
 * 390 × 844 phone, in Dutch and in easy-read Dutch (one question per screen), and the new question
 * in Arabic (right to left).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, PHONE_390, launch, phone, screenshot } from './browser';
import { completeByFieldNames, verdictOf, type FieldAnswers } from './questionnaire';

const SAVE_KEY = 'rondkomen-check.v1';
const EASY_READ_KEY = 'rondkomen-check.easyRead';
const VRAAG_NA_AOW = "Verdient u uw inkomen uit werk met een eigen bedrijf, of als zzp'er?";
const VRAAG_NA_AOW_EASY = 'Verdient u uw geld uit werk met een eigen bedrijf?';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  return results.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${v.help} at ${node.target.join(' ')}`));
}

/** A man of 68 living alone on his AOW and a small pension, renting. `ondernemer` is there only to be answered if it were asked. */
const aowAlleen: FieldAnswers = {
  woonplaats: 'heemskerk', leefvorm: 'alleen', leeftijd: '68', verblijfsstatus: 'nederlands', aantalKinderen: '0', kostendelers: '0',
  ondernemer: 'nee', studiefinanciering: 'nee', inkomstenbronnen: ['pensioen'], 'inkomen.pensioen': '1.450', toetsingsinkomenOnbekend: true,
  vermogen: '2.000', woonsituatie: 'huur', huur: '600', dreigtOntruimingOfAfsluiting: 'nee', geldVoorEten: 'ja', betalingsachterstanden: 'nee',
  schulden: 'nee', deurwaarder: 'nee', inkomenLagerDanVasteLasten: 'nee', wilHulpBijGeldzaken: 'nee', ontvangtAl: ['geen'],
};

/** The same man, who also earns € 300 a month. */
const aowMetWerk: FieldAnswers = { ...aowAlleen, inkomstenbronnen: ['pensioen', 'werk'], 'inkomen.werk': '300' };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function start(locale: string, easyRead: boolean): Promise<Page> {
  const { page } = await phone(browser, locale);
  await page.setViewportSize(PHONE_390);
  await page.goto(BASE_URL);
  await page.evaluate(([key, easy]) => {
    localStorage.clear();
    if (easy === '1') localStorage.setItem(key!, '1');
  }, [EASY_READ_KEY, easyRead ? '1' : '0']);
  await page.reload();
  await page.locator('main .utrecht-button--primary-action').first().click();
  return page;
}

type Screen = { heading: string; progress: string; inputs: string[]; legends: string[]; violations: string[] };

/** Goes through the whole check, noting for every screen its heading, counter and visible questions. */
async function walk(page: Page, answers: FieldAnswers, name: string): Promise<Screen[]> {
  const screens: Screen[] = [];
  await completeByFieldNames(page, answers, async (screen) => {
    const seen = await page.evaluate(() => ({
      heading: document.querySelector('h1')?.textContent ?? '',
      progress: document.querySelector('#progress-label')?.textContent ?? '',
      inputs: [...new Set([...document.querySelectorAll('form input')].filter((i) => (i as HTMLElement).offsetParent !== null).map((i) => i.getAttribute('name') ?? ''))],
      legends: [...document.querySelectorAll('form legend')].map((l) => l.textContent ?? ''),
    }));
    const asked = seen.inputs.includes('ondernemer') || seen.inputs.includes('arbeidsbeperking');
    // The screens this change touches: axe must find nothing on them.
    screens.push({ ...seen, violations: asked ? await violations(page) : [] });
    if (asked) await screenshot(page, `${name}-${screen}-${seen.inputs.includes('ondernemer') ? 'ondernemer' : 'arbeidsbeperking'}`);
  });
  return screens;
}

/** The questions screens (not "check your answers"): each must ask something, and the step count must not jump. */
function expectNoEmptyStep(screens: readonly Screen[]): void {
  expect(screens.flatMap((s) => s.violations)).toEqual([]);
  const questions = screens.filter((s) => s.progress !== '');
  for (const s of questions) expect(s.inputs.length, `${s.heading}: ${s.progress}`).toBeGreaterThan(0);
  const steps = questions.map((s) => /^Stap (\d+) van (\d+)/.exec(s.progress)!).map((m) => ({ current: Number(m[1]), total: Number(m[2]) }));
  // Every step number is shown, one after the other: no step is skipped in the count or left empty.
  const numbers = [...new Set(steps.map((s) => s.current))];
  expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
  expect(steps.at(-1)!.current).toBe(steps.at(-1)!.total);
}

describe.each([
  ['Dutch', false, { vraag: VRAAG_NA_AOW, werkEnStudie: 'Werk en studie', inkomen: 'Inkomen' }],
  ['easy-read Dutch', true, { vraag: VRAAG_NA_AOW_EASY, werkEnStudie: 'Werk en school', inkomen: 'Geld dat u krijgt' }],
])('a 68-year-old on AOW, in %s', (_, easyRead, { vraag, werkEnStudie, inkomen }) => {
  const name = `pensioner-${easyRead ? 'easy' : 'nl'}`;

  it('without work income goes through the check without the business question and without an empty step', async () => {
    const page = await start('nl-NL', easyRead);
    const screens = await walk(page, aowAlleen, `${name}-alleen-aow`);
    expect(screens.map((s) => s.heading)).not.toContain(werkEnStudie);
    expect(screens.flatMap((s) => s.inputs)).not.toContain('ondernemer');
    expect(screens.flatMap((s) => s.inputs)).not.toContain('studiefinanciering');
    // The optional question about an illness or disability is still asked, in the income step.
    expect(screens.find((s) => s.inputs.includes('arbeidsbeperking'))?.heading).toBe(inkomen);
    expectNoEmptyStep(screens);
    // Ten steps: "Werk en studie" is no longer counted, so the income step is the sixth.
    expect(screens.find((s) => s.heading === inkomen)?.progress).toMatch(/^Stap 6 van 10/);
    expect(await verdictOf(page, 'bbz')).toBe('unlikely');
    await screenshot(page, `${name}-alleen-aow-results`);
    await page.context().close();
  });

  it('with a small work income is asked, in the income step, whether that is profit from a business', async () => {
    const page = await start('nl-NL', easyRead);
    const screens = await walk(page, aowMetWerk, `${name}-met-werk`);
    expect(screens.map((s) => s.heading)).not.toContain(werkEnStudie);
    const gevraagd = screens.filter((s) => s.inputs.includes('ondernemer'));
    expect(gevraagd).toHaveLength(1);
    expect(gevraagd[0]!.heading).toBe(inkomen);
    expect(gevraagd[0]!.legends).toContain(vraag);
    expectNoEmptyStep(screens);
    expect(await verdictOf(page, 'aio')).not.toBeNull();
    await page.context().close();
  });
});

describe('the business question at AOW age in Arabic (right to left)', () => {
  it('appears once "work" is ticked, in Arabic, and the screen is laid out right to left', async () => {
    const { page } = await phone(browser, 'ar');
    await page.setViewportSize(PHONE_390);
    await page.goto(BASE_URL);
    const answers = { woonplaats: 'heemskerk', leefvorm: 'alleen', leeftijd: '68', verblijfsstatus: 'nederlands', aantalKinderen: '0', kostendelers: '0' };
    await page.evaluate(([key, value]) => {
      localStorage.clear();
      localStorage.setItem(key!, value!);
    }, [SAVE_KEY, JSON.stringify({ answers, stepId: 'inkomen', screen: 'questions' })]);
    await page.reload();
    await page.locator('html[lang="ar"]').waitFor();
    await page.locator('#q-bron-pensioen').check();
    expect(await page.locator('#q-ondernemer-nee').count()).toBe(0);
    await page.locator('#q-bron-werk').check();
    await page.locator('#q-ondernemer-nee').waitFor();
    await expect(page.locator('#q-ondernemer legend').textContent()).resolves.toContain('شركتك الخاصة');
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
    await screenshot(page, 'pensioner-ar-inkomen-ondernemer');
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });
});
