import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PEILDATUM } from '../fixtures/rules';
import { BASE_URL, launch, phone, screenshot } from './browser';
import { gezinOp115Procent } from './households';
import { completeInDutch, verdictOf } from './questionnaire';

// The couple with two children at 115% of their bijstandsnorm, here knowing their gross income from
// the jaaropgaaf: € 36.000. Then, on 1 July 2026: zorgtoeslag € 175, huurtoeslag € 410 and
// kindgebonden budget € 430 a month (worked out in the unit tests of each toeslag).
const gezinMetJaaropgaaf = { ...gezinOp115Procent, brutoPerJaar: '36.000' };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the calculation on a scheme's card, unless it is open already. */
async function openCalculation(page: Page, schemeId: string, summary: string): Promise<void> {
  const details = page.locator(`[data-scheme="${schemeId}"] .scheme-card__amount details`);
  if ((await details.getAttribute('open')) === null) await details.getByText(summary).click();
}

describe('the results show what the inhabitant may get', () => {
  it('a couple with two children at 115% sees the total per month and per year, and how the zorgtoeslag is worked out, in Dutch and in English', async () => {
    // The amounts below are the 1 July 2026 figures, so the phone's clock says that day.
    const { context, page } = await phone(browser, 'nl-NL', PEILDATUM);
    await page.goto(BASE_URL);
    await completeInDutch(page, gezinMetJaaropgaaf);

    expect(await verdictOf(page, 'zorgtoeslag')).toBe('likely');
    expect(await verdictOf(page, 'huurtoeslag')).toBe('likely');
    expect(await verdictOf(page, 'kindgebondenBudget')).toBe('likely');
    await page.getByRole('heading', { level: 2, name: 'Wat u misschien extra krijgt' }).waitFor();
    await page.getByText('U kunt misschien ongeveer € 1.015 per maand (€ 12.183 per jaar) meer krijgen.').waitFor();
    await expect(page.locator('[data-scheme="zorgtoeslag"]').getByText('Ongeveer € 175 per maand (€ 2.103 per jaar).').isVisible()).resolves.toBe(true);

    await openCalculation(page, 'zorgtoeslag', 'Hoe rekenen wij dit uit?');
    const zorgtoeslag = page.locator('[data-scheme="zorgtoeslag"]');
    await zorgtoeslag.getByText('€ 4.238 standaardpremie − € 2.135,42 die u zelf betaalt = ongeveer € 2.103 per jaar.').waitFor();
    await expect(zorgtoeslag.getByText('Met € 15.143 meer bruto inkomen per jaar krijgt u dit waarschijnlijk niet meer.').isVisible()).resolves.toBe(true);
    await screenshot(page, 'results-amounts-gezin-115-nl');

    await page.getByLabel('Taal').selectOption('en');
    await page.getByRole('heading', { level: 2, name: 'What you may get on top' }).waitFor();
    await page.getByText('You may be able to get about €1,015 a month (€12,183 a year) more.').waitFor();
    await openCalculation(page, 'zorgtoeslag', 'How do we work this out?');
    await zorgtoeslag.getByText('€4,238 standard premium − €2,135.42 you pay yourself = about €2,103 a year.').waitFor();
    await expect(zorgtoeslag.getByText('With €15,143 more gross income a year, you would probably no longer get this.').isVisible()).resolves.toBe(true);
    await screenshot(page, 'results-amounts-gezin-115-en');
    await context.close();
  });
});
