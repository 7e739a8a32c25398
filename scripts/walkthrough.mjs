/**
 * `npm run walkthrough`: the inhabitant's walk-through, as a person goes through the check on a
 * 390 × 844 phone, for six households in their own language or mode. Every screen is captured
 * (walkthrough/<persona>/NN-<screen>.png), the results are printed to A4 (results.pdf) and each
 * printed page is captured as a picture too, so a person can look at all of it. Not a test: it
 * fails on nothing but a crash, and lists what a person should look at (console errors, requests
 * to another origin, Dutch words in another language's screen, a summary taller than the screen,
 * a print-out of more than two pages or without its QR code) in walkthrough/findings.txt.
 *
 * Needs a production build (`npx vite build`). Serves it itself on WALKTHROUGH_PORT (default 4414).
 *   npm run walkthrough [-- persona…]    e.g. npm run walkthrough -- a e
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { startServer } from './serve.mjs';

const PORT = Number(process.env.WALKTHROUGH_PORT ?? 4414);
const BASE = `http://127.0.0.1:${PORT}/`;
const OUT = 'walkthrough';
const VIEWPORT = { width: 390, height: 844 };
/** The day the app's clock says: the project's "today", so figures and periods are those in force. */
const TODAY = process.env.WALKTHROUGH_TODAY ?? '2026-12-01';

const GEEN_GELDZORGEN = {
  dreigtOntruimingOfAfsluiting: 'nee', geldVoorEten: 'ja', betalingsachterstanden: 'nee', schulden: 'nee', deurwaarder: 'nee',
  inkomenLagerDanVasteLasten: 'nee', wilHulpBijGeldzaken: 'nee',
};

