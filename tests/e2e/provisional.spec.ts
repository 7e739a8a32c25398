/**
 * From 1 January 2027 the check runs on provisional figures (2027 budget figures, 2026 figures kept
 * until the new ones are published): each card that leans on one says the amounts are not final
 * yet, and the footer names the figures. The days come from the norms, not from the calendar.
 */
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNorm } from '../../src/rules';
import { PEILDATUM } from '../fixtures/rules';
import { BASE_URL, launch, phone, screenshot } from './browser';
import { gezinOp115Procent } from './households';
import { bijstandAnswers, completeByFieldNames, completeInDutch } from './questionnaire';

/** The first day of the 2027 budget figures. */
const IN_2027 = getNorm('kindgebondenBudget.knikpunt', '2027-12-31').validFrom;
const arabic = JSON.parse(readFileSync('locales/ar/translation.json', 'utf8')) as { provisional: { groups: Record<string, string> } };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('provisional figures in 2027', () => {
  it('a family in 2027 reads on the kindgebonden budget card that the 2027 amounts are not final, and the footer names the figures', async () => {
    const { context, page } = await phone(browser, 'nl-NL', IN_2027);
    await page.goto(BASE_URL);
    await completeInDutch(page, { ...gezinOp115Procent, brutoPerJaar: '36.000' });
    const kgb = page.locator('[data-scheme="kindgebondenBudget"]');
    await kgb.getByText('De bedragen voor 2027 zijn nog niet definitief.', { exact: false }).waitFor();
    const footer = page.locator('footer');
    await expect(footer.locator('[data-provisional="draft"]').textContent()).resolves.toContain('kindgebonden budget');
    await expect(footer.locator('[data-provisional="carriedForward"]').textContent()).resolves.toContain('bijstandsnormen');
    await screenshot(page, 'provisional-2027-nl');
    await context.close();
  });

  it('in 2026 no card and no footer line says so', async () => {
    const { context, page } = await phone(browser, 'nl-NL', PEILDATUM);
    await page.goto(BASE_URL);
    await completeInDutch(page, { ...gezinOp115Procent, brutoPerJaar: '36.000' });
    await page.locator('[data-scheme="kindgebondenBudget"]').waitFor();
    await expect(page.getByText('nog niet definitief', { exact: false }).count()).resolves.toBe(0);
    await expect(page.locator('footer [data-provisional]').count()).resolves.toBe(0);
    await context.close();
  });

  it('in Arabic, right to left, the footer names the provisional figures in Arabic', async () => {
    const { context, page } = await phone(browser, 'ar', IN_2027);
    await page.goto(BASE_URL);
    await page.locator('main .utrecht-button--primary-action').first().click();
    await completeByFieldNames(page, bijstandAnswers);
    await expect(page.locator('footer [data-provisional="carriedForward"]').textContent()).resolves.toContain(arabic.provisional.groups.bijstandsnorm);
    await screenshot(page, 'provisional-2027-ar');
    await context.close();
  });
});
