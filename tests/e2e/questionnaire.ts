/**
 * Drives the questionnaire as a person would: by the visible labels of the active language.
 * Answers are given per step in Dutch; the helper clicks "Volgende" after each step.
 */
import type { Page } from 'playwright-core';
import { screenshot } from './browser';

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
  achterstanden?: Antwoord;
  /** Labels of the bills in arrears, e.g. ['Huur']. */
  achterstandOp?: string[];
  schulden?: Antwoord;
  afbetaalbaar?: 'Ja' | 'Nee' | 'Ik weet het niet';
  deurwaarder?: Antwoord;
  dreiging?: Antwoord;
  geldVoorEten?: Antwoord;
  vasteLasten?: 'Ja' | 'Nee' | 'Ik weet het niet';
  hulp?: Antwoord;
  /** Labels of the residence-status options; left out: Dutch nationality. */
  verblijf?: string;
  partnerVerblijf?: string;
  /** Does an illness or disability limit the work? Left out: the optional question is left open. */
  arbeidsbeperking?: Antwoord;
  /** The label of the kind of a benefit that is not bijstand, e.g. 'Wajong'; left out: left open. */
  soortUitkering?: string;
  /** Dutch names of the toeslagen already received, as the checkboxes show them; left out: none. */
  ontvangtAl?: string[];
};

type Antwoord = 'Ja' | 'Nee' | 'Zeg ik liever niet';

/** Answers the money-worries step, the last step of the check and the whole of the short path. */
export async function answerGeldzaken(page: Page, h: Partial<E2eHousehold>): Promise<void> {
  const choose = (group: RegExp, label: string) => page.getByRole('group', { name: group }).getByLabel(label, { exact: true }).check();
  await choose(/huis kwijt/, h.dreiging ?? 'Nee');
  await choose(/geld voor eten/, h.geldVoorEten ?? 'Ja');
  await choose(/niet op tijd/, h.achterstanden ?? 'Nee');
  for (const label of h.achterstandOp ?? []) await page.getByLabel(label, { exact: true }).check();
  await choose(/^Heeft u schulden\?/, h.schulden ?? 'Nee');
  if (h.schulden === 'Ja') await choose(/binnen 3 jaar/, h.afbetaalbaar ?? 'Ja');
  await choose(/deurwaarder/, h.deurwaarder ?? 'Nee');
  await choose(/vaste lasten/, h.vasteLasten ?? 'Nee');
  await choose(/hulp om uw geld/, h.hulp ?? 'Nee');
}

const BRON_LABEL = { werk: 'Loon of winst uit werk', uitkering: 'Uitkering', pensioen: 'AOW of pensioen', overig: 'Ander inkomen, zoals alimentatie' } as const;
const BEDRAG_LABEL = { werk: 'Loon of winst uit werk, netto per maand', uitkering: 'Uitkering, netto per maand', pensioen: 'AOW en pensioen, netto per maand', overig: 'Ander inkomen, netto per maand' } as const;

