/**
 * Drives the questionnaire as a person would: by the visible labels of the active language.
 * Answers are given per step in Dutch; the helper clicks "Volgende" after each step.
 */
import type { Page } from 'playwright-core';

export type E2eHousehold = {
  heemskerk: boolean;
  leeftijd: number;
  partnerLeeftijd?: number;
  kinderen?: number[];
  kostendelers?: number;
  ondernemer?: boolean;
  inkomen: Partial<Record<'werk' | 'uitkering' | 'pensioen' | 'overig', string>>;
  bijstand?: boolean;
  /** Gross per year from the jaaropgaaf; left out: "ik weet het niet". */
  brutoPerJaar?: string;
  kinderopvang?: boolean;
  langLaagInkomen?: boolean;
  vermogen: string;
  huur?: string;
  achterstanden?: 'Ja' | 'Nee' | 'Zeg ik liever niet';
  schulden?: 'Ja' | 'Nee' | 'Zeg ik liever niet';
  hulp?: 'Ja' | 'Nee' | 'Zeg ik liever niet';
};

const BRON_LABEL = { werk: 'Loon of winst uit werk', uitkering: 'Uitkering', pensioen: 'AOW of pensioen', overig: 'Ander inkomen, zoals alimentatie' } as const;
const BEDRAG_LABEL = { werk: 'Loon of winst uit werk, netto per maand', uitkering: 'Uitkering, netto per maand', pensioen: 'AOW en pensioen, netto per maand', overig: 'Ander inkomen, netto per maand' } as const;

async function next(page: Page, title: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

async function volgende(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(Volgende|Bekijk de uitkomst)$/ }).click();
}

export async function completeInDutch(page: Page, h: E2eHousehold): Promise<void> {
  await page.getByRole('button', { name: /Start de check|Ga verder/ }).click();
  await next(page, 'Waar woont u?');
  await page.getByLabel(h.heemskerk ? 'Ja, in Heemskerk' : 'Nee, in een andere gemeente').check();
  await volgende(page);

  await next(page, 'U en uw partner');
  await page.getByLabel(h.partnerLeeftijd ? 'Ja, ik woon samen met een partner' : 'Nee, ik woon zonder partner').check();
  await page.getByLabel('Hoe oud bent u?').fill(String(h.leeftijd));
  if (h.partnerLeeftijd) await page.getByLabel('Hoe oud is uw partner?').fill(String(h.partnerLeeftijd));
  await volgende(page);

  await next(page, 'Kinderen');
  const kinderen = h.kinderen ?? [];
  await page.getByLabel('Hoeveel kinderen jonger dan 18 wonen bij u?').fill(String(kinderen.length));
  for (const [i, leeftijd] of kinderen.entries()) await page.getByLabel(`Leeftijd kind ${i + 1}`).fill(String(leeftijd));
  if (kinderen.length > 0) await page.getByRole('group', { name: /kinderopvang/ }).getByLabel(h.kinderopvang ? 'Ja' : 'Nee').check();
  await volgende(page);

  if (h.leeftijd >= 21) {
    await next(page, 'Andere mensen in uw huis');
    await page.getByLabel('Hoeveel andere mensen van 27 jaar of ouder wonen bij u?').fill(String(h.kostendelers ?? 0));
    await volgende(page);
  }

  await next(page, 'Werk en studie');
  await page.getByRole('group', { name: /eigen bedrijf/ }).getByLabel(h.ondernemer ? 'Ja' : 'Nee').check();
  if (h.ondernemer && h.leeftijd >= 55 && h.leeftijd < 67) await page.getByRole('group', { name: /stoppen met uw bedrijf/ }).getByLabel('Nee').check();
  if (!h.ondernemer && h.leeftijd >= 50 && h.leeftijd < 67) await page.getByRole('group', { name: /werkloos/ }).getByLabel('Nee').check();
  await page.getByRole('group', { name: /studiefinanciering/ }).getByLabel('Nee').check();
  await volgende(page);

  await next(page, 'Inkomen');
  const bronnen = Object.keys(h.inkomen) as (keyof typeof BRON_LABEL)[];
  if (bronnen.length === 0) await page.getByLabel('Ik heb geen inkomen').check();
  for (const bron of bronnen) await page.getByLabel(BRON_LABEL[bron], { exact: true }).check();
  for (const bron of bronnen) await page.getByLabel(BEDRAG_LABEL[bron]).fill(h.inkomen[bron]!);
  if (bronnen.length > 0) {
    if (h.brutoPerJaar) await page.getByLabel('Hoeveel verdient u bruto per jaar, samen met uw partner?').fill(h.brutoPerJaar);
    else await page.locator('#q-toetsingsinkomenOnbekend').check();
  }
  if (bronnen.includes('uitkering')) await page.getByRole('group', { name: /bijstandsuitkering/ }).getByLabel(h.bijstand ? 'Ja' : 'Nee').check();
  if (h.leeftijd >= 21 && h.leeftijd < 67) await page.getByLabel(h.langLaagInkomen ? 'Ja, 3 jaar of langer' : 'Nee, korter dan 3 jaar').check();
  await volgende(page);

  await next(page, 'Spaargeld en bezit');
  await page.getByLabel('Hoeveel geld heeft u op de bank en gespaard, samen?').fill(h.vermogen);
  await volgende(page);

  await next(page, 'Wonen');
  if (h.huur) {
    await page.getByLabel('Ik huur een huis').check();
    await page.getByLabel('Hoeveel huur betaalt u per maand?').fill(h.huur);
  } else {
    await page.getByLabel('Ik woon bij iemand in').check();
  }
  await volgende(page);

  await next(page, 'Rekeningen en schulden');
  await page.getByRole('group', { name: /niet op tijd/ }).getByLabel(h.achterstanden ?? 'Nee', { exact: true }).check();
  await page.getByRole('group', { name: /schulden die u niet/ }).getByLabel(h.schulden ?? 'Nee', { exact: true }).check();
  await page.getByRole('group', { name: /hulp om uw geld/ }).getByLabel(h.hulp ?? 'Nee', { exact: true }).check();
  await volgende(page);
  await page.getByRole('heading', { level: 1, name: 'Uw uitkomst' }).waitFor();
}

/** The verdict shown on the results page for a scheme, read from the card's data attribute. */
export async function verdictOf(page: Page, schemeId: string): Promise<string | null> {
  return page.locator(`[data-scheme="${schemeId}"]`).getAttribute('data-verdict');
}
