/**
 * The public-sector essentials: the accessibility statement, the privacy statement and the
 * colophon are reachable by keyboard from every screen; "check your answers" returns to the list
 * after a change and the results follow it; the privacy statement's list of what is stored is
 * what the app really leaves in the browser; the version is on the colophon and the print-out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import type { Mode } from '../../src/modes/modes';
import { formatDate } from '../../src/i18n/format';
import { NORMS_VALID_UNTIL } from '../../src/rules/norms/validUntil';
import { STORED_ITEMS, type StoredItem } from '../../src/storage/storedItems';
import { BASE_URL, languageCached, launch, phone, PHONE_390, screenshot, waitForApp, waitForServiceWorker } from './browser';
import { TODAY } from '../fixtures/today';
import { bijstandAnswers, completeByFieldNames, verdictOf } from './questionnaire';

const SAVE_KEY = STORED_ITEMS.find((item) => item.id === 'answers')!.key;

/** A single person of 45 on bijstand, as the saved answers hold them. */
const BIJSTAND = {
  woonplaats: 'heemskerk',
  leefvorm: 'alleen',
  leeftijd: '45',
  verblijfsstatus: 'nederlands',
  aantalKinderen: '0',
  kostendelers: '0',
  ondernemer: 'nee',
  studiefinanciering: 'nee',
  inkomstenbronnen: ['uitkering'],
  inkomen: { uitkering: '1419,46' },
  toetsingsinkomenOnbekend: true,
  ontvangtBijstand: 'ja',
  laagInkomenSinds: 'lang',
  vermogen: '1200',
  woonsituatie: 'huur',
  huur: '650',
  dreigtOntruimingOfAfsluiting: 'nee',
  geldVoorEten: 'ja',
  betalingsachterstanden: 'nee',
  schulden: 'zegIkLiever',
  deurwaarder: 'nee',
  inkomenLagerDanVasteLasten: 'nee',
  wilHulpBijGeldzaken: 'nee',
  ontvangtAl: ['geen'],
};

const TITLES = { toegankelijkheid: 'Toegankelijkheidsverklaring', privacy: 'Privacyverklaring', colofon: 'Colofon' } as const;
type LegalScreen = keyof typeof TITLES;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A phone of the size the screenshots are judged at. */
function screenPhone(locale = 'nl-NL'): Promise<{ context: BrowserContext; page: Page }> {
  return phone(browser, locale, TODAY, PHONE_390);
}

async function openWith(page: Page, items: Record<string, string>, url = BASE_URL): Promise<void> {
  // phone's goto waits until the app has taken the page over and saved: it cannot overwrite what is put in below.
  await page.goto(url);
  await page.evaluate((all) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(all)) localStorage.setItem(key, value);
  }, items);
  await page.reload();
  await page.locator('main h1').first().waitFor();
}

/** Tabs from the top of the page until the footer link to `screen` has focus, then presses Enter. */
async function tabToLegal(page: Page, screen: LegalScreen): Promise<string[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const seen: string[] = [];
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press('Tab');
    const legal = await page.evaluate(() => document.activeElement?.getAttribute('data-legal') ?? null);
    if (legal) seen.push(legal);
    if (legal === screen) {
      await page.keyboard.press('Enter');
      return seen;
    }
  }
  throw new Error(`The footer link to ${screen} was not reached with Tab`);
}

