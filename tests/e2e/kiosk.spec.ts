import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, BASE_URL, launch, phone, screenshot, waitForApp } from './browser';
import { alleenstaandeInBijstand, zzperMetSchulden } from './households';
import { completeInDutch, verdictOf } from './questionnaire';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const MODE_KEY = 'rondkomen-modus';

/** Everything the browser keeps for this origin: web storage (the mode setting aside), IndexedDB, cookies. */
async function storedData(page: Page) {
  return page.evaluate(async (modeKey) => ({
    local: Object.keys(localStorage).filter((key) => key !== modeKey).length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
  }), MODE_KEY);
}

/** All stored values as one text, to search for anything a visitor typed. */
async function everythingStored(page: Page): Promise<string> {
  return page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie }));
}

/** What staff do once: open the kiosk's home page and confirm on screen that this is the kiosk. */
async function setUpKiosk(page: Page, url = `${BASE_URL}?kiosk=1`): Promise<void> {
  await page.goto(url);
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Ja, onthoud dit op dit apparaat' }).click()]);
  await page.getByRole('button', { name: 'Start de check' }).waitFor();
  await expect(page.getByRole('heading', { name: 'Dit apparaat instellen?' }).count()).resolves.toBe(0);
}

/** Visitor 2 must find no trace of visitor 1: a fresh start screen, empty answers, no way back. */
async function expectFreshStart(page: Page, eraseButton = 'Klaar: wis alles'): Promise<void> {
  await page.getByRole('button', { name: 'Start de check' }).waitFor();
  await expect(page.getByRole('button', { name: 'Ga verder waar u was' }).count()).resolves.toBe(0);
  // The header (with the erase button) may render a moment after the start screen's button.
  await page.getByRole('button', { name: eraseButton }).waitFor();
  await expect(page.getByRole('button', { name: eraseButton }).count()).resolves.toBe(1);
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('nl');
  expect(await storedData(page)).toEqual({ local: 0, session: 0, databases: 0 });
  // The back button leads to whatever came before visitor 1, never to their screens.
  const home = page.url();
  await page.goBack().catch(() => null);
  await expect(page.getByRole('heading', { level: 1, name: 'Uw uitkomst' }).count()).resolves.toBe(0);
  await expect(page.getByRole('heading', { level: 1, name: 'U en uw partner' }).count()).resolves.toBe(0);
  await page.goto(home);
  await page.getByRole('button', { name: 'Start de check' }).click();
  await expect(page.getByLabel('Ja, in Heemskerk').isChecked()).resolves.toBe(false);
}

async function readQr(page: Page): Promise<string> {
  // The print-out carries the same code, hidden on screen: read the one the visitor sees.
  const png = PNG.sync.read(await page.locator('.qr-code:visible').screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!code) throw new Error('No QR code could be read from the results page');
  return code.data;
}

