/**
 * Residence status and "what you already get" (issue 12), on a 390 × 844 phone: a status holder,
 * a person under temporary protection and a working single parent who already receives
 * kindgebonden budget and zorgtoeslag, each with the right results and a headline of new money
 * only. Amounts as worked out by the rules for 1 December 2026 (see src/rules/engine/verblijf tests).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, launch, phone, PHONE_390, screenshot } from './browser';
import { completeInDutch, verdictOf, type E2eHousehold } from './questionnaire';

/** A couple with asylum permits and two children, on bijstand, renting: new to the toeslagen. */
const statushouders: E2eHousehold = {
  heemskerk: true,
  leeftijd: 30,
  partnerLeeftijd: 28,
  kinderen: [4, 8],
  inkomen: { uitkering: '2.027,79' },
  bijstand: true,
  vermogen: '500',
  huur: '600',
  verblijf: 'Verblijfsvergunning asiel (statushouder)',
  partnerVerblijf: 'Verblijfsvergunning asiel (statushouder)',
};

/** A mother from Ukraine under temporary protection with a child of 10, working, renting herself. */
const oekraiense: E2eHousehold = {
  heemskerk: true,
  leeftijd: 40,
  kinderen: [10],
  inkomen: { werk: '1.400' },
  vermogen: '800',
  huur: '750',
  verblijf: 'Tijdelijke bescherming, als ontheemde uit Oekraïne',
};

/** A working single parent with a child of 6 who already gets kindgebonden budget and zorgtoeslag. */
const werkendeAlleenstaandeOuder: E2eHousehold = {
  heemskerk: true,
  leeftijd: 35,
  kinderen: [6],
  inkomen: { werk: '2.100' },
  brutoPerJaar: '32.000',
  vermogen: '1.500',
  huur: '800',
  ontvangtAl: ['Zorgtoeslag', 'Kindgebonden budget'],
};

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The day the amounts above were worked out for; the phone's clock says so, whatever the date. */
const DAY = '2026-12-01';

function phone390(locale = 'nl-NL') {
  return phone(browser, locale, DAY, PHONE_390);
}

async function verdicts(page: Page, ids: readonly string[]): Promise<Record<string, string | null>> {
  return Object.fromEntries(await Promise.all(ids.map(async (id) => [id, await verdictOf(page, id)] as const)));
}

/** The scheme ids listed in one results section, in order. */
async function inSection(page: Page, section: string): Promise<string[]> {
  return page.locator(`section[aria-labelledby="section-${section}"] [data-scheme]`).evaluateAll((cards) => cards.map((c) => c.getAttribute('data-scheme') ?? ''));
}