/** Answers by the inputs' names, the same in every language and mode. */
const PERSONAS = {
  a: {
    title: 'single parent with two children and payment arrears, Arabic (RTL)',
    language: 'ar',
    answers: {
      woonplaats: 'heemskerk', leefvorm: 'alleen', leeftijd: '34', aantalKinderen: '2', 'kinderLeeftijden.0': '4', 'kinderLeeftijden.1': '9', kinderopvang: 'nee',
      kostendelers: '0', ondernemer: 'nee', studiefinanciering: 'nee', inkomstenbronnen: ['werk'], 'inkomen.werk': '1.450', toetsingsinkomen: '21.000',
      ontvangtBijstand: 'nee', laagInkomenSinds: 'lang', vermogen: '300', woonsituatie: 'huur', huur: '780', dreigtOntruimingOfAfsluiting: 'nee', geldVoorEten: 'ja',
      betalingsachterstanden: 'ja', achterstandOp: ['huur', 'energie'], schulden: 'ja', afbetaalbaarBinnenTermijn: 'nee', deurwaarder: 'nee',
      inkomenLagerDanVasteLasten: 'ja', wilHulpBijGeldzaken: 'ja', verblijfsstatus: 'nederlands', ontvangtAl: ['geen'],
    },
  },
  b: {
    title: 'pensioner (68) with € 9.000 savings, easy-read Dutch',
    language: 'nl',
    easyRead: true,
    answers: {
      woonplaats: 'heemskerk', leefvorm: 'alleen', leeftijd: '68', aantalKinderen: '0', kostendelers: '0',
      inkomstenbronnen: ['pensioen'], 'inkomen.pensioen': '1.000', toetsingsinkomen: '14.000', ontvangtBijstand: 'nee', laagInkomenSinds: 'lang',
      vermogen: '9.000', woonsituatie: 'huur', huur: '600', ...GEEN_GELDZORGEN, verblijfsstatus: 'nederlands', ontvangtAl: ['geen'],
    },
  },
  c: {
    title: 'self-employed person with bailiff letters, with a volunteer, Turkish',
    language: 'tr',
    mode: '?modus=vrijwilliger',
    answers: {
      woonplaats: 'heemskerk', leefvorm: 'alleen', leeftijd: '52', aantalKinderen: '0', kostendelers: '0', ondernemer: 'ja', stoptMetBedrijf: 'nee',
      studiefinanciering: 'nee', inkomstenbronnen: ['werk'], 'inkomen.werk': '1100', toetsingsinkomenOnbekend: true, ontvangtBijstand: 'nee', laagInkomenSinds: 'kort',
      vermogen: '300', woonsituatie: 'huur', huur: '700', dreigtOntruimingOfAfsluiting: 'nee', geldVoorEten: 'ja', betalingsachterstanden: 'ja', schulden: 'ja',
      afbetaalbaarBinnenTermijn: 'nee', deurwaarder: 'ja', inkomenLagerDanVasteLasten: 'ja', wilHulpBijGeldzaken: 'ja', verblijfsstatus: 'nederlands', ontvangtAl: ['geen'],
    },
  },
  d: {
    title: 'couple with a teenager, Ukrainian',
    language: 'uk',
    answers: {
      woonplaats: 'heemskerk', leefvorm: 'samen', leeftijd: '44', partnerLeeftijd: '42', aantalKinderen: '1', 'kinderLeeftijden.0': '14', kinderopvang: 'nee',
      kostendelers: '0', ondernemer: 'nee', werkloosNa50: 'nee', studiefinanciering: 'nee', inkomstenbronnen: ['werk'], 'inkomen.werk': '2.300', toetsingsinkomen: '34.000',
      ontvangtBijstand: 'nee', laagInkomenSinds: 'lang', vermogen: '2.000', woonsituatie: 'huur', huur: '850', ...GEEN_GELDZORGEN,
      verblijfsstatus: 'tijdelijkeBescherming', partnerVerblijfsstatus: 'tijdelijkeBescherming', ontvangtAl: ['geen'],
    },
  },
  e: {
    title: 'kiosk visitor in Tigrinya who resets at the end',
    language: 'ti',
    mode: '?kiosk=1',
    reset: true,
    answers: {
      woonplaats: 'heemskerk', leefvorm: 'alleen', leeftijd: '29', aantalKinderen: '0', kostendelers: '0', ondernemer: 'nee', studiefinanciering: 'nee',
      inkomstenbronnen: ['uitkering'], 'inkomen.uitkering': '1.348,49', toetsingsinkomenOnbekend: true, ontvangtBijstand: 'ja', laagInkomenSinds: 'kort',
      vermogen: '100', woonsituatie: 'huur', huur: '620', ...GEEN_GELDZORGEN, verblijfsstatus: 'verblijfsvergunning', ontvangtAl: ['geen'],
    },
  },
  f1: {
    title: 'someone in Persian (RTL), up to the results',
    language: 'fa',
    answers: {
      woonplaats: 'heemskerk', leefvorm: 'samen', leeftijd: '39', partnerLeeftijd: '37', aantalKinderen: '2', 'kinderLeeftijden.0': '3', 'kinderLeeftijden.1': '12',
      kinderopvang: 'nee', kostendelers: '0', ondernemer: 'nee', studiefinanciering: 'nee', inkomstenbronnen: ['werk'], 'inkomen.werk': '1.900', toetsingsinkomen: '28.000',
      ontvangtBijstand: 'nee', laagInkomenSinds: 'kort', vermogen: '800', woonsituatie: 'huur', huur: '760', ...GEEN_GELDZORGEN,
      verblijfsstatus: 'verblijfsvergunning', partnerVerblijfsstatus: 'verblijfsvergunning', ontvangtAl: ['geen'],
    },
  },
  f2: {
    title: 'someone in Somali, up to the results',
    language: 'so',
    answers: {
      woonplaats: 'heemskerk', leefvorm: 'alleen', leeftijd: '41', aantalKinderen: '3', 'kinderLeeftijden.0': '6', 'kinderLeeftijden.1': '10', 'kinderLeeftijden.2': '15',
      kinderopvang: 'nee', kostendelers: '0', ondernemer: 'nee', studiefinanciering: 'nee', inkomstenbronnen: ['uitkering'], 'inkomen.uitkering': '1.500',
      toetsingsinkomenOnbekend: true, ontvangtBijstand: 'ja', laagInkomenSinds: 'lang', vermogen: '0', woonsituatie: 'huur', huur: '700', ...GEEN_GELDZORGEN,
      geldVoorEten: 'nee', verblijfsstatus: 'nederlands', ontvangtAl: ['geen'],
    },
  },
};

/** Common Dutch words of the app's own sentences: in another language's screen they leaked. */
const DUTCH_WORDS = /(?<!\p{L})(uw|het|een|niet|wij|u kunt|u bent|u heeft|per maand|bijvoorbeeld|Volgende|Vorige|aanvragen|meenemen)(?!\p{L})/u;

const findings = [];
const note = (persona, what) => findings.push(`[${persona}] ${what}`);

async function shoot(page, dir, index, name) {
  const file = `${dir}/${String(index).padStart(2, '0')}-${name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 40)}.png`;
  await page.screenshot({ path: file, fullPage: true, timeout: 30_000 });
  return file;
}

/** Visible text outside elements marked as Dutch (scheme names, the print's Dutch column). */
function nonDutchText(page) {
  return page.evaluate(() => {
    const texts = [];
    const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || element.closest('[lang="nl"]') || element.offsetParent === null) continue;
      const text = node.textContent.trim();
      if (text) texts.push(text);
    }
    return texts;
  });
}

