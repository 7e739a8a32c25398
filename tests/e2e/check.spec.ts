import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PEILDATUM } from '../fixtures/rules';
import { BASE_URL, checkScreensCached, launch, phone, screenshot, waitForServiceWorker } from './browser';
import { alleenstaandeInBijstand, gezinOp115Procent, zzperMetSchulden } from './households';
import { completeInDutch, verdictOf } from './questionnaire';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('an inhabitant completes the check on a phone', () => {
  it('a single person on bijstand sees the minima schemes as likely, and still sees them offline after a reload', async () => {
    // The limit quoted below is 110% of the norm from 1 July 2026, so the clock says that day.
    const { context, page } = await phone(browser, 'nl-NL', PEILDATUM);
    await page.goto(BASE_URL);
    await waitForServiceWorker(page);
    await completeInDutch(page, alleenstaandeInBijstand);
    await screenshot(page, 'results-alleenstaande-bijstand-nl');

    expect(await verdictOf(page, 'algemeneBijstand')).toBe('likely');
    expect(await verdictOf(page, 'individueleInkomenstoeslag')).toBe('likely');
    expect(await verdictOf(page, 'minimaregelingen')).toBe('likely');
    expect(await verdictOf(page, 'kwijtschelding')).toBe('likely');
    expect(await verdictOf(page, 'bijzondereBijstand')).toBe('unknown');
    await expect(page.getByText('Uw inkomen is € 1.348,49 per maand. Met het vakantiegeld dat u één keer per jaar krijgt, is dat ongeveer € 1.419,46 per maand').first().isVisible()).resolves.toBe(true);

    await context.setOffline(true);
    const response = await page.reload();
    expect(response?.fromServiceWorker()).toBe(true);
    await page.getByRole('heading', { level: 1, name: 'Uw uitkomst' }).waitFor();
    expect(await verdictOf(page, 'minimaregelingen')).toBe('likely');
    await context.close();
  });

  it('after one visit to the start screen alone, the whole check works offline (its screens were kept in the background)', async () => {
    const { context, page } = await phone(browser, 'nl-NL', PEILDATUM);
    await page.goto(BASE_URL);
    await waitForServiceWorker(page);
    await checkScreensCached(page);
    await context.setOffline(true);
    await page.reload();
    await completeInDutch(page, alleenstaandeInBijstand);
    expect(await verdictOf(page, 'minimaregelingen')).toBe('likely');
    await context.close();
  });

  it('a couple with two children at 115% of the social minimum sees the health insurance as likely and bijstand as unlikely', async () => {
    const { context, page } = await phone(browser);
    await page.goto(BASE_URL);
    await completeInDutch(page, gezinOp115Procent);
    await screenshot(page, 'results-gezin-115-nl');
    expect(await verdictOf(page, 'algemeneBijstand')).toBe('unlikely');
    expect(await verdictOf(page, 'minimaregelingen')).toBe('unlikely');
    expect(await verdictOf(page, 'kindpakket')).toBe('unlikely');
    expect(await verdictOf(page, 'collectieveZorgverzekering')).toBe('likely');
    expect(await verdictOf(page, 'bijzondereBijstand')).toBe('unknown');
    expect(await verdictOf(page, 'kwijtschelding')).toBe('unknown');
    await context.close();
  });

  it('a self-employed person with debts is pointed to debt help and budget coaching, not to bijstand', async () => {
    const { context, page } = await phone(browser);
    await page.goto(BASE_URL);
    await completeInDutch(page, zzperMetSchulden);
    expect(await verdictOf(page, 'schuldhulpverlening')).toBe('likely');
    expect(await verdictOf(page, 'budgetcoaching')).toBe('likely');
    expect(await verdictOf(page, 'algemeneBijstand')).toBe('unlikely');
    await expect(page.getByText('Voor ondernemers is er een aparte regeling (Bbz)').first().textContent()).resolves.toContain('Bbz');
    await context.close();
  });

  it('changing an answer updates the results', async () => {
    const { context, page } = await phone(browser);
    await page.goto(BASE_URL);
    await completeInDutch(page, alleenstaandeInBijstand);
    await page.getByRole('button', { name: 'Antwoorden aanpassen' }).click();
    await page.getByLabel('Nee, in een andere gemeente').check();
    while (!(await page.getByRole('heading', { level: 1, name: 'Uw uitkomst' }).isVisible())) {
      await page.getByRole('button', { name: /^(Volgende|Bekijk de uitkomst)$/ }).click();
    }
    expect(await verdictOf(page, 'minimaregelingen')).toBe('unlikely');
    expect(await verdictOf(page, 'algemeneBijstand')).toBe('likely');
    await context.close();
  });

  it('a reload in the middle of a step keeps what was typed, and "clear my answers" wipes it', async () => {
    const { context, page } = await phone(browser);
    await page.goto(BASE_URL);
    await page.getByRole('button', { name: 'Start de check' }).click();
    await page.getByLabel('Ja, in Heemskerk').check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByLabel('Hoe oud bent u?').fill('33');
    await page.reload();
    await expect(page.getByLabel('Hoe oud bent u?').inputValue()).resolves.toBe('33');
    await page.getByRole('button', { name: 'Wis mijn antwoorden' }).click();
    await page.getByRole('button', { name: 'Start de check' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('rondkomen-check.v1'))).not.toContain('33');
    await context.close();
  });

  it('bad input gets a clear message in the chosen language, not a crash', async () => {
    const { context, page } = await phone(browser, 'en-GB');
    await page.goto(BASE_URL);
    await page.getByRole('button', { name: 'Start the check' }).click();
    await page.getByLabel('Yes, in Heemskerk').check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('No, I live without a partner').check();
    await page.getByLabel('How old are you?').fill('200');
    await page.getByRole('button', { name: 'Next' }).click();
    // Once beside the field, once in the error summary's link that names the question.
    await page.locator('.utrecht-form-field-error-message', { hasText: 'Enter an age between 16 and 120' }).waitFor();
    await page.getByRole('link', { name: 'How old are you? – Enter an age between 16 and 120' }).waitFor();
    await page.getByLabel('How old are you?').fill('forty');
    await page.getByRole('button', { name: 'Next' }).click();
    // A whole number, with no amount like 1,250.00 as the example.
    await page.locator('.utrecht-form-field-error-message', { hasText: 'Enter your age in figures, in whole years.' }).waitFor();
    await screenshot(page, 'error-en');
    await context.close();
  });
});