describe('residence status and what you already get, on a 390 × 844 phone', () => {
  it('status holders on bijstand: bijstand and the toeslagen are open to them; the headline counts the toeslagen, not the bijstand they already get', async () => {
    const { context, page } = await phone390();
    await page.goto(BASE_URL);
    await completeInDutch(page, statushouders);
    expect(await verdicts(page, ['algemeneBijstand', 'zorgtoeslag', 'huurtoeslag', 'kindgebondenBudget', 'minimaregelingen', 'kindpakket'])).toEqual({
      algemeneBijstand: 'likely',
      zorgtoeslag: 'likely',
      huurtoeslag: 'likely',
      kindgebondenBudget: 'likely',
      minimaregelingen: 'likely',
      kindpakket: 'likely',
    });
    await page.getByText('U kunt misschien ongeveer € 1.034 per maand (€ 12.419 per jaar) meer krijgen.').waitFor();
    expect(await inSection(page, 'alOntvangen')).toEqual(['algemeneBijstand']);
    await expect(page.getByRole('heading', { name: 'Uit Oekraïne? Hier komt uw steun vandaan' }).count()).resolves.toBe(0);
    await screenshot(page, 'residence-statushouders-nl');

    await page.getByLabel('Taal').selectOption('ar');
    await page.getByRole('heading', { level: 2, name: 'هذا تحصل عليه على الأرجح من قبل' }).waitFor();
    await screenshot(page, 'residence-statushouders-ar');
    await context.close();
  });

  it('a person under temporary protection: no bijstand, huurtoeslag likely, kindgebonden budget and zorgtoeslag "ask" (kinderbijslag only with work here; RMO), and where her own support comes from', async () => {
    const { context, page } = await phone390();
    await page.goto(BASE_URL);
    await completeInDutch(page, oekraiense);
    expect(await verdicts(page, ['algemeneBijstand', 'individueleInkomenstoeslag', 'bijzondereBijstand', 'zorgtoeslag', 'huurtoeslag', 'kindgebondenBudget', 'minimaregelingen', 'kwijtschelding'])).toEqual({
      algemeneBijstand: 'unlikely',
      individueleInkomenstoeslag: 'unlikely',
      bijzondereBijstand: 'unlikely',
      zorgtoeslag: 'unknown',
      huurtoeslag: 'likely',
      kindgebondenBudget: 'unknown',
      minimaregelingen: 'unknown',
      // Since kwijtschelding weighs the betalingscapaciteit (URI 1990 art. 11–13), a working parent's
      // answer is "ask", not a promise.
      kwijtschelding: 'unknown',
    });
    await page.getByRole('heading', { level: 2, name: 'Uit Oekraïne? Hier komt uw steun vandaan' }).waitFor();
    await page.getByText(/^Leefgeld: de gemeente betaalt u geld/).waitFor();
    await page.getByText('U kunt misschien ongeveer € 451 per maand (€ 5.412 per jaar) meer krijgen.').waitFor();
    await page.locator('[data-scheme="zorgtoeslag"]').getByText(/via de RMO, zonder premie/).waitFor();
    await page.locator('[data-scheme="kindgebondenBudget"]').getByText(/alleen als u in Nederland werkt/).waitFor();
    await screenshot(page, 'residence-tijdelijke-bescherming-nl');
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).setLegacyMode(true).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    await page.getByLabel('Taal').selectOption('ar');
    await page.getByRole('heading', { level: 2, name: 'من أوكرانيا؟ من هنا يأتي دعمك' }).waitFor();
    await screenshot(page, 'residence-tijdelijke-bescherming-ar');
    await context.close();
  });

  it('a working single parent who already gets kindgebonden budget and zorgtoeslag: the headline counts only the huurtoeslag', async () => {
    const { context, page } = await phone390();
    await page.goto(BASE_URL);
    await completeInDutch(page, werkendeAlleenstaandeOuder);
    expect(await verdicts(page, ['zorgtoeslag', 'huurtoeslag', 'kindgebondenBudget', 'algemeneBijstand'])).toEqual({
      zorgtoeslag: 'likely',
      huurtoeslag: 'likely',
      kindgebondenBudget: 'likely',
      algemeneBijstand: 'unlikely',
    });
    await page.getByText('U kunt misschien ongeveer € 462 per maand (€ 5.544 per jaar) meer krijgen.').waitFor();
    expect(await page.locator('.amount-total li').allTextContents()).toEqual([expect.stringMatching(/^Huurtoeslag: /)]);
    expect(await inSection(page, 'likely')).not.toContain('kindgebondenBudget');
    expect(await inSection(page, 'alOntvangen')).toEqual(['zorgtoeslag', 'kindgebondenBudget']);
    await page.getByRole('heading', { level: 2, name: 'Dit krijgt u waarschijnlijk al' }).waitFor();
    // Both are still likely at this income: nothing to pay back.
    await expect(page.getByRole('heading', { name: 'Let op: misschien moet u toeslag terugbetalen' }).count()).resolves.toBe(0);
    await screenshot(page, 'residence-al-ontvangen-nl');

    await page.getByLabel('Taal').selectOption('ar');
    await page.getByRole('heading', { level: 2, name: 'هذا تحصل عليه على الأرجح من قبل' }).waitFor();
    await screenshot(page, 'residence-al-ontvangen-ar');
    await context.close();
  });

  it('the new questions in Dutch and Arabic, and the repayment warning for a toeslag that is probably gone, pass axe', async () => {
    const { context, page } = await phone390('ar');
    const saved = { answers: { woonplaats: 'heemskerk', leefvorm: 'samen', leeftijd: '40', partnerLeeftijd: '38' }, stepId: 'verblijf', screen: 'questions' };
    await page.goto(BASE_URL);
    await page.evaluate((value) => localStorage.setItem('rondkomen-check.v1', value), JSON.stringify(saved));
    await page.reload();
    await page.getByRole('group', { name: 'ما الذي ينطبق على شريكك؟' }).waitFor();
    await screenshot(page, 'residence-question-ar');
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).setLegacyMode(true).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await context.close();

    // Zorgtoeslag received, but € 45.000 gross is above the single person's limit.
    const { context: nl, page: nlPage } = await phone390();
    await nlPage.goto(BASE_URL);
    await completeInDutch(nlPage, { heemskerk: true, leeftijd: 45, inkomen: { werk: '2.900' }, brutoPerJaar: '45.000', vermogen: '3.000', ontvangtAl: ['Zorgtoeslag'] });
    expect(await verdictOf(nlPage, 'zorgtoeslag')).toBe('unlikely');
    const warning = nlPage.locator('.repayment-warning');
    await warning.getByRole('heading', { name: 'Let op: misschien moet u toeslag terugbetalen' }).waitFor();
    await warning.getByText(/Mijn toeslagen op toeslagen\.nl .*0800.0543/).waitFor();
    await screenshot(nlPage, 'residence-terugbetalen-nl');
    const axeNl = await new AxeBuilder({ page: nlPage }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).setLegacyMode(true).analyze();
    expect(axeNl.violations.map((v) => v.id)).toEqual([]);
    await nl.close();
  });
});
