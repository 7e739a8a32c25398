/**
 * "Who decides about money at home?" on the money-worries page (issue 20): an answer pointing to
 * financial control shows Veilig Thuis and the municipality's help; the quick exit leaves for a
 * neutral page that Back does not undo; and the answer is nowhere on the device.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launch, phone, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const SAVE_KEY = 'rondkomen-check.v1';
const WORRIES = { dreigtOntruimingOfAfsluiting: 'nee', geldVoorEten: 'ja', betalingsachterstanden: 'ja', achterstandOp: ['huur'], schulden: 'nee', deurwaarder: 'nee', inkomenLagerDanVasteLasten: 'ja', wilHulpBijGeldzaken: 'ja' };
const NEUTRAL_PAGE = 'https://www.knmi.nl/nederland-nu/weer/verwachtingen';

/** Opens the money-worries page as a returning visitor, with these extra items in localStorage. */
async function openHelpPage(page: Page, extra: Record<string, string> = {}): Promise<void> {
  await page.goto(BASE_URL);
  await page.evaluate((items) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
  }, { [SAVE_KEY]: JSON.stringify({ answers: WORRIES, screen: 'hulp', flow: 'geldzorgen' }), ...extra });
  await page.reload();
  await page.locator('[data-geld-thuis]').waitFor();
}

/** Everything the app can keep on the device, as one string to search. */
const everythingStored = (page: Page) =>
  page.evaluate(async () => {
    const cached: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) cached.push(request.url);
    }
    return JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cached });
  });

const violations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).setLegacyMode(true).analyze()).violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id}: ${v.help} at ${node.target.join(' ')}`),
  );

describe('who decides about money at home (Wmo 2015 art. 4.1.1: Veilig Thuis)', () => {
  it('"someone else, I have little say" shows Veilig Thuis, free and day and night, with the municipality’s help; nothing of it is stored', async () => {
    const { context, page } = await phone(browser);
    await openHelpPage(page);
    const section = page.locator('[data-geld-thuis]');
    await expect(section.locator('[data-geld-thuis-hulp]').count()).resolves.toBe(0);
    await section.getByLabel('Iemand anders. Ik heb er weinig over te zeggen, of ik moet om geld vragen').check();
    const hulp = section.locator('[data-geld-thuis-hulp]');
    await hulp.waitFor();
    await expect(hulp.getByText('Veilig Thuis', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(hulp.getByRole('link', { name: '0800 2000' }).getAttribute('href')).resolves.toBe('tel:08002000');
    await expect(hulp.getByText('MET Heemskerk', { exact: false }).isVisible()).resolves.toBe(true);
    await expect(hulp.getByText('Gemeentehuis Heemskerk').isVisible()).resolves.toBe(true);
    await expect(page.title()).resolves.toBe('Rondkomen-check Heemskerk');
    await screenshot(page, 'geld-thuis-nl');
    const stored = await everythingStored(page);
    for (const trace of ['anderZonderInspraak', 'wieBeslist', 'Veilig']) expect(stored).not.toContain(trace);
    await context.close();
  });

  it('the quick exit leaves for a neutral page, and Back does not bring the money page back', async () => {
    const { context, page } = await phone(browser);
    // The neutral page is another site; the test answers for it so nothing leaves this machine.
    await context.route(NEUTRAL_PAGE, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weer</title><h1>Weer</h1>' }));
    await page.goto(BASE_URL);
    await page.getByRole('button', { name: 'Geldzorgen? Direct hulp' }).click();
    await page.getByRole('button', { name: 'Sla deze vragen over' }).click();
    await page.locator('[data-geld-thuis]').waitFor();
    await page.getByLabel('Iemand anders. Ik heb er weinig over te zeggen, of ik moet om geld vragen').check();
    await page.getByRole('button', { name: 'Snel weg' }).click();
    await page.waitForURL(NEUTRAL_PAGE);
    await page.goBack();
    await page.locator('h1').first().waitFor();
    expect(page.url().startsWith(BASE_URL)).toBe(true);
    await expect(page.locator('[data-geld-thuis]').count()).resolves.toBe(0);
    await expect(page.getByText('Veilig Thuis').count()).resolves.toBe(0);
    await context.close();
  });

  it('the quick exit at the kiosk erases the visit and starts again, without leaving the app', async () => {
    const { context, page } = await phone(browser);
    await page.goto(`${BASE_URL}?kiosk=1`);
    await page.getByRole('button', { name: 'Geldzorgen? Direct hulp' }).click();
    await page.getByRole('button', { name: 'Sla deze vragen over' }).click();
    await page.locator('[data-geld-thuis]').waitFor();
    await page.getByLabel('Iemand anders. Ik heb er weinig over te zeggen, of ik moet om geld vragen').check();
    await page.getByRole('button', { name: 'Snel weg' }).click();
    await page.getByRole('button', { name: 'Geldzorgen? Direct hulp' }).waitFor();
    expect(page.url().startsWith(BASE_URL)).toBe(true);
    expect(await everythingStored(page)).not.toContain('anderZonderInspraak');
    await context.close();
  });

  it.each([
    ['nl', 'nl-NL', {}],
    ['ar', 'ar', {}],
    ['nl easy-read', 'nl-NL', { 'rondkomen-check.easyRead': '1' }],
  ] as const)('axe finds nothing on the question and the help it shows, in %s', async (name, locale, storage) => {
    const { context, page } = await phone(browser, locale);
    await openHelpPage(page, storage);
    await page.locator('[data-geld-thuis] input[value="anderZonderInspraak"]').check();
    await page.locator('[data-geld-thuis-hulp]').waitFor();
    expect(await violations(page)).toEqual([]);
    if (name !== 'nl') await screenshot(page, `geld-thuis-${name.replace(/\s+/g, '-')}`);
    await context.close();
  });
});