async function next(page: Page, title: string): Promise<void> {
  try {
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
  } catch (error) {
    await screenshot(page, `failed-before-${title.replace(/\W+/g, '-')}`);
    throw error;
  }
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

  await next(page, 'Uw verblijf in Nederland');
  await page.getByRole('group', { name: 'Wat past bij u?', exact: true }).getByLabel(h.verblijf ?? 'Nederlandse nationaliteit', { exact: true }).check();
  if (h.partnerLeeftijd) {
    await page.getByRole('group', { name: 'Wat past bij uw partner?', exact: true }).getByLabel(h.partnerVerblijf ?? 'Nederlandse nationaliteit', { exact: true }).check();
  }
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

  // From AOW age no rule needs the questions about work and study: the business question and the
  // one about an illness or disability come in the income step.
  const aowLeeftijd = h.leeftijd >= 67;
  const arbeidsbeperking = async () => {
    if (h.arbeidsbeperking) await page.getByRole('group', { name: /minder werken, of niet werken/ }).getByLabel(h.arbeidsbeperking, { exact: true }).check();
  };
  if (!aowLeeftijd) {
    await next(page, 'Werk en studie');
    await page.getByRole('group', { name: /eigen bedrijf/ }).getByLabel(h.ondernemer ? 'Ja' : 'Nee').check();
    if (h.ondernemer && h.leeftijd >= 55) await page.getByRole('group', { name: /stoppen met uw bedrijf/ }).getByLabel('Nee').check();
    if (!h.ondernemer && h.leeftijd >= 50) await page.getByRole('group', { name: /werkloos/ }).getByLabel('Nee').check();
    await page.getByRole('group', { name: /studiefinanciering/ }).getByLabel('Nee').check();
    await arbeidsbeperking();
    await volgende(page);
  }

  await next(page, 'Inkomen');
  const bronnen = Object.keys(h.inkomen) as (keyof typeof BRON_LABEL)[];
  if (bronnen.length === 0) await page.getByLabel('Ik heb geen inkomen').check();
  for (const bron of bronnen) await page.getByLabel(BRON_LABEL[bron], { exact: true }).check();
  for (const bron of bronnen) await page.getByLabel(BEDRAG_LABEL[bron]).fill(h.inkomen[bron]!);
  if (aowLeeftijd && bronnen.includes('werk')) await page.getByRole('group', { name: /inkomen uit werk met een eigen bedrijf/ }).getByLabel(h.ondernemer ? 'Ja' : 'Nee').check();
  if (bronnen.length > 0) {
    const bruto = h.partnerLeeftijd ? 'Hoeveel verdient u bruto per jaar, samen met uw partner?' : 'Hoeveel verdient u bruto per jaar?';
    if (h.brutoPerJaar) await page.getByLabel(bruto, { exact: true }).fill(h.brutoPerJaar);
    else await page.locator('#q-toetsingsinkomenOnbekend').check();
  }
  if (bronnen.includes('uitkering')) await page.getByRole('group', { name: /bijstandsuitkering/ }).getByLabel(h.bijstand ? 'Ja' : 'Nee').check();
  if (h.soortUitkering) await page.getByRole('group', { name: /Wat voor uitkering/ }).getByLabel(h.soortUitkering, { exact: true }).check();
  if (aowLeeftijd) await arbeidsbeperking();
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
  await answerGeldzaken(page, h);
  await volgende(page);
  // "What do you already get?" is asked only when a toeslag can apply to this household.
  await page.getByRole('heading', { level: 1, name: /^(Wat krijgt u al\?|Controleer uw antwoorden)$/ }).waitFor();
  if (await page.getByRole('heading', { level: 1, name: 'Wat krijgt u al?' }).isVisible()) {
    for (const naam of h.ontvangtAl ?? []) await page.getByLabel(naam, { exact: true }).check();
    if (!h.ontvangtAl?.length) await page.getByLabel('Geen van deze', { exact: true }).check();
    await volgende(page);
  }
  await next(page, 'Controleer uw antwoorden');
  await page.getByRole('button', { name: 'Bekijk de uitkomst' }).click();
  await next(page, 'Uw uitkomst');
}

/** The verdict shown on the results page for a scheme, read from the card's data attribute. */
export async function verdictOf(page: Page, schemeId: string): Promise<string | null> {
  return page.locator(`[data-scheme="${schemeId}"]`).getAttribute('data-verdict');
}

/** Answers by field name, as the form names its inputs; the same in every language and mode. */
export type FieldAnswers = Record<string, string | boolean | readonly string[]>;

export const bijstandAnswers: FieldAnswers = {
  woonplaats: 'heemskerk',
  leefvorm: 'alleen',
  leeftijd: '45',
  aantalKinderen: '0',
  kostendelers: '0',
  ondernemer: 'nee',
  studiefinanciering: 'nee',
  inkomstenbronnen: ['uitkering'],
  'inkomen.uitkering': '1419,46',
  toetsingsinkomenOnbekend: true,
  ontvangtBijstand: 'ja',
  laagInkomenSinds: 'lang',
  vermogen: '1200',
  woonsituatie: 'huur',
  huur: '650',
  dreigtOntruimingOfAfsluiting: 'nee',
  geldVoorEten: 'ja',
  betalingsachterstanden: 'nee',
  schulden: 'nee',
  deurwaarder: 'nee',
  inkomenLagerDanVasteLasten: 'nee',
  wilHulpBijGeldzaken: 'nee',
  verblijfsstatus: 'nederlands',
  ontvangtAl: ['geen'],
};