async function checkScreen(page, persona, language, label) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 0) note(persona, `${label}: page is ${overflow} px wider than the screen`);
  if (language !== 'nl') {
    // Dutch words in brackets are there on purpose: the word a counter or a letter uses.
    for (const text of await nonDutchText(page)) if (DUTCH_WORDS.test(text.replace(/\([^)]*\)/g, ''))) note(persona, `${label}: Dutch text? "${text.slice(0, 120)}"`);
  }
  // An amount as raw digits ("1450" or "1450.00"): a figure should read as the language formats it.
  const raw = await page.evaluate(() => (document.querySelector('main')?.innerText ?? '').match(/(?<![\d.,])\d{4,}(?:\.\d{2})?(?![\d.,])/g) ?? []);
  const unformatted = raw.filter((n) => !/^(19|20)\d\d$/.test(n) && !/^0/.test(n));
  if (unformatted.length) note(persona, `${label}: unformatted numbers ${[...new Set(unformatted)].join(', ')}`);
}

/** Fills every visible input the answers name, again while answers reveal follow-up questions. */
async function fillScreen(page, answers) {
  const answered = new Set();
  for (let pass = 0; pass < 4; pass++) {
    const visible = await page.locator('form input').evaluateAll((inputs) =>
      inputs.filter((i) => i.offsetParent !== null).map((i) => ({ name: i.getAttribute('name') ?? '', type: i.getAttribute('type') ?? '', value: i.getAttribute('value') ?? '' })),
    );
    const fresh = visible.filter((input) => answers[input.name] !== undefined && !answered.has(`${input.name}=${input.value}`));
    if (fresh.length === 0) return;
    for (const { name, type, value } of fresh) {
      answered.add(`${name}=${value}`);
      const answer = answers[name];
      const input = page.locator(type === 'text' || value === '' ? `form input[name="${name}"]` : `form input[name="${name}"][value="${value}"]`);
      if (type === 'radio' && answer === value) await input.check();
      else if (type === 'checkbox' && (answer === true || (Array.isArray(answer) && answer.includes(value)))) await input.check();
      else if (type === 'text' && typeof answer === 'string') await input.fill(answer);
    }
  }
}

const signature = () =>
  [document.querySelector('h1')?.textContent, ...[...document.querySelectorAll('form input')].filter((i) => i.offsetParent !== null).map((i) => i.getAttribute('name'))].join('|');

/**
 * The print-out as a picture: the PDF opened in Chromium's own viewer, tall enough for two A4
 * pages one below the other (no poppler or ghostscript needed).
 */
async function pdfPicture(browser, pdfFile, pngFile) {
  const page = await browser.newPage({ viewport: { width: 900, height: 2560 } });
  await page.goto(`file://${resolve(pdfFile)}#toolbar=0&view=FitH`).catch(() => null);
  // The viewer draws the pages a moment after the load; there is no event for it.
  await page.waitForTimeout(5_000);
  await page.screenshot({ path: pngFile });
  await page.close();
}

