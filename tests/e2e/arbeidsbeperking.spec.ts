/**
 * Issue 20, part 1: a Wajong recipient living alone, whose disability limits the work, sees the
 * help for people with a work disability: extra costs through bijzondere bijstand (art. 35 PW),
 * the Wmo desk, how the Wajong counts as income, the collectieve zorgverzekering (cover for chronic
 * illness not known: ask) and where to ask (the municipality, UWV); with a low income for three years
 * or more, the individuele inkomenstoeslag, whose card says the municipality weighs what someone
 * can do and that the illness counts (art. 36 lid 1 en 2 PW). Axe on the new questions and
 * the section in nl, ar and easy-read. Pinned to 15 July 2026.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
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
const SAVE_KEY = 'rondkomen-check.v1';

const wajongAlleen: E2eHousehold = {
  heemskerk: true,
  leeftijd: 28,
  inkomen: { uitkering: '1.250' },
  bijstand: false,
  soortUitkering: 'Wajong',
  arbeidsbeperking: 'Ja',
  langLaagInkomen: true,
  vermogen: '500',
  huur: '600',
};

/** The same household as typed answers, to open a screen directly (easy-read has one question per screen). */
const WAJONG_ANSWERS = {
  woonplaats: 'heemskerk',
  leefvorm: 'alleen',
  leeftijd: '28',
  aantalKinderen: '0',
  kostendelers: '0',
  verblijfsstatus: 'nederlands',
  ondernemer: 'nee',
  studiefinanciering: 'nee',
  arbeidsbeperking: 'ja',
  inkomstenbronnen: ['uitkering'],
  inkomen: { uitkering: '1.250' },
  toetsingsinkomenOnbekend: true,
  ontvangtBijstand: 'nee',
  soortUitkering: 'wajong',
  laagInkomenSinds: 'lang',
  vermogen: '500',
  woonsituatie: 'huur',
  huur: '600',
  dreigtOntruimingOfAfsluiting: 'nee',
  geldVoorEten: 'ja',
  betalingsachterstanden: 'nee',
  schulden: 'nee',
  deurwaarder: 'nee',
  inkomenLagerDanVasteLasten: 'nee',
  wilHulpBijGeldzaken: 'nee',
  ontvangtAl: ['geen'],
};

const violations = (page: Page, selector: string) =>
  new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).setLegacyMode(true).analyze().then((r) => r.violations.map((v) => v.id));

async function openWith(page: Page, saved: Record<string, unknown>, extra: Record<string, string> = {}): Promise<void> {
  await page.goto(BASE_URL);
  await page.evaluate((items) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
  }, { [SAVE_KEY]: JSON.stringify(saved), ...extra });
  await page.reload();
}

describe('a Wajong recipient living alone', () => {
  it('sees the work-disability section with extra costs, the Wmo, the Wajong as income, and the municipality and UWV', async () => {
    const { context, page } = await phone(browser, 'nl-NL', DAY);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(BASE_URL);
    await completeInDutch(page, wajongAlleen);
    const section = page.locator('[data-arbeidsbeperking]');
    await section.waitFor();
    await expect(section.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('Werken met een ziekte of handicap');
    await expect(section.locator('[data-uitkering]').getAttribute('data-uitkering')).resolves.toBe('wajong');
    await expect(section.getByText('De gemeente beslist of u het krijgt en hoeveel', { exact: false }).isVisible()).resolves.toBe(true);
    await expect(section.getByText('Wmo-loket', { exact: false }).isVisible()).resolves.toBe(true);
    await expect(section.getByText('weten wij niet', { exact: false }).isVisible()).resolves.toBe(true);
    await expect(section.getByText('UWV (Uitvoeringsinstituut Werknemersverzekeringen)', { exact: false }).isVisible()).resolves.toBe(true);
    // No work income: the medisch urenbeperkt part has nothing to add.
    await expect(section.locator('[data-urenbeperking]').count()).resolves.toBe(0);
    // Three years or more under 110% of the norm: the IIT, pointed to from its own likely outcome.
    await expect(section.locator('[data-inkomenstoeslag]').getAttribute('data-inkomenstoeslag')).resolves.toBe('likely');
    const iit = page.locator('[data-scheme="individueleInkomenstoeslag"]');
    await expect(iit.getAttribute('data-verdict')).resolves.toBe('likely');
    await expect(iit.getByText('krachten en bekwaamheden', { exact: false }).isVisible()).resolves.toBe(true);
    await expect(iit.getByText('het besluit van UWV over uw uitkering', { exact: false }).isVisible()).resolves.toBe(true);
    // € 1.250 net Wajong is below the single person's norm: the bijstand tops it up.
    await expect(page.locator('[data-scheme="algemeneBijstand"]').getAttribute('data-verdict')).resolves.toBe('likely');
    await section.screenshot({ path: 'test-artifacts/arbeidsbeperking-nl.png' });
    await iit.screenshot({ path: 'test-artifacts/arbeidsbeperking-iit-nl.png' });
    expect(await violations(page, '[data-arbeidsbeperking]')).toEqual([]);
    await page.getByLabel('Taal').selectOption('ar');
    await section.getByRole('heading', { level: 2, name: 'العمل مع مرض أو إعاقة' }).waitFor();
    expect(await violations(page, '[data-arbeidsbeperking]')).toEqual([]);
    await section.screenshot({ path: 'test-artifacts/arbeidsbeperking-ar.png' });
    await iit.screenshot({ path: 'test-artifacts/arbeidsbeperking-iit-ar.png' });
    await context.close();
  });

  it('someone who says no illness limits the work does not see it', async () => {
    const { context, page } = await phone(browser, 'nl-NL', DAY);
    await openWith(page, { answers: { ...WAJONG_ANSWERS, arbeidsbeperking: 'nee' }, screen: 'results' });
    await page.locator('[data-scheme]').first().waitFor();
    await expect(page.locator('[data-arbeidsbeperking]').count()).resolves.toBe(0);
    await context.close();
  });

  it.each([
    ['nl', 'nl-NL', {}],
    ['ar', 'ar', {}],
    ['nl easy-read', 'nl-NL', { 'rondkomen-check.easyRead': '1' }],
  ] as const)('axe finds nothing on the new questions and the section, in %s', async (name, locale, extra) => {
    const { context, page } = await phone(browser, locale, DAY);
    await openWith(page, { answers: WAJONG_ANSWERS, screen: 'results' }, extra);
    const section = page.locator('[data-arbeidsbeperking]');
    await section.waitFor();
    expect(await violations(page, '[data-arbeidsbeperking]')).toEqual([]);
    await section.screenshot({ path: `test-artifacts/arbeidsbeperking-results-${name.replace(/\s+/g, '-')}.png` });
    await openWith(page, { answers: WAJONG_ANSWERS, stepId: 'inkomen', screen: 'questions' }, extra);
    await page.locator('form').waitFor();
    expect(await violations(page, 'form')).toEqual([]);
    await page.screenshot({ path: `test-artifacts/arbeidsbeperking-vragen-${name.replace(/\s+/g, '-')}.png` });
    await context.close();
  });
});