describe('the pages about the app', () => {
  const SCREENS: [string, Record<string, unknown>][] = [
    ['start', { answers: {}, screen: 'start' }],
    ['a question', { answers: BIJSTAND, stepId: 'huishouden', screen: 'questions' }],
    ['check your answers', { answers: BIJSTAND, screen: 'controle' }],
    ['results', { answers: BIJSTAND, screen: 'results' }],
    ['all schemes', { answers: {}, screen: 'catalogue' }],
    ['money worries', { answers: BIJSTAND, screen: 'hulp', flow: 'geldzorgen' }],
    ['accessibility statement', { answers: {}, screen: 'toegankelijkheid' }],
    ['privacy statement', { answers: {}, screen: 'privacy' }],
    ['colophon', { answers: {}, screen: 'colofon' }],
  ];

  it.each(SCREENS)('are each reachable by keyboard from %s, and "back" returns there', async (_, saved) => {
    const { context, page } = await phone(browser);
    for (const screen of Object.keys(TITLES) as LegalScreen[]) {
      await openWith(page, { [SAVE_KEY]: JSON.stringify(saved) });
      const before = await page.locator('main h1').first().textContent();
      await tabToLegal(page, screen);
      await page.getByRole('heading', { level: 1, name: TITLES[screen] }).waitFor();
      // Focus moves to the new page's heading (the page already open stays where it is).
      if (saved.screen !== screen) await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      await page.getByRole('button', { name: 'Terug', exact: true }).click();
      // A page about the app opened from another one returns where that one came from: here, the start.
      await expect.poll(() => page.locator('main h1').first().textContent()).toBe(String(saved.screen) in TITLES ? 'Welke regelingen en hulp zijn er voor u?' : before);
    }
    await context.close();
  });

  it('are reachable by keyboard at the library kiosk too, where the start screen links to the privacy statement', async () => {
    const { context, page } = await phone(browser);
    await page.goto(`${BASE_URL}?kiosk=1`);
    await page.locator('main h1').waitFor();
    for (const screen of Object.keys(TITLES) as LegalScreen[]) {
      await tabToLegal(page, screen);
      await page.getByRole('heading', { level: 1, name: TITLES[screen] }).waitFor();
      await page.getByRole('button', { name: 'Terug', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Welke regelingen en hulp zijn er voor u?' }).waitFor();
    }
    await page.getByRole('button', { name: 'Wat gebeurt er met mijn antwoorden?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Privacyverklaring' }).waitFor();
    await context.close();
  });

  it('the colophon shows the version from package.json and the dates of the figures; the print-out carries the version', async () => {
    const { context, page } = await phone(browser);
    await page.goto(`${BASE_URL}?modus=vrijwilliger`);
    await openWith(page, { [SAVE_KEY]: JSON.stringify({ answers: {}, screen: 'colofon' }) });
    await screenshot(page, 'essentials-colophon-volunteer');
    await expect(page.locator('[data-version]').textContent()).resolves.toBe(version);
    await expect(page.locator('.colophon-facts').textContent()).resolves.toContain(formatDate(NORMS_VALID_UNTIL, 'nl'));
    await openWith(page, { [SAVE_KEY]: JSON.stringify({ answers: BIJSTAND, screen: 'results' }) });
    await expect(page.locator('.print-summary__version').first().textContent()).resolves.toBe(`Rondkomen-check, versie ${version}`);
    await context.close();
  });

  it('say so, in the chosen language, when their texts cannot be downloaded, and load them when tried again', async () => {
    // Without a service worker, so the blocked download is not answered from its cache.
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'en-GB', serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(BASE_URL);
    // The prerendered page shows its heading before the app has taken it over; the button works only after.
    await waitForApp(page);
    await context.route(/\/assets\/locale-[a-z]+-legal-[\w-]+\.js$/, (route) => route.abort());
    await page.getByRole('button', { name: 'Privacy', exact: true }).click();
    await page.getByRole('alert').getByText('This page could not load.', { exact: false }).waitFor();
    await context.unroute(/\/assets\/locale-[a-z]+-legal-[\w-]+\.js$/);
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { level: 1, name: 'Privacy statement' }).waitFor();
    await context.close();
  });
});

describe('check your answers', () => {
  it('after changing an answer the list comes back with the new answer, and the results follow it', async () => {
    const { context, page } = await phone(browser);
    await openWith(page, { [SAVE_KEY]: JSON.stringify({ answers: BIJSTAND, screen: 'controle' }) });
    await page.getByRole('heading', { level: 1, name: 'Controleer uw antwoorden' }).waitFor();
    const woonplaats = page.locator('[data-answer="woonplaats"]');
    await expect(woonplaats.locator('dd').first().textContent()).resolves.toBe('Ja, in Heemskerk');
    await expect(page.locator('[data-answer="schulden"] dd').first().textContent()).resolves.toBe('Zeg ik liever niet');
    // As read, in the one money format of the results: what was typed as "1419,46".
    await expect(page.locator('[data-answer="inkomen.uitkering"] dd').first().textContent()).resolves.toMatch(/^€\s1\.419,46$/);

    await woonplaats.getByRole('button', { name: /^Wijzig/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Waar woont u?' }).waitFor();
    await page.getByLabel('Nee, in een andere gemeente').check();
    await page.getByRole('button', { name: 'Volgende' }).click();

    await page.getByRole('heading', { level: 1, name: 'Controleer uw antwoorden' }).waitFor();
    await expect(page.locator('[data-answer="woonplaats"] dd').first().textContent()).resolves.toBe('Nee, in een andere gemeente');
    await page.getByRole('button', { name: 'Bekijk de uitkomst' }).click();
    await page.getByRole('heading', { level: 1, name: 'Uw uitkomst' }).waitFor();
    expect(await verdictOf(page, 'minimaregelingen')).toBe('unlikely');
    await context.close();
  });

  it('a change that brings up new questions asks them first, then returns to the list', async () => {
    const { context, page } = await phone(browser);
    // At 19 no kostendelers question and no "low income for 3 years" question apply.
    const young = { ...BIJSTAND, leeftijd: '19', kostendelers: undefined, laagInkomenSinds: undefined };
    await openWith(page, { [SAVE_KEY]: JSON.stringify({ answers: young, screen: 'controle' }) });
    await expect(page.locator('[data-answer="kostendelers"]').count()).resolves.toBe(0);
    await page.locator('[data-answer="leeftijd"]').getByRole('button', { name: /^Wijzig/ }).click();
    await page.getByLabel('Hoe oud bent u?').fill('45');
    await page.getByRole('button', { name: 'Volgende' }).click();

    await page.getByRole('heading', { level: 1, name: 'Andere mensen in uw huis' }).waitFor();
    await page.getByLabel(/Hoeveel andere mensen/).fill('0');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inkomen' }).waitFor();
    await page.getByLabel('Ja, 3 jaar of langer').check();
    await page.getByRole('button', { name: 'Volgende' }).click();

    await page.getByRole('heading', { level: 1, name: 'Controleer uw antwoorden' }).waitFor();
    await expect(page.locator('[data-answer="leeftijd"] dd').first().textContent()).resolves.toBe('45');
    await expect(page.locator('[data-answer="kostendelers"] dd').first().textContent()).resolves.toBe('0');
    await context.close();
  });

  it('"back" from a change returns to the list; a skipped step shows as skipped', async () => {
    const { context, page } = await phone(browser);
    const skipped = { ...BIJSTAND, betalingsachterstanden: 'zegIkLiever', achterstandOp: [], schulden: 'zegIkLiever', deurwaarder: 'zegIkLiever', dreigtOntruimingOfAfsluiting: 'zegIkLiever', geldVoorEten: 'zegIkLiever', inkomenLagerDanVasteLasten: 'weetNiet', wilHulpBijGeldzaken: 'zegIkLiever' };
    await openWith(page, { [SAVE_KEY]: JSON.stringify({ answers: skipped, screen: 'controle' }) });
    await expect(page.locator('[data-step="geldzaken"]').textContent()).resolves.toContain('U heeft deze vragen overgeslagen.');
    await page.locator('[data-answer="vermogen"]').getByRole('button', { name: /^Wijzig/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Spaargeld en bezit' }).waitFor();
    await page.getByRole('button', { name: 'Vorige' }).click();
    await page.getByRole('heading', { level: 1, name: 'Controleer uw antwoorden' }).waitFor();
    await context.close();
  });
});

describe('the privacy statement lists exactly what the app stores', () => {
  type Where = StoredItem['where'];
  /** The app's own files (the build's output) are the statement's `files` paragraph, not items. */
  const isAppFile = (path: string) => existsSync(join('dist', path.endsWith('/') ? `${path}index.html` : path));

  /** Everything this origin holds in the browser, by kind; Cache Storage as cache name + path. */
  async function storedOnDevice(page: Page, context: BrowserContext) {
    const inPage = await page.evaluate(async () => ({
      localStorage: Object.keys(localStorage).sort(),
      sessionStorage: Object.keys(sessionStorage).sort(),
      indexedDB: (await indexedDB.databases()).map((db) => db.name ?? '').sort(),
      cacheStorage: (
        await Promise.all((await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).map((request) => ({ name, path: new URL(request.url).pathname }))))
      ).flat(),
    }));
    return {
      ...inPage,
      cacheStorage: inPage.cacheStorage.filter(({ path }) => !isAppFile(path)).map(({ name, path }) => `${name}${path}`).sort(),
      cookie: (await context.cookies()).map((c) => c.name).sort(),
    };
  }
  /** The statement's list for a mode; the mode itself only on a device that staff set up. */
  const listed = (where: Where, mode: Mode['id'], setUp = true) =>
    STORED_ITEMS.filter((item) => item.where === where && item.modes.includes(mode) && (setUp || item.id !== 'mode')).map((item) => item.key).sort();
  const listedEverywhere = (mode: Mode['id'], setUp = true) => ({
    localStorage: listed('localStorage', mode, setUp),
    sessionStorage: [],
    indexedDB: [],
    cacheStorage: listed('cacheStorage', mode, setUp),
    cookie: listed('cookie', mode, setUp),
  });
  /** What the open privacy statement lists (in easy-read: the mode in use and the mode setting). */
  const onStatement = (page: Page) => page.locator('[data-stored-key]').evaluateAll((items) => items.map((i) => `${i.getAttribute('data-stored-where')}:${i.getAttribute('data-stored-key')}`).sort());
  const listedOnStatement = (mode: Mode['id']) => STORED_ITEMS.filter((item) => item.modes.includes(mode)).map((item) => `${item.where}:${item.key}`).sort();

  const easyReadLabel = (language: string) => (JSON.parse(readFileSync(join('locales', language, 'translation.json'), 'utf8')) as { app: { easyRead: string } }).app.easyRead;

  /** What staff do once: open the mode's home page and confirm on screen that the device is set up so. */
  async function setUp(page: Page, url: string): Promise<void> {
    await page.goto(url);
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Ja, onthoud dit op dit apparaat' }).click()]);
    await page.locator('main .utrecht-button--primary-action').waitFor();
  }

  it('on someone\'s own phone, after a whole check with another language and easy-read', async () => {
    const { context, page } = await phone(browser);
    await page.goto(BASE_URL);
    await waitForServiceWorker(page);
    await page.locator('#language').selectOption('en');
    await page.getByRole('button', { name: 'Easy read', exact: true }).click();
    await page.locator('main .utrecht-button--primary-action').click();
    await completeByFieldNames(page, bijstandAnswers);
    // The worker stores the choice, then fetches the language: once that is there, the choice is too.
    await languageCached(page, 'en');

    expect(await storedOnDevice(page, context)).toEqual(listedEverywhere('inwoner', false));
    await page.locator('[data-legal="privacy"]').click();
    await page.locator('[data-stored-key]').first().waitFor();
    expect(await onStatement(page)).toEqual(listedOnStatement('inwoner'));
    await context.close();
  });

  it.each([
    ['vrijwilliger', '?modus=vrijwilliger', 'en'],
    ['kiosk', '?kiosk=1', 'ar'],
  ] as const)('on a device set up for %s after ordinary use, after a whole check with another language and easy-read: nothing but the mode', async (mode, query, language) => {
    const { context, page } = await phone(browser);
    // Someone used the device as their own phone first: the set-up erases what that left.
    await page.goto(BASE_URL);
    await waitForServiceWorker(page);
    await page.locator('#language').selectOption('pl');
    await languageCached(page, 'pl');
    await setUp(page, `${BASE_URL}${query}`);
    await page.locator('#language').selectOption(language);
    await page.getByRole('button', { name: easyReadLabel(language), exact: true }).click();
    await page.locator('main .utrecht-button--primary-action').click();
    await completeByFieldNames(page, bijstandAnswers);
    // These devices keep every language offline; waiting for them lets any choice be written too.
    await languageCached(page, language);

    expect(await storedOnDevice(page, context)).toEqual(listedEverywhere(mode));
    await page.locator('[data-legal="privacy"]').click();
    await page.locator('[data-stored-key]').first().waitFor();
    expect(await onStatement(page)).toEqual(listedOnStatement(mode));
    await context.close();
  });
});

describe('screenshots (390 × 844)', () => {
  it.each(['nl-NL', 'ar'])('%s: start, check your answers and the pages about the app', async (locale) => {
    const { context, page } = await screenPhone(locale);
    const name = locale.slice(0, 2);
    for (const screen of ['start', 'controle', 'toegankelijkheid', 'privacy', 'colofon']) {
      await openWith(page, { [SAVE_KEY]: JSON.stringify({ answers: BIJSTAND, screen }) });
      if (screen !== 'start') await page.locator('main h2').first().waitFor();
      await screenshot(page, `essentials-${screen}-${name}`);
    }
    await openWith(page, { [SAVE_KEY]: JSON.stringify({ answers: BIJSTAND, screen: 'privacy' }), 'rondkomen-check.easyRead': '1' });
    await page.locator('main h2').first().waitFor();
    await screenshot(page, `essentials-privacy-easy-${name}`);
    await openWith(page, { [SAVE_KEY]: JSON.stringify({ answers: BIJSTAND, screen: 'controle' }), 'rondkomen-check.easyRead': '1' });
    await page.locator('main h2').first().waitFor();
    await screenshot(page, `essentials-controle-easy-${name}`);
    await context.close();
  });
});