/** The number of pages of a PDF that Chromium wrote (one uncompressed /Type /Page per page). */
function pdfPageCount(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

async function walk(browser, id) {
  const persona = PERSONAS[id];
  const dir = `${OUT}/${id}-${persona.language}`;
  mkdirSync(dir, { recursive: true });
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'nl-NL', deviceScaleFactor: 1 });
  await context.clock.setFixedTime(new Date(`${TODAY}T12:00:00Z`));
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') note(id, `console ${message.type()}: ${message.text().slice(0, 200)}`);
  });
  page.on('pageerror', (error) => note(id, `page error: ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(BASE) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) note(id, `request to another origin: ${request.url()}`);
  });
  let shot = 0;
  const ready = () => page.locator('html[data-ready]').waitFor({ state: 'attached' });

  await page.goto(BASE + (persona.mode ?? ''));
  await ready();
  if (persona.mode) {
    await shoot(page, dir, shot++, 'mode-setup');
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Ja, onthoud dit op dit apparaat' }).click()]);
    await ready();
  }
  if (persona.language !== 'nl') {
    await page.locator('#language').selectOption(persona.language);
    await page.locator(`html[lang="${persona.language}"]`).waitFor({ state: 'attached' });
  }
  if (persona.easyRead) await page.locator('header button[aria-pressed]').first().click();
  await shoot(page, dir, shot++, 'start');
  await checkScreen(page, id, persona.language, 'start');
  await page.locator('main .utrecht-button--primary-action').first().click();

  for (let screen = 0; screen < 60; screen++) {
    await page.waitForFunction(
      () => document.querySelector('[data-scheme]') !== null || [...document.querySelectorAll('form button[type="submit"]')].some((b) => b.offsetParent !== null),
    );
    if ((await page.locator('[data-scheme]').count()) > 0) break;
    const heading = (await page.locator('h1').first().textContent()) ?? `screen-${screen}`;
    await fillScreen(page, persona.answers);
    await shoot(page, dir, shot++, heading);
    await checkScreen(page, id, persona.language, heading);
    const before = await page.evaluate(signature);
    await page.locator('form button[type="submit"]').click();
    await page.waitForFunction(
      (previous) => {
        const now = [document.querySelector('h1')?.textContent, ...[...document.querySelectorAll('form input')].filter((i) => i.offsetParent !== null).map((i) => i.getAttribute('name'))].join('|');
        return document.querySelector('[data-scheme]') !== null || document.querySelector('.utrecht-form-field-error-message') !== null || now !== previous;
      },
      before,
    );
    if (await page.locator('.utrecht-form-field-error-message').first().isVisible()) {
      await shoot(page, dir, shot++, 'refused');
      note(id, `"${heading}" refused the answers: ${await page.locator('.utrecht-form-field-error-message').first().textContent()}`);
      break;
    }
  }

  if ((await page.locator('.results-summary').count()) > 0) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${dir}/${String(shot++).padStart(2, '0')}-results-first-screen.png` });
    const box = await page.locator('.results-summary').boundingBox();
    if (box && box.y + box.height > VIEWPORT.height) note(id, `summary ends at ${Math.round(box.y + box.height)} px, below the first screen (${VIEWPORT.height})`);
    await shoot(page, dir, shot++, 'results');
    await checkScreen(page, id, persona.language, 'results');
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
    await shoot(page, dir, shot++, 'results-all-open');
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.removeAttribute('open')));

    await page.emulateMedia({ media: 'print' });
    if (!(await page.locator('.print-summary .qr-code').isVisible().catch(() => false))) note(id, 'print-out shows no QR code');
    const pdf = await page.pdf({ format: 'A4', path: `${dir}/results.pdf`, printBackground: true });
    await page.screenshot({ path: `${dir}/${String(shot++).padStart(2, '0')}-print-media.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await pdfPicture(browser, `${dir}/results.pdf`, `${dir}/results-pdf.png`);
    const pages = pdfPageCount(pdf);
    note(id, `print-out: ${pages} page(s)${pages > 2 ? ' (at most 2)' : ''}`);

    // 320 px: the narrowest screen WCAG's reflow asks for; 195 px: this phone at 200 % zoom.
    // With every fold opened: what a person can open must fit too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
    for (const width of [320, VIEWPORT.width / 2]) {
      await page.setViewportSize({ width, height: VIEWPORT.height });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${dir}/${String(shot++).padStart(2, '0')}-results-${width}px.png`, fullPage: true, timeout: 30_000 });
      const wide = await page.evaluate(() => {
        const limit = document.documentElement.clientWidth;
        // Past the right edge, or in a right-to-left page past the left one.
        const out = (e) => Math.max(e.getBoundingClientRect().right - limit, -e.getBoundingClientRect().left);
        // The chart's table may scroll within its own box (WCAG 1.4.10 allows it a data table); the page may not.
        const scrollsInPlace = (e) => e.parentElement?.closest('.income-chart__scroll') !== null;
        return [...document.querySelectorAll('body *')]
          .filter((e) => !scrollsInPlace(e) && out(e) > 1 && e.getBoundingClientRect().width > 0 && ![...e.children].some((c) => out(c) > 1))
          .slice(0, 4)
          .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} (${Math.round(out(e))} px)`);
      });
      if (wide.length) note(id, `results at ${width} px: sticks out: ${wide.join(', ')}`);
      // Text can overflow a box that itself fits ("başvurursunuz?" in a button): the page's own width shows it.
      const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (pageWidth > width + 1) note(id, `results at ${width} px: the page is ${pageWidth} px wide`);
    }
    await page.setViewportSize(VIEWPORT);
  }

  if (persona.reset) {
    await Promise.all([page.waitForEvent('load'), page.locator('header .finish-button').click()]);
    await ready();
    await shoot(page, dir, shot, 'after-reset');
    const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k !== 'rondkomen-modus').length + Object.keys(sessionStorage).length);
    if (stored) note(id, `after the reset ${stored} stored item(s) remain`);
    if ((await page.locator('html').getAttribute('lang')) !== 'nl') note(id, 'after the reset the language is not Dutch again');
  }
  await context.close();
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
if (!existsSync('dist/index.html')) throw new Error('No production build: run `npx vite build` first.');
const server = await startServer({ root: 'dist', port: PORT });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], headless: true });
const chosen = process.argv.slice(2).filter((a) => a !== '--');
try {
  for (const id of chosen.length ? chosen : Object.keys(PERSONAS)) {
    console.log(`${id}: ${PERSONAS[id].title}`);
    try {
      await walk(browser, id);
    } catch (error) {
      note(id, `walk-through stopped: ${error.message.split('\n')[0]}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
writeFileSync(`${OUT}/findings.txt`, findings.join('\n') + '\n');
console.log(findings.join('\n'));