describe('the library kiosk', () => {
  it('keeps no answers after the idle reset, which cannot be set below a minute', async () => {
    const { context, page } = await phone(browser);
    await page.clock.install();
    await setUpKiosk(page, `${BASE_URL}?kiosk=1&wacht=3`);
    expect(new URL(page.url()).search).toBe('?kiosk=1&wacht=60');
    await page.getByRole('button', { name: 'Start de check' }).click();
    await page.getByLabel('Ja, in Heemskerk').check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByLabel('Hoe oud bent u?').fill('61');
    await page.getByLabel('Taal').selectOption('en');
    await page.clock.runFor(30_000);
    await expect(page.getByRole('alertdialog').count()).resolves.toBe(0);
    await page.clock.runFor(31_000);
    await page.getByRole('alertdialog', { name: 'Are you still there?' }).waitFor();
    await screenshot(page, 'kiosk-still-there');
    // The countdown re-arms its timer after each render, so the fake clock goes a second at a time.
    const erased = page.waitForEvent('load');
    let reloaded = false;
    void erased.then(() => (reloaded = true));
    for (let second = 0; second < 40 && !reloaded; second++) {
      await page.clock.runFor(1000).catch(() => undefined);
      await page.waitForTimeout(30);
    }
    await erased;
    await waitForApp(page);
    await expectFreshStart(page);
    await page.getByLabel('Ja, in Heemskerk').check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await expect(page.getByLabel('Hoe oud bent u?').inputValue()).resolves.toBe('');
    await context.close();
  });

  it('with the mode cookie deleted between visitors: still a kiosk, nothing of visitor 1 for visitor 2, nothing stored', async () => {
    const { context, page } = await phone(browser);
    await setUpKiosk(page);
    await completeInDutch(page, alleenstaandeInBijstand);
    expect(await storedData(page)).toEqual({ local: 0, session: 0, databases: 0 });
    await expect(page.locator('a[href^="tel:"]').count()).resolves.toBe(0);

    await context.clearCookies();
    await page.getByRole('button', { name: 'Klaar: wis alles' }).click();
    await expectFreshStart(page);
    await expect(page.getByRole('heading', { name: 'Dit apparaat instellen?' }).count()).resolves.toBe(0);
    expect(await everythingStored(page)).not.toMatch(/1348|1\.348|650|1200|heemskerk"/);

    // Cookie gone again, and this time the browser opens the bare address: the device still knows.
    await page.goto(page.url());
    await completeInDutch(page, alleenstaandeInBijstand);
    await context.clearCookies();
    await page.goto(BASE_URL);
    await expectFreshStart(page);
    await context.close();
  });

  it('with cookies and storage blocked: runs from its address, and nothing of visitor 1 reaches visitor 2 or any storage', async () => {
    const { context, page } = await phone(browser);
    // What Chromium does when a site may not keep data: cookies ignored, web storage throws.
    await page.addInitScript(() => {
      const blocked = () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
      Object.defineProperty(Document.prototype, 'cookie', { get: () => '', set: () => undefined, configurable: true });
      Object.defineProperty(Navigator.prototype, 'cookieEnabled', { get: () => false, configurable: true });
      Object.defineProperty(window, 'localStorage', { get: blocked, configurable: true });
      Object.defineProperty(window, 'sessionStorage', { get: blocked, configurable: true });
    });
    await page.goto(`${BASE_URL}?kiosk=1`);
    await expect(page.getByRole('heading', { name: 'Dit apparaat instellen?' }).count()).resolves.toBe(0);
    await completeInDutch(page, alleenstaandeInBijstand);
    await page.getByRole('button', { name: 'Klaar: wis alles' }).click();
    await page.getByRole('button', { name: 'Start de check' }).waitFor();
    await expect(page.getByRole('button', { name: 'Ga verder waar u was' }).count()).resolves.toBe(0);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Klaar: wis alles' }).count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Start de check' }).click();
    await expect(page.getByLabel('Ja, in Heemskerk').isChecked()).resolves.toBe(false);

    const inspector = await context.newPage();
    await inspector.goto(`${BASE_URL}robots.txt`);
    expect(await inspector.evaluate(async () => [localStorage.length, sessionStorage.length, (await indexedDB.databases()).length])).toEqual([0, 0, 0]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it('a link alone cannot lock a phone into kiosk mode, nor wipe its saved answers', async () => {
    const { context, page } = await phone(browser);
    await page.goto(BASE_URL);
    await page.getByRole('button', { name: 'Start de check' }).click();
    await page.getByLabel('Ja, in Heemskerk').check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('heading', { level: 1, name: 'U en uw partner' }).waitFor();

    await page.goto(`${BASE_URL}?kiosk=1&wacht=3`);
    await page.getByRole('heading', { name: 'Dit apparaat instellen?' }).waitFor();
    await screenshot(page, 'kiosk-setup-confirmation');
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Nee, niet instellen' }).click()]);
    expect(new URL(page.url()).search).toBe('');
    await page.getByRole('heading', { level: 1, name: 'U en uw partner' }).waitFor();
    await expect(page.getByRole('button', { name: 'Klaar: wis alles' }).count()).resolves.toBe(0);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it('gives the results as a QR code whose link reproduces them on the visitor\'s own phone', async () => {
    const { context, page } = await phone(browser);
    await setUpKiosk(page);
    await completeInDutch(page, alleenstaandeInBijstand);
    const likelyAtKiosk = await page.locator('[data-verdict="likely"]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-scheme')));
    const link = await readQr(page);
    expect(link.startsWith(`${BASE_URL}nl/uitslag/#uitslag=`)).toBe(true);
    expect(link).not.toMatch(/1348|1\.348|650|1200/);
    await context.close();

    const own = await phone(browser);
    await own.page.goto(link);
    await own.page.getByRole('heading', { level: 1, name: 'Uw uitkomst van de Rondkomen-check' }).waitFor();
    await own.page.getByText('Het is geen besluit en het bewijst niets.', { exact: false }).waitFor();
    for (const schemeId of likelyAtKiosk) expect(await verdictOf(own.page, schemeId!)).toBe('likely');
    await screenshot(own.page, 'kiosk-qr-opened-on-phone');

    await own.page.goto(link.replace('-l_', '-u_'));
    await own.page.reload();
    await own.page.getByText('Deze link is beschadigd of veranderd').waitFor();
    await own.context.close();
  });
});

describe('the take-home QR code and help with money', () => {
  it('leaves debt help out unless the visitor ticks the box, and says what the code holds', async () => {
    const { context, page } = await phone(browser);
    await setUpKiosk(page);
    await completeInDutch(page, zzperMetSchulden);
    expect(await verdictOf(page, 'schuldhulpverlening')).not.toBe('unlikely');
    await page.getByText('Hulp bij geldzaken staat er nu niet in.').waitFor();
    const without = await readQr(page);
    expect(without).not.toMatch(/schuldhulpverlening|budgetcoaching|wsnp|beslagvrijeVoet|vroegsignalering|budgetbeheer/);

    await page.getByLabel(/Zet ook hulp bij geldzaken in de code/).check();
    await page.getByText('Hulp bij geldzaken staat er nu ook in.').waitFor();
    await screenshot(page, 'kiosk-qr-money-help');
    expect(await readQr(page)).toMatch(/schuldhulpverlening-[lu]/);
    await context.close();
  });
});

describe('volunteer mode', () => {
  it('shows hints per question, prints an A4 summary in the inhabitant\'s language beside Dutch, and erases for the next person', async () => {
    const { context, page } = await phone(browser);
    await setUpKiosk(page, `${BASE_URL}?modus=vrijwilliger`);
    await page.getByRole('button', { name: 'Start de check' }).click();
    await page.getByText('Tip voor de vrijwilliger:').first().waitFor();
    await page.getByRole('button', { name: 'Vorige' }).click();
    await completeInDutch(page, alleenstaandeInBijstand);
    await page.getByLabel('Taal').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Your result' }).waitFor();

    await page.emulateMedia({ media: 'print' });
    const summary = page.locator('.print-summary');
    await expect(summary.isVisible()).resolves.toBe(true);
    await expect(summary.locator('[lang="en"] h2').textContent()).resolves.toBe('Rondkomen-check Heemskerk: your summary');
    await expect(summary.locator('section[lang="nl"] h2').textContent()).resolves.toBe('Rondkomen-check Heemskerk: uw overzicht');
    await expect(summary.getByText('☐').count()).resolves.toBeGreaterThan(3);
    const pdf = await page.pdf({ format: 'A4', path: `${ARTIFACTS}/volunteer-summary.pdf` });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    // The next client finds nothing of this one: the device keeps nothing, like the kiosk.
    await page.emulateMedia({ media: 'screen' });
    expect(await storedData(page)).toEqual({ local: 0, session: 0, databases: 0 });
    await page.getByRole('button', { name: 'Next person: erase all' }).click();
    await expectFreshStart(page, 'Volgende persoon: wis alles');
    expect(new URL(page.url()).search).toBe('?modus=vrijwilliger');
    await context.close();
  });
});
