/**
 * Paint before the script (issue 16, ADR 0010): prerendered pages in every language that the app
 * hydrates, the service worker serving the device's own language first, and languages cached one
 * by one (all at once at the kiosk), so switching works offline.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEPLOY_FILE } from '../../scripts/nginxConfig.mjs';
import { PAGES } from '../../src/routing/pages';
import { directionOf } from '../../src/i18n/languages';
import { SCREEN_CACHE } from '../../src/pwa/offlineLanguages';
import { BASE_URL, checkScreensCached, languageCached, launch, phone, screenshot, waitForServiceWorker } from './browser';

type Texts = { start: { title: string }; catalogue: { title: string }; prerender: { languages: string } };
const LANGUAGES = readdirSync('locales');
const texts = (code: string) => JSON.parse(readFileSync(`locales/${code}/translation.json`, 'utf8')) as Texts;


const PRERENDERED_FIGURES_FROM = /data-figures-from="([\d-]+)"/.exec(readFileSync('dist/index.html', 'utf8'))![1]!;
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function startTitle(page: Page, code: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: texts(code).start.title }).waitFor();
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe(code);
}

/** Every page the build wrote: index.html and <lang>/<page>/index.html. */
function builtPages(dir = 'dist'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? (entry.name === 'assets' ? [] : builtPages(`${dir}/${entry.name}`)) : entry.name === 'index.html' ? [`${dir}/${entry.name}`] : [],
  );
}

