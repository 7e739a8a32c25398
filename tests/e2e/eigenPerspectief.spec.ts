/**
 * Issue 20: a woman without income of her own, living with a partner who earns and two children,
 * sees what she can do in her own name and what a separation would change (bijstand for a single
 * parent, art. 21 PW; the kindgebonden budget with the alleenstaande-ouderkop, art. 2 lid 6 Wet KGB;
 * child support through the LBIO). Pinned to 1 July 2026, the figures the amounts come from.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launch, phone } from './browser';
import { completeInDutch, type E2eHousehold } from './questionnaire';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const DAY = '2026-07-15';

const moederZonderEigenInkomen: E2eHousehold = {
  heemskerk: true,
  leeftijd: 36,
  partnerLeeftijd: 38,
  kinderen: [7, 10],
  inkomen: { werk: '2.400' },
  brutoPerJaar: '38.000',
  vermogen: '0',
  huur: '650',
};

describe('the own view of someone without income of her own', () => {
  it('the mother of two sees support towards her own income and the separation what-if with the single parent’s amounts', async () => {
    const { context, page } = await phone(browser, 'nl-NL', DAY);
    await page.goto(BASE_URL);
    await completeInDutch(page, moederZonderEigenInkomen);
    const section = page.locator('[data-eigen-perspectief]');
    await section.waitFor();
    await expect(section.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Zonder eigen inkomen');
    await expect(section.getByText('Ook zonder uitkering kan de gemeente u helpen', { exact: false }).isVisible()).resolves.toBe(true);
    const verdict = (id: string) => section.locator(`[data-scheiding-scheme="${id}"]`).getAttribute('data-verdict');
    await expect(verdict('algemeneBijstand')).resolves.toBe('likely');
    await expect(verdict('kindgebondenBudget')).resolves.toBe('likely');
    // € 8.576 a year (single parent, two children, 2026) is € 714 a month.
    await expect(section.locator('[data-scheiding-scheme="kindgebondenBudget"]').textContent()).resolves.toMatch(/€\s714/);
    await expect(section.getByText('het LBIO', { exact: false }).isVisible()).resolves.toBe(true);
    await section.screenshot({ path: 'test-artifacts/eigen-perspectief-nl.png' });
    expect(await new AxeBuilder({ page }).include('[data-eigen-perspectief]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).setLegacyMode(true).analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);
    await page.getByLabel('Taal').selectOption('ar');
    await section.getByRole('heading', { level: 2, name: 'من دون دخل خاص بك' }).waitFor();
    expect(await new AxeBuilder({ page }).include('[data-eigen-perspectief]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).setLegacyMode(true).analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);
    await section.screenshot({ path: 'test-artifacts/eigen-perspectief-ar.png' });
    await context.close();
  });

  it('someone living alone does not see it', async () => {
    const { context, page } = await phone(browser, 'nl-NL', DAY);
    await page.goto(BASE_URL);
    await completeInDutch(page, { heemskerk: true, leeftijd: 36, inkomen: { werk: '1.400' }, brutoPerJaar: '22.000', vermogen: '0', huur: '650' });
    await page.locator('[data-scheme]').first().waitFor();
    await expect(page.locator('[data-eigen-perspectief]').count()).resolves.toBe(0);
    await context.close();
  });
});
