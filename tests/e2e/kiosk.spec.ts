import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, BASE_URL, launch, phone, screenshot } from './browser';
import { alleenstaandeInBijstand } from './households';
import { completeInDutch, verdictOf } from './questionnaire';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function storedData(page: Page) {
  return page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
  }));
}

async function readQr(page: Page): Promise<string> {
  const png = PNG.sync.read(await page.locator('.qr-code').screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!code) throw new Error('No QR code could be read from the results page');
  return code.data;
}

describe('the library kiosk', () => {
  it('keeps no answers after the idle reset', async () => {
    const { context, page } = await phone(browser);
    await page.goto(`${BASE_URL}?kiosk=1&wacht=3`);
    expect(new URL(page.url()).search).toBe('');
    await page.getByRole('button', { name: 'Start de check' }).click();
    await page.getByLabel('Ja, in Heemskerk').check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByLabel('Hoe oud bent u?').fill('61');
    await page.getByLabel('Taal').selectOption('en');
    await page.getByRole('alertdialog', { name: 'Are you still there?' }).waitFor({ timeout: 10_000 });
    await screenshot(page, 'kiosk-still-there');
    await page.getByRole('button', { name: 'Start the check' }).or(page.getByRole('button', { name: 'Start de check' })).waitFor({ timeout: 10_000 });

    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('nl');
    expect(await storedData(page)).toEqual({ local: 0, session: 0, databases: 0 });
    await page.getByRole('button', { name: 'Start de check' }).click();
    await page.getByLabel('Ja, in Heemskerk').isChecked().then((checked) => expect(checked).toBe(false));
    await page.getByLabel('Ja, in Heemskerk').check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await expect(page.getByLabel('Hoe oud bent u?').inputValue()).resolves.toBe('');
    await context.close();
  });

  it('stores nothing while someone fills in the check, and "finish and erase" starts again', async () => {
    const { context, page } = await phone(browser);
    await page.goto(`${BASE_URL}?kiosk=1`);
    await completeInDutch(page, alleenstaandeInBijstand);
    expect(await storedData(page)).toEqual({ local: 0, session: 0, databases: 0 });
    await expect(page.locator('a[href^="tel:"]').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Klaar: wis alles' }).click();
    await page.getByRole('button', { name: 'Start de check' }).waitFor();
    await context.close();
  });

  it('gives the results as a QR code whose link reproduces them on the visitor\'s own phone', async () => {
    const { context, page } = await phone(browser);
    await page.goto(`${BASE_URL}?kiosk=1`);
    await completeInDutch(page, alleenstaandeInBijstand);
    const likelyAtKiosk = await page.locator('[data-verdict="likely"]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-scheme')));
    const link = await readQr(page);
    expect(link.startsWith(`${BASE_URL}#uitslag=`)).toBe(true);
    expect(link).not.toMatch(/1348|1\.348|650|1200/);
    await context.close();

    const own = await phone(browser);
    await own.page.goto(link);
    await own.page.getByRole('heading', { level: 1, name: 'Uw uitkomst van de Rondkomen-check' }).waitFor();
    for (const schemeId of likelyAtKiosk) expect(await verdictOf(own.page, schemeId!)).toBe('likely');
    await screenshot(own.page, 'kiosk-qr-opened-on-phone');

    await own.page.goto(link.replace('-l_', '-u_'));
    await own.page.reload();
    await own.page.getByText('Deze link is beschadigd of veranderd').waitFor();
    await own.context.close();
  });
});

describe('volunteer mode', () => {
  it('shows hints per question and prints an A4 summary in the inhabitant\'s language beside Dutch', async () => {
    const { context, page } = await phone(browser);
    await page.goto(`${BASE_URL}?modus=vrijwilliger`);
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
    await context.close();
  });
});