describe('the first paint comes before the script', () => {
  it('every prerendered page keeps the strict CSP: no inline script, handler or style attribute', () => {
    const pages = builtPages();
    expect(pages).toHaveLength(1 + LANGUAGES.length * Object.keys(PAGES).length);
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).toContain('http-equiv="Content-Security-Policy"');
      for (const [tag, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        expect(attributes, `${file}: ${tag}`).toMatch(/\bsrc=/);
        expect(body!.trim(), `${file}: ${tag}`).toBe('');
      }
      expect(html, file).not.toMatch(/\son[a-z]+\s*=|\sstyle\s*=/i);
    }
  });

  it("every inline <style> (the page's critical CSS) is allowed by its hash in the page's CSP meta tag, in npm start's header and in the nginx configuration (ADR 0012)", async () => {
    const header = (await fetch(BASE_URL)).headers.get('content-security-policy') ?? '';
    const nginx = readFileSync(DEPLOY_FILE, 'utf8');
    for (const file of builtPages()) {
      const html = readFileSync(file, 'utf8');
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '';
      const styles = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map((match) => match[1]!);
      expect(styles, file).toHaveLength(1);
      for (const text of styles) {
        const hash = `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
        expect(meta, file).toContain(hash);
        expect(header, file).toContain(hash);
        expect(nginx, file).toContain(hash);
      }
    }
  });

  it.each(['nl', 'ar'])('%s: the start page looks the same before the stylesheet arrives: nothing moves and nothing changes when it does', async (code) => {
    // Position, size and the look of every element, in a browser without script (the prerendered page as it paints).
    const look = async (withStylesheet: boolean) => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false, serviceWorkers: 'block' });
      const page = await context.newPage();
      // Never answered: the page as it is while the stylesheet is still on its way (the browser
      // stops reading the page at its link, at the end of <body>, and paints what came before).
      if (!withStylesheet) await page.route('**/assets/*.css', () => undefined);
      await page.goto(`${BASE_URL}${code}/`, { waitUntil: withStylesheet ? 'load' : 'commit' });
      await page.locator('#root footer').waitFor({ state: 'attached' });
      const elements = await page.evaluate(() =>
        [...document.querySelectorAll('#root *')].map((element) => {
          const { x, y, width, height } = element.getBoundingClientRect();
          const style = getComputedStyle(element);
          return `${element.tagName} ${x},${y} ${width}x${height} ${style.color} ${style.backgroundColor} ${style.font} ${style.outline}`;
        }),
      );
      await context.close();
      return elements;
    };
    const before = await look(false);
    expect(before.length).toBeGreaterThan(20);
    expect(before).toEqual(await look(true));
  });

  it.each(LANGUAGES)('%s: the start screen, "Alle regelingen" and "Geldzorgen?" are prerendered and taken over as they are', async (code) => {
    // A day within the figures the pages were built with: on another day the app rightly renders afresh.
    const { context, page } = await phone(browser, 'nl-NL', PRERENDERED_FIGURES_FROM);
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    // The heading present when the HTML is parsed must be the very node the app ends up with.
    await context.addInitScript(() => document.addEventListener('DOMContentLoaded', () => Object.assign(window, { prerenderedHeading: document.querySelector('h1') })));
    for (const path of ['', 'regelingen/', 'geldzorgen/']) {
      const response = await page.goto(`${BASE_URL}${code}/${path}`);
      const html = (await response!.text()).replace(/\s+/g, ' ');
      expect(html).toMatch(new RegExp(`<html lang="${code}" dir="${directionOf(code)}"`));
      expect(html).toContain('<h1');
      await expect(page.evaluate(() => (window as unknown as { prerenderedHeading: Element | null }).prerenderedHeading === document.querySelector('h1')), `${code}/${path} hydrated`).resolves.toBe(true);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it("a returning Arabic visitor's first paint is already Arabic and right to left, before any script runs", async () => {
    const { context, page } = await phone(browser);
    await page.goto(BASE_URL);
    await waitForServiceWorker(page);
    await page.getByLabel('Taal', { exact: true }).selectOption('ar');
    await startTitle(page, 'ar');
    await languageCached(page, 'ar');
    await page.close();

    // The same phone the next day, with JavaScript off: only the service worker can choose the language.
    const again = await context.newPage();
    const cdp = await context.newCDPSession(again);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    const response = await again.goto(BASE_URL);
    expect(response?.fromServiceWorker()).toBe(true);
    await again.getByRole('heading', { level: 1, name: texts('ar').start.title }).waitFor();
    await expect(again.locator('html').getAttribute('dir')).resolves.toBe('rtl');
    await expect(again.locator('html').getAttribute('lang')).resolves.toBe('ar');
    await expect(again.locator('html').getAttribute('data-ready')).resolves.toBeNull();
    await screenshot(again, 'first-paint-returning-ar-without-script');
    await context.close();
  });

  it.each([
    ['en-GB', 'en', 'ltr'],
    ['ar', 'ar', 'rtl'],
  ])('a first-time visitor whose browser asks for %s gets the start screen in %s at / first, no Dutch before it, taken over as it is', async (locale, code, dir) => {
    const { context, page } = await phone(browser, locale, PRERENDERED_FIGURES_FROM);
    await context.addInitScript(() => document.addEventListener('DOMContentLoaded', () => Object.assign(window, { prerenderedHeading: document.querySelector('h1') })));
    const response = await page.goto(BASE_URL);
    const html = (await response!.text()).replace(/\s+/g, ' ');
    expect(html).toMatch(new RegExp(`<html lang="${code}" dir="${dir}"`));
    expect(html).toContain(texts(code).start.title);
    expect(response!.headers()['vary']).toContain('Accept-Language');
    expect(new URL(page.url()).pathname).toBe('/');
    await expect(page.evaluate(() => (window as unknown as { prerenderedHeading: Element | null }).prerenderedHeading === document.querySelector('h1'))).resolves.toBe(true);
    await startTitle(page, code);
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe(dir);
    await screenshot(page, `first-visit-accept-language-${code}`);
    await context.close();
  });

  it('without JavaScript a first-time visitor reads what the check is, how to reach the municipality, and can pick a language', async () => {
    // A browser language the check does not have: the start screen is Dutch.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'de-DE', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(BASE_URL);
    await page.getByRole('heading', { level: 1, name: texts('nl').start.title }).waitFor();
    await expect(page.locator('.noscript').textContent()).resolves.toMatch(/14\s0251/);
    await screenshot(page, 'first-paint-nl-without-script');
    await page.getByRole('navigation', { name: texts('nl').prerender.languages }).getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: texts('en').start.title }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/en/');
    await context.close();
  });
});

describe('languages offline', () => {
  it('after one visit: a reload offline, and a switch offline to a language chosen before', async () => {
    const { context, page } = await phone(browser);
    await page.goto(BASE_URL);
    await waitForServiceWorker(page);
    await page.getByRole('link', { name: 'English' }).click();
    await startTitle(page, 'en');
    await languageCached(page, 'en');
    await checkScreensCached(page);
    await page.getByLabel('Language', { exact: true }).selectOption('nl');
    await startTitle(page, 'nl');

    await context.setOffline(true);
    const response = await page.reload();
    expect(response?.fromServiceWorker()).toBe(true);
    await startTitle(page, 'nl');
    await page.getByLabel('Taal', { exact: true }).selectOption('en');
    await startTitle(page, 'en');
    await page.reload();
    await startTitle(page, 'en');
    await page.getByRole('button', { name: 'Start the check' }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasNotText: texts('en').start.title }).waitFor();
    await context.close();
  });

  it('a start offline needs no screen kept: what it loads on demand (saved answers) is precached (src/app/startOnDemand.ts)', async () => {
    const { context, page } = await phone(browser);
    await page.goto(BASE_URL);
    await waitForServiceWorker(page);
    // The app saves where this device is (the start screen), so the next start reads it back.
    await expect(page.evaluate(() => localStorage.length)).resolves.toBeGreaterThan(0);
    // As after a new version took over: the screens' cache is empty until the page next starts online.
    await page.evaluate((cache) => caches.delete(cache), SCREEN_CACHE);
    await context.setOffline(true);
    const loads: string[] = [];
    page.on('requestfinished', (request) => void loads.push(new URL(request.url()).pathname));
    await page.goto(`${BASE_URL}nl/`);
    await startTitle(page, 'nl');
    expect(loads.some((path) => /^\/assets\/savedAnswers-/.test(path)), loads.join(' ')).toBe(true);
    await context.close();
  });

  it('a phone keeps only the languages it uses; the kiosk keeps them all and switches to each one offline', async () => {
    const { context, page } = await phone(browser);
    await page.goto(BASE_URL);
    await waitForServiceWorker(page);
    await page.waitForTimeout(500);
    const kept = await page.evaluate(async () => (await (await caches.open('rondkomen-languages')).keys()).map((request) => new URL(request.url).pathname));
    expect(kept.filter((path) => !/^\/(assets\/locale-)?nl[-/]/.test(path))).toEqual([]);
    await context.close();

    const kiosk = await phone(browser);
    await kiosk.page.goto(`${BASE_URL}?kiosk=1`);
    await waitForServiceWorker(kiosk.page);
    for (const code of LANGUAGES) await languageCached(kiosk.page, code);
    await kiosk.context.setOffline(true);
    await kiosk.page.reload();
    await startTitle(kiosk.page, 'nl');
    for (const code of LANGUAGES) {
      await kiosk.page.locator('#language').selectOption(code);
      await startTitle(kiosk.page, code);
      await expect(kiosk.page.locator('html').getAttribute('dir')).resolves.toBe(directionOf(code));
    }
    await kiosk.context.close();
  });
});
