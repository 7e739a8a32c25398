/**
 * The details of the form that users tripped over (issue 13, items 6 and 7), on a 390 × 844 phone:
 * nothing moves under the finger while an answer is corrected (layout-shift entries between
 * pointerdown and click: zero), error links that name their question, a single person asked about
 * their own income, a whole-number error without an amount as example, an easy-read counter that
 * moves with every question, and volunteer hints in Dutch that fit the answers given.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launch, phone, screenshot } from './browser';
import type { FieldAnswers } from './questionnaire';

const SAVE_KEY = 'rondkomen-check.v1';
const EASY_READ_KEY = 'rondkomen-check.easyRead';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function phone390(locale: string): Promise<Page> {
  const { page } = await phone(browser, locale);
  await page.setViewportSize({ width: 390, height: 844 });
  return page;
}

/** Opens the questionnaire at a step with these answers saved, the way a returning visitor finds it. */
async function openStep(page: Page, stepId: string, answers: FieldAnswers | Record<string, unknown>, easyRead = false): Promise<void> {
  await page.goto(BASE_URL);
  await page.evaluate(
    ([key, value, easyKey, easy]) => {
      localStorage.clear();
      localStorage.setItem(key!, value!);
      if (easy === '1') localStorage.setItem(easyKey!, '1');
    },
    [SAVE_KEY, JSON.stringify({ answers, stepId, screen: 'questions' }), EASY_READ_KEY, easyRead ? '1' : '0'],
  );
  await page.reload();
  await page.locator('form h1').waitFor();
}

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  return results.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${v.help} at ${node.target.join(' ')}`));
}

/** Records layout-shift entries and the times of every pointerdown and click, from now on. */
async function watchLayoutShifts(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { shifts: { start: number; value: number }[]; downs: number[]; clicks: number[] };
    w.shifts = [];
    w.downs = [];
    w.clicks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.shifts.push({ start: entry.startTime, value: (entry as PerformanceEntry & { value: number }).value });
    }).observe({ type: 'layout-shift' });
    window.addEventListener('pointerdown', (event) => w.downs.push(event.timeStamp), true);
    window.addEventListener('click', (event) => w.clicks.push(event.timeStamp), true);
  });
}

/** Presses like a finger: down, a moment on the glass, up. Returns the shifts between pointerdown and click. */
async function tap(page: Page, selector: string): Promise<{ start: number; value: number }[]> {
  await page.locator(selector).scrollIntoViewIfNeeded();
  await page.waitForTimeout(100);
  const box = (await page.locator(selector).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(250);
  await page.mouse.up();
  return page.evaluate(() => {
    const w = window as unknown as { shifts: { start: number; value: number }[]; downs: number[]; clicks: number[] };
    const down = w.downs.at(-1)!;
    const click = w.clicks.at(-1) ?? Number.POSITIVE_INFINITY;
    return w.shifts.filter((shift) => shift.start >= down && shift.start <= click);
  });
}

describe('nothing moves under the finger while an answer is corrected', () => {
  it('typing a corrected age and tapping "Volgende": no layout shift between pointerdown and click, and the tap lands', async () => {
    const page = await phone390('nl-NL');
    await openStep(page, 'huishouden', { woonplaats: 'heemskerk', leefvorm: 'alleen' });
    await page.getByLabel('Hoe oud bent u?').fill('veertig');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.locator('[role="alert"] .callout--error').waitFor();
    await watchLayoutShifts(page);
    // Corrected, and the field keeps the focus until the finger is on "Volgende": the blur comes with pointerdown.
    await page.getByLabel('Hoe oud bent u?').fill('45');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { shifts: unknown[] }).shifts), 'nothing moved while typing').toEqual([]);
    const shifts = await tap(page, 'form button[type="submit"]');
    expect(shifts).toEqual([]);
    await page.getByRole('heading', { level: 1, name: 'Uw verblijf in Nederland' }).waitFor();
  });

  it('choosing an answer in a step sent with open questions: no layout shift between pointerdown and click', async () => {
    const page = await phone390('nl-NL');
    await openStep(page, 'werkEnStudie', { woonplaats: 'heemskerk', leefvorm: 'alleen', leeftijd: '45', aantalKinderen: '0', kostendelers: '0', verblijfsstatus: 'nederlands' });
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.locator('[role="alert"] .callout--error').waitFor();
    await watchLayoutShifts(page);
    expect(await tap(page, '#q-ondernemer-nee')).toEqual([]);
    // The next tap is aimed where the option was before the first one: it must still be there.
    expect(await tap(page, '#q-studiefinanciering-nee')).toEqual([]);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { shifts: unknown[] }).shifts)).toEqual([]);
    expect(await page.locator('#q-ondernemer-nee').isChecked()).toBe(true);
    expect(await page.locator('#q-studiefinanciering-nee').isChecked()).toBe(true);
  });
});

describe('the error summary', () => {
  it('names the question in each link, and an age in words gets an example in whole years, not an amount', async () => {
    const page = await phone390('nl-NL');
    await openStep(page, 'huishouden', { woonplaats: 'heemskerk' });
    await page.getByLabel('Hoe oud bent u?').fill('veertig');
    await page.getByRole('button', { name: 'Volgende' }).click();
    const links = await page.locator('[role="alert"] a').allTextContents();
    expect(links).toHaveLength(2);
    expect(new Set(links).size).toBe(2);
    expect(links.some((link) => link.startsWith('Woont u samen met een partner?'))).toBe(true);
    expect(links.find((link) => link.startsWith('Hoe oud bent u?'))).toContain('hele jaren');
    expect((await page.locator('form').textContent()) ?? '').not.toMatch(/1\.250|EUR/);
    await screenshot(page, 'form-details-errors-nl');
    expect(await violations(page)).toEqual([]);
  });

  it('in Arabic too, without a violation axe can find', async () => {
    const page = await phone390('ar');
    await openStep(page, 'werkEnStudie', { woonplaats: 'heemskerk', leefvorm: 'alleen', leeftijd: '45', aantalKinderen: '0', kostendelers: '0', verblijfsstatus: 'nederlands' });
    await page.locator('form button[type="submit"]').click();
    const links = await page.locator('[role="alert"] a').allTextContents();
    expect(links.length).toBeGreaterThanOrEqual(2);
    expect(new Set(links).size).toBe(links.length);
    await screenshot(page, 'form-details-errors-ar');
    expect(await violations(page)).toEqual([]);
  });
});

describe('a single person', () => {
  it('is asked for their own gross income, not "with your partner"', async () => {
    const page = await phone390('nl-NL');
    await openStep(page, 'inkomen', { woonplaats: 'heemskerk', leefvorm: 'alleen', leeftijd: '45', aantalKinderen: '0', kostendelers: '0', verblijfsstatus: 'nederlands', ondernemer: 'nee', studiefinanciering: 'nee' });
    await page.getByLabel('Loon of winst uit werk', { exact: true }).check();
    await page.getByLabel('Hoeveel verdient u bruto per jaar?', { exact: true }).waitFor();
    expect(await page.locator('form').textContent()).not.toContain('partner');
  });
});

describe('a pensioner', () => {
  it('is not asked about student finance (no rule can turn on it from AOW age), someone of 30 is', async () => {
    const page = await phone390('nl-NL');
    const base = { woonplaats: 'heemskerk', leefvorm: 'alleen', aantalKinderen: '0', kostendelers: '0', verblijfsstatus: 'nederlands' };
    // From AOW age there is no "work and study" step at all: the saved step falls back to the income step.
    await openStep(page, 'werkEnStudie', { ...base, leeftijd: '68' });
    await page.getByRole('heading', { level: 1, name: 'Inkomen' }).waitFor();
    expect(await page.locator('#q-studiefinanciering-nee').count()).toBe(0);
    expect(await page.locator('form').textContent()).not.toContain('studiefinanciering');
    await openStep(page, 'werkEnStudie', { ...base, leeftijd: '30' });
    await page.locator('#q-studiefinanciering-nee').waitFor();
  });
});

describe('easy-read', () => {
  it('moves the counter with every question of a step, and axe finds nothing', async () => {
    const page = await phone390('nl-NL');
    await openStep(page, 'huishouden', { woonplaats: 'heemskerk' }, true);
    const label = () => page.locator('#progress-label').textContent();
    const first = await label();
    expect(first).toMatch(/^Stap 2 van \d+\. Vraag 1 van 2\.$/);
    await page.locator('#q-leefvorm-alleen').check();
    await page.locator('form button[type="submit"]').click();
    await page.locator('#q-leeftijd').waitFor();
    expect(await label()).toMatch(/^Stap 2 van \d+\. Vraag 2 van 2\.$/);
    expect(Number(await page.locator('progress').getAttribute('value'))).toBeGreaterThan(1.5);
    await screenshot(page, 'form-details-easy-read');
    expect(await violations(page)).toEqual([]);
  });
});

describe('volunteer mode', () => {
  /** Answers screens by field name until the heading is reached. */
  async function answerUntil(page: Page, answers: FieldAnswers, heading: RegExp): Promise<void> {
    for (let screen = 0; screen < 12; screen++) {
      const title = (await page.locator('form h1').textContent()) ?? '';
      if (heading.test(title)) return;
      for (const input of await page.locator('form input').all()) {
        const name = (await input.getAttribute('name')) ?? '';
        const type = await input.getAttribute('type');
        const answer = answers[name];
        if (answer === undefined) continue;
        if (type === 'radio' && answer === (await input.getAttribute('value'))) await input.check();
        else if (type === 'text' && typeof answer === 'string') await input.fill(answer);
      }
      await page.locator('form button[type="submit"]').click();
      await page.waitForFunction((previous) => document.querySelector('form h1')?.textContent !== previous, title);
    }
    throw new Error(`${heading} not reached`);
  }

  const selfEmployed: FieldAnswers = { woonplaats: 'heemskerk', leefvorm: 'alleen', leeftijd: '45', verblijfsstatus: 'nederlands', aantalKinderen: '0', kostendelers: '0', ondernemer: 'ja', studiefinanciering: 'nee' };

  it.each([
    ['tr', 'tr', /^Gelir/],
    ['ar', 'ar', /^الدخل/],
  ])('in %s: the hint is in Dutch, with the question in Dutch and the hint in the inhabitant’s language beside it; no payslip for the self-employed', async (name, language, inkomen) => {
    const page = await phone390('nl-NL');
    await page.goto(`${BASE_URL}?modus=vrijwilliger`);
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Ja, onthoud dit op dit apparaat' }).click()]);
    await page.getByRole('button', { name: 'Start de check' }).waitFor();
    await page.getByLabel('Taal').selectOption(language);
    await page.locator('html[lang="' + language + '"]').waitFor();
    await page.locator('main .utrecht-button--primary-action').first().click();
    await page.locator('form h1').waitFor();
    await answerUntil(page, selfEmployed, inkomen);
    await page.locator('#q-bron-werk').check();
    const hint = page.locator('.volunteer-hint').first();
    const dutch = hint.locator('p[lang="nl"]');
    await dutch.waitFor();
    expect(await dutch.textContent()).toContain('Tip voor de vrijwilliger:');
    expect(await dutch.textContent()).toContain('Loon of winst uit werk, netto per maand');
    expect(await dutch.textContent()).toContain('geen loonstrook');
    expect(await hint.locator('p:not([lang])').count()).toBe(1);
    expect((await page.locator('.volunteer-hint').allTextContents()).join(' ')).not.toContain("'netto'");
    await screenshot(page, `form-details-volunteer-${name}`);
    expect(await violations(page)).toEqual([]);
  });
});

describe('every screen', () => {
  it('has a way home, scheme names isolated from a right-to-left sentence, and phone numbers as call buttons of at least 44 px', async () => {
    const page = await phone390('ar');
    await page.goto(BASE_URL);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.locator('main .utrecht-button--subtle').last().click();
    const name = page.locator('bdi[lang="nl"]', { hasText: 'Iedereen doet mee' }).first();
    await name.waitFor();
    expect(await name.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    const calls = page.locator('a.call-button[href^="tel:"]');
    expect(await calls.count()).toBeGreaterThan(0);
    for (const box of await calls.evaluateAll((links) => links.map((link) => link.getBoundingClientRect()).map((r) => ({ w: r.width, h: r.height })))) {
      expect(box.h).toBeGreaterThanOrEqual(44);
      expect(box.w).toBeGreaterThanOrEqual(44);
    }
    await screenshot(page, 'form-details-catalogue-ar');
    expect(await violations(page)).toEqual([]);
    const home = page.locator('header button', { hasText: 'العودة إلى البداية' });
    await home.click();
    await page.locator('main .utrecht-button--primary-action').first().waitFor();
    expect(await home.count()).toBe(0);
  });
});