/** What identifies the current screen: its heading and the names of its visible inputs. */
function screenSignature(page: Page): Promise<string> {
  return page.evaluate(() =>
    [document.querySelector('h1')?.textContent, ...[...document.querySelectorAll('form input')].filter((i) => (i as HTMLElement).offsetParent !== null).map((i) => i.getAttribute('name'))].join('|'),
  );
}

/**
 * Completes the check without reading any label: every visible input is answered by its field
 * name, then the form is submitted, until the results appear. Works in any language, in
 * easy-read (one question per screen) and at the kiosk. Returns how many inputs each screen showed.
 * `onScreen` runs on every filled-in screen before it is submitted (an axe sweep, a screenshot).
 */
export async function completeByFieldNames(page: Page, answers: FieldAnswers, onScreen?: (screen: number) => Promise<void>): Promise<number[]> {
  const questionsPerScreen: number[] = [];
  for (let screen = 0; screen < 60; screen++) {
    // While the next screen loads, React keeps the old one in the page but hidden: wait for a visible one.
    await page.waitForFunction(
      () => document.querySelector('[data-scheme]') !== null || [...document.querySelectorAll('form button[type="submit"]')].some((b) => (b as HTMLElement).offsetParent !== null),
    );
    if ((await page.locator('[data-scheme]').count()) > 0) return questionsPerScreen;
    const answered = new Set<string>();
    // An answer can reveal a follow-up question on the same screen, so look again until none is new.
    for (let pass = 0; pass < 4; pass++) {
      const visible = await page.locator('form input').evaluateAll((inputs) =>
        inputs
          .filter((i) => (i as HTMLElement).offsetParent !== null)
          .map((i) => ({ name: i.getAttribute('name') ?? '', type: i.getAttribute('type') ?? '', value: i.getAttribute('value') ?? '' })),
      );
      const fresh = visible.filter((input) => answers[input.name] !== undefined && !answered.has(`${input.name}=${input.value}`));
      if (fresh.length === 0) break;
      for (const { name, type, value } of fresh) {
        answered.add(`${name}=${value}`);
        const answer = answers[name]!;
        const input = page.locator(type === 'text' || value === '' ? `form input[name="${name}"]` : `form input[name="${name}"][value="${value}"]`);
        if (type === 'radio' && answer === value) await input.check();
        else if (type === 'checkbox' && (answer === true || (Array.isArray(answer) && answer.includes(value)))) await input.check();
        else if (type === 'text' && typeof answer === 'string') await input.fill(answer);
      }
    }
    questionsPerScreen.push(new Set([...answered].map((a) => a.split('=')[0])).size);
    await onScreen?.(screen);
    const before = await screenSignature(page);
    await page.locator('form button[type="submit"]').click();
    // Wait for the next question, the results, or a validation message: never click twice on one screen.
    try {
      await page.waitForFunction(
        (previous) => {
          const now = [document.querySelector('h1')?.textContent, ...[...document.querySelectorAll('form input')].filter((i) => (i as HTMLElement).offsetParent !== null).map((i) => i.getAttribute('name'))].join('|');
          return document.querySelector('[data-scheme]') !== null || document.querySelector('.utrecht-form-field-error-message') !== null || now !== previous;
        },
        before,
        { timeout: 8_000 },
      );
    } catch (error) {
      await screenshot(page, `failed-screen-${screen}`);
      throw error;
    }
    if (await page.locator('.utrecht-form-field-error-message').first().isVisible()) {
      await screenshot(page, `failed-screen-${screen}`);
      throw new Error(`Screen ${screen} refused the answers: ${await page.locator('.utrecht-form-field-error-message').first().textContent()}`);
    }
  }
  throw new Error('The results did not appear after 60 screens');
}
